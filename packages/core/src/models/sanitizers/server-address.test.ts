import { describe, expect, it } from 'vitest';
import { findSanitizerProblems } from '../check-model.js';
import { serverAddress } from './server-address.js';

describe('server-address sanitizer', () => {
  it('is well-formed', () => {
    expect(findSanitizerProblems(serverAddress)).toEqual([]);
  });

  it('covers the results of listen() and address() on any receiver, and nothing read from a record', () => {
    expect(serverAddress.calls?.map((c) => c.callee)).toEqual(['listen', 'address']);
    expect(serverAddress.calls?.every((c) => c.module === undefined)).toBe(true);
    // A property read (`user.address`) stays the person's address: only calls are covered.
    expect(serverAddress.properties).toBeUndefined();
  });
});
