import type { SanitizerModel } from '../types.js';

/** TypeORM's `select` find option (`repo.find({ select: { id: true, name: true } })`): only those columns are read. */
export const typeormSelect: SanitizerModel = {
  id: 'typeorm-select',
  title: 'TypeORM select find option',
  kind: 'projection',
  mode: 'allowlist',
  // Repositories come from `dataSource.getRepository(Entity)` or injection (`Repository<Entity>`), not
  // from an import: the methods are known by name, and the `select` object of literal `true`s decides.
  calls: ['find', 'findOne', 'findOneOrFail', 'findAndCount', 'findOneBy', 'findBy', 'findOneByOrFail', 'findAndCountBy'].map((callee) => ({ callee })),
  optionKeys: ['select'],
  removes: 'all',
  notes:
    'TypeORM 0.3+ takes an object (`select: { id: true, customer: { phone: true } }`): a relation is projected by a nested object, not by a nested `select` as in Prisma. The array form of 0.2 lists column names. A `false` column is left out.',
};
