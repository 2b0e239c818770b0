import { describeA } from './cycle-a.js';

export function describeB(depth: number): string {
  return depth > 0 ? describeA(depth - 1) : 'b';
}
