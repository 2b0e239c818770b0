import type { CallSinkModel } from '../types.js';

/** HubSpot CRM (`@hubspot/api-client`): contacts, companies, deals and custom objects written through the client. */
export const hubspotModel: CallSinkModel = {
  id: 'hubspot',
  title: 'HubSpot',
  sink: 'third-party',
  modules: ['@hubspot/api-client'],
  receivers: [
    { kind: 'factory', module: '@hubspot/api-client', export: 'Client', construct: true },
    { kind: 'type', module: '@hubspot/api-client', name: 'Client' },
  ],
  // Every CRM object has the same generated `basicApi`/`batchApi`; the path starts at the client
  // (`hubspot.crm.contacts.basicApi.create`), which is where the receiver is recognised.
  methods: [
    ...['contacts', 'companies', 'deals', 'tickets', 'objects'].flatMap((object) =>
      ['basicApi.create', 'basicApi.update', 'basicApi.merge', 'batchApi.create', 'batchApi.update', 'batchApi.upsert'].map((method) => `crm.${object}.${method}`),
    ),
    'apiRequest',
  ],
  notes:
    'The company\'s own CRM is still an outside service (policy point 8): whatever properties a contact gets are sent to HubSpot. The private-app `accessToken` given to `new Client()` authenticates to HubSpot and is not a send. Reads by id (`basicApi.getById`) carry only the id.',
};
