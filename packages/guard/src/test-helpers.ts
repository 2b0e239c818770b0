import { expect } from 'vitest';

/** Fake values used across the guard's tests (documented test numbers and reserved domains). */
export const FAKE = {
  phone: '+1-202-555-0143',
  email: 'jane.doe@example.com',
  card: '4111 1111 1111 1111',
} as const;

/** Asserts that no fake sensitive literal appears anywhere in what a violation or event carries. */
export function expectNoValues(carrier: unknown, values: readonly string[] = Object.values(FAKE)): void {
  const text = JSON.stringify(carrier);
  for (const value of values) expect(text).not.toContain(value);
}
