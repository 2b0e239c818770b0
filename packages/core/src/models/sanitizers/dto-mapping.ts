import type { SanitizerModel } from '../types.js';

/** An explicit DTO: an object literal naming only some fields (`{ id: u.id, name: u.name }`). */
export const dtoMapping: SanitizerModel = {
  id: 'dto-mapping',
  title: 'Explicit DTO mapping',
  kind: 'projection',
  mode: 'allowlist',
  operators: ['object-literal'],
  removes: 'all',
  notes:
    'Engine logic: each property of the literal carries the categories of its own value, so `{ id: u.id, email: u.email }` still carries `contact`. A spread (`{ ...u, id }`) copies everything and is no projection.',
};
