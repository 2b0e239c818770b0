import { describe, expect, it } from 'vitest';
import { findCallSinkModelProblems } from '../check-model.js';
import { hubspotModel } from './hubspot.js';
import { THIRD_PARTY_MODELS } from './index.js';

describe('hubspot model', () => {
  it('is a well-formed, registered third-party model', () => {
    expect(findCallSinkModelProblems(hubspotModel)).toEqual([]);
    expect(hubspotModel.sink).toBe('third-party');
    expect(THIRD_PARTY_MODELS).toContain(hubspotModel);
  });

  it('recognises new Client() and values typed as the client', () => {
    expect(hubspotModel.receivers).toContainEqual({ kind: 'factory', module: '@hubspot/api-client', export: 'Client', construct: true });
    expect(hubspotModel.receivers).toContainEqual({ kind: 'type', module: '@hubspot/api-client', name: 'Client' });
  });

  it('sends through the CRM writes, not through reads or the token setter', () => {
    for (const method of ['crm.contacts.basicApi.create', 'crm.contacts.basicApi.update', 'crm.companies.batchApi.upsert', 'crm.objects.basicApi.create', 'apiRequest']) {
      expect(hubspotModel.methods).toContain(method);
    }
    for (const method of ['crm.contacts.basicApi.getById', 'crm.contacts.basicApi.getPage', 'crm.contacts.basicApi.archive', 'setAccessToken']) expect(hubspotModel.methods).not.toContain(method);
  });
});
