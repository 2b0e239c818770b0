import type { SanitizerModel } from '../types.js';

/** TypeORM `@Column({ select: false })`: the column is not read by queries unless one asks for it back. */
export const typeormSelectFalse: SanitizerModel = {
  id: 'typeorm-select-false',
  title: 'TypeORM @Column({ select: false })',
  kind: 'column-exclude',
  mode: 'denylist',
  calls: [{ module: 'typeorm', callee: 'Column' }],
  optionKeys: ['select'],
  keepsAll: ['addSelect'],
  removes: 'all',
  notes:
    'An entity read by `find*` or a query builder lacks the column at run time although its type declares it; `createQueryBuilder(…).addSelect(\'user.password\')` brings it back, and so does a `select` option naming it. An entity the code builds itself (`repo.create(dto)`, `new User()`) still has whatever it was given.',
};
