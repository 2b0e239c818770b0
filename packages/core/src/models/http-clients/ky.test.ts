import { describe, expect, it } from 'vitest';
import { findHttpClientModelProblems } from '../check-model.js';
import { kyModel } from './ky.js';

function findCall(method: string) {
  return kyModel.calls.find((call) => call.method === method);
}

describe('ky model', () => {
  it('is a well-formed HTTP client model', () => {
    expect(findHttpClientModelProblems(kyModel)).toEqual([]);
  });

  it('sends json and searchParams from the options at argument 1', () => {
    expect(findCall('post')?.dataArgs).toEqual([{ options: 1 }]);
    expect(kyModel.dataKeys).toContain('json');
    expect(kyModel.derive?.map((d) => d.method)).toEqual(['create', 'extend']);
    expect(kyModel.derive?.[0]?.baseUrlKeys).toEqual(['baseUrl', 'prefix', 'prefixUrl']);
  });
});
