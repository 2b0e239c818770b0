import { describe, expect, it } from 'vitest';
import { findHttpClientModelProblems } from '../check-model.js';
import { undiciModel } from './undici.js';

function findCall(method: string) {
  return undiciModel.calls.find((call) => call.method === method);
}

describe('undici model', () => {
  it('is a well-formed HTTP client model', () => {
    expect(findHttpClientModelProblems(undiciModel)).toEqual([]);
  });

  it('has request and fetch', () => {
    expect(findCall('request')?.dataArgs).toEqual([{ options: 0 }, { options: 1 }]);
    expect(findCall('fetch')?.dataArgs).toEqual([{ options: 1 }]);
  });

  it('calls `request` and `fetch` imported by name directly', () => {
    expect(findCall('')?.dataArgs).toEqual([{ options: 1 }]);
    expect(undiciModel.receivers).toContainEqual({ kind: 'import', module: 'undici', export: 'request' });
  });
});
