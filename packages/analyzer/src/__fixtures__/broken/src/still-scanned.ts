import { describeA } from './cycle-a.js';

// Proves the scan went on past every broken input: this line is still a finding.
export function signIn(password: string): void {
  console.log('sign-in', describeA(2), password);
}
