import { describe, expect, it } from 'vitest';
import { findHttpClientModelProblems } from '../check-model.js';
import { nodeFetchModel } from './node-fetch.js';

function findCall(method: string) {
  return nodeFetchModel.calls.find((call) => call.method === method);
}

describe('node-fetch model', () => {
  it('is a well-formed HTTP client model', () => {
    expect(findHttpClientModelProblems(nodeFetchModel)).toEqual([]);
  });

  it('is the default import, called like fetch', () => {
    expect(nodeFetchModel.receivers).toEqual([{ kind: 'import', module: 'node-fetch', export: 'default' }]);
    expect(findCall('')?.dataArgs).toEqual([{ options: 1 }]);
  });
});
