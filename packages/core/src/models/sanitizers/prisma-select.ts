import type { SanitizerModel } from '../types.js';

/** Prisma `select`: only the selected columns are read. */
export const prismaSelect: SanitizerModel = {
  id: 'prisma-select',
  title: 'Prisma select',
  kind: 'projection',
  mode: 'allowlist',
  calls: [
    'findUnique',
    'findUniqueOrThrow',
    'findFirst',
    'findFirstOrThrow',
    'findMany',
    'create',
    'createManyAndReturn',
    'update',
    'updateManyAndReturn',
    'upsert',
    'delete',
  ].map((callee) => ({ module: '@prisma/client', callee })),
  optionKeys: ['select'],
  removes: 'all',
  notes: 'A nested `select` projects relations the same way; `include` adds whole related records and is no projection.',
};
