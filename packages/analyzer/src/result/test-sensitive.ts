// Shared test helper: checks that rendered output (message, JSON, SARIF, HTML, text) carries no
// sensitive literal from the test input, in any of the spellings a reporter could produce.
import { expect } from 'vitest';

function listSpellings(literal: string): string[] {
  const spellings = new Set([literal, JSON.stringify(literal).slice(1, -1)]);
  spellings.add(literal.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
  spellings.add(encodeURIComponent(literal));
  // A phone or card number must not leak with its separators stripped either.
  const digits = literal.replace(/\D/g, '');
  if (digits.length >= 6) spellings.add(digits);
  return [...spellings];
}

/** Returns the literals (of `literals`) that occur in `output` in any spelling. */
export function findSensitiveLiterals(output: string, literals: readonly string[]): string[] {
  const compact = output.replace(/[\s-]/g, '');
  return literals.filter((literal) =>
    listSpellings(literal).some((spelling) => output.includes(spelling) || (spelling.length >= 6 && /^\d+$/.test(spelling) && compact.includes(spelling))),
  );
}

/** Fails the test when `output` contains any of `literals`, naming the ones it found. */
export function expectNoSensitiveLiterals(output: string, literals: readonly string[]): void {
  expect(findSensitiveLiterals(output, literals), 'sensitive literals found in the output').toEqual([]);
}
