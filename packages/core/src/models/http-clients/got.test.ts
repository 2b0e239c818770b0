import { describe, expect, it } from 'vitest';
import { findHttpClientModelProblems } from '../check-model.js';
import { gotModel } from './got.js';

function findCall(method: string) {
  return gotModel.calls.find((call) => call.method === method);
}

describe('got model', () => {
  it('is a well-formed HTTP client model', () => {
    expect(findHttpClientModelProblems(gotModel)).toEqual([]);
  });

  it('sends json, body, form and searchParams and derives with extend(prefixUrl)', () => {
    expect(gotModel.dataKeys).toEqual(['json', 'body', 'form', 'searchParams', 'headers']);
    expect(gotModel.derive).toEqual([{ method: 'extend', baseUrlKeys: ['prefixUrl'] }]);
    expect(findCall('post')?.urlArg).toBe(0);
  });
});
