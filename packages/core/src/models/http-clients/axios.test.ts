import { describe, expect, it } from 'vitest';
import { findHttpClientModelProblems } from '../check-model.js';
import { axiosModel } from './axios.js';

function findCall(method: string) {
  return axiosModel.calls.find((call) => call.method === method);
}

describe('axios model', () => {
  it('is a well-formed HTTP client model', () => {
    expect(findHttpClientModelProblems(axiosModel)).toEqual([]);
  });

  it('puts the body of post/put/patch at argument 1 and the config at 2', () => {
    for (const verb of ['post', 'put', 'patch']) expect(findCall(verb)?.dataArgs).toEqual([1, { options: 2 }]);
  });

  it('reads get/delete data only from the config (params, headers)', () => {
    expect(findCall('get')?.dataArgs).toEqual([{ options: 1 }]);
    expect(axiosModel.dataKeys).toContain('params');
  });

  it('is callable with a config object holding url and data', () => {
    expect(findCall('')?.urlKey).toBe('url');
    expect(axiosModel.dataKeys).toContain('data');
  });

  it('derives instances with create and their baseURL', () => {
    expect(axiosModel.derive).toEqual([{ method: 'create', baseUrlKeys: ['baseURL'] }]);
  });
});
