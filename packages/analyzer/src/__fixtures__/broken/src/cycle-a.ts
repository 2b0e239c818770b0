import { describeB } from './cycle-b.js';

export function describeA(depth: number): string {
  return depth > 0 ? describeB(depth - 1) : 'a';
}
