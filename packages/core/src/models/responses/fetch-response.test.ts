import { describe, expect, it } from 'vitest';
import { findResponseModelProblems } from '../check-model.js';
import { fetchResponseModel } from './fetch-response.js';

describe('fetch-response model', () => {
  it('is a well-formed response model', () => {
    expect(findResponseModelProblems(fetchResponseModel)).toEqual([]);
    expect(fetchResponseModel.sink).toBe('response');
  });

  it('builds responses with new Response and Response.json, headers and status from init', () => {
    const response = fetchResponseModel.constructs.find((c) => c.callee === 'Response');
    expect(response?.construct).toBe(true);
    expect(response?.optionKeys).toContainEqual({ key: 'headers', part: 'header' });
    expect(response?.optionKeys).toContainEqual({ key: 'statusText', part: 'status-message' });
    expect(fetchResponseModel.constructs.find((c) => c.callee === 'Response.json')?.module).toBeUndefined();
  });
});
