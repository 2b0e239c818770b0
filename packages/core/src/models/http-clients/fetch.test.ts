import { describe, expect, it } from 'vitest';
import { findHttpClientModelProblems } from '../check-model.js';
import { fetchModel } from './fetch.js';

function findCall(method: string) {
  return fetchModel.calls.find((call) => call.method === method);
}

describe('fetch model', () => {
  it('is a well-formed HTTP client model', () => {
    expect(findHttpClientModelProblems(fetchModel)).toEqual([]);
  });

  it('reads the URL from argument 0 and the body and headers from the init object', () => {
    expect(findCall('')).toEqual({ method: '', urlArg: 0, dataArgs: [0, { options: 1 }], urlKey: 'url' });
    expect(fetchModel.dataKeys).toEqual(['body', 'headers']);
  });
});
