import { describe, expect, it } from 'vitest';
import { isDatabaseClientFile, isDatabaseClientModule } from './database-clients.js';

describe('isDatabaseClientModule', () => {
  it('knows drivers, query builders and ORMs, with their subpaths and typings', () => {
    for (const specifier of ['pg', '@types/pg', 'mysql2/promise', 'kysely', 'knex', 'drizzle-orm/pg-core', 'sequelize', '@prisma/client', '@types/better-sqlite3', 'mongodb']) {
      expect(isDatabaseClientModule(specifier), specifier).toBe(true);
    }
  });

  it('does not take look-alikes or unrelated packages for database clients', () => {
    for (const specifier of ['pgp', 'pg-format-helpers', 'express', '@types/express', 'kysely-codegen', '@prisma/instrumentation', 'zod', '']) {
      expect(isDatabaseClientModule(specifier), specifier).toBe(false);
    }
  });
});

describe('isDatabaseClientFile', () => {
  it('reads the package below the last node_modules folder', () => {
    expect(isDatabaseClientFile('/app/node_modules/kysely/dist/esm/query-builder/select-query-builder.d.ts')).toBe(true);
    expect(isDatabaseClientFile('/app/node_modules/.pnpm/@types+pg@8.11.0/node_modules/@types/pg/index.d.ts')).toBe(true);
    expect(isDatabaseClientFile('C:\\app\\node_modules\\.prisma\\client\\index.d.ts')).toBe(true);
  });

  it('rejects project files and other packages that merely sit beside one', () => {
    expect(isDatabaseClientFile('/app/src/db/pg.ts')).toBe(false);
    expect(isDatabaseClientFile('/app/node_modules/kysely-plugin/node_modules/express/index.d.ts')).toBe(false);
    expect(isDatabaseClientFile('/srv/pg/node_modules/@types/node/index.d.ts')).toBe(false);
  });
});
