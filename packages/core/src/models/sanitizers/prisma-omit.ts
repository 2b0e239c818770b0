import type { SanitizerModel } from '../types.js';

/** Prisma `omit` (query option or client-wide `new PrismaClient({ omit })`): removes only what it names. */
export const prismaOmit: SanitizerModel = {
  id: 'prisma-omit',
  title: 'Prisma omit',
  kind: 'projection',
  mode: 'denylist',
  calls: ['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'create', 'update', 'upsert', 'delete', 'PrismaClient'].map(
    (callee) => ({ module: '@prisma/client', callee }),
  ),
  optionKeys: ['omit'],
  removes: 'all',
  notes: '`omit: { password: true }` removes the password only; a global omit on the client applies to every query of that client.',
};
