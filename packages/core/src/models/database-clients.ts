/**
 * Database drivers, query builders and ORMs. A call into one of them reads or writes rows: what
 * it returns is what the table holds (its declared row type), never the values it was given to
 * filter or bind (`pool.query(sql, [email])`, `.where('email', '=', email)`, `{ where: { email } }`,
 * Drizzle's `eq(users.email, email)`). Engines use this to keep a lookup's key out of its result.
 */
export const DATABASE_CLIENT_MODULES: readonly string[] = Object.freeze([
  // Drivers
  'pg',
  'pg-pool',
  'pg-promise',
  'postgres',
  '@neondatabase/serverless',
  '@vercel/postgres',
  'mysql',
  'mysql2',
  '@planetscale/database',
  'mssql',
  'tedious',
  'oracledb',
  'sqlite',
  'sqlite3',
  'better-sqlite3',
  '@libsql/client',
  'mongodb',
  // Query builders
  'kysely',
  'knex',
  'slonik',
  'drizzle-orm',
  // ORMs
  'sequelize',
  '@sequelize/core',
  'sequelize-typescript',
  '@prisma/client',
  '.prisma/client',
  'typeorm',
  'mongoose',
  'objection',
  '@mikro-orm/core',
  '@mikro-orm/sql',
  '@mikro-orm/knex',
  '@mikro-orm/postgresql',
  '@mikro-orm/mysql',
  '@mikro-orm/mariadb',
  '@mikro-orm/sqlite',
  '@mikro-orm/libsql',
  '@mikro-orm/mssql',
  '@mikro-orm/mongodb',
  // Key-value and document stores read the same way: a key is no part of the value stored under it.
  'ioredis',
  'redis',
  '@redis/client',
  '@upstash/redis',
  '@aws-sdk/client-dynamodb',
  '@aws-sdk/lib-dynamodb',
  '@google-cloud/firestore',
  'firebase-admin',
  '@supabase/supabase-js',
  '@supabase/postgrest-js',
  'cassandra-driver',
  'neo4j-driver',
]);

const MODULES = new Set(DATABASE_CLIENT_MODULES);

/**
 * Whether a module specifier names a database client: the package itself, a subpath of it
 * (`drizzle-orm/pg-core`, `mysql2/promise`) or its DefinitelyTyped package (`@types/pg`).
 */
export function isDatabaseClientModule(specifier: string): boolean {
  const bare = specifier.startsWith('@types/') ? typesPackageToModule(specifier.slice('@types/'.length)) : specifier;
  const parts = bare.split('/');
  // Scoped packages and Prisma's generated `.prisma/client` take two segments.
  return MODULES.has(parts.slice(0, 2).join('/')) || (!bare.startsWith('@') && MODULES.has(parts[0] ?? ''));
}

/**
 * Whether a declaration file belongs to a database client: the package below its last
 * `node_modules/` folder (pnpm's `.pnpm/<id>/node_modules/kysely/…` included) is one.
 */
export function isDatabaseClientFile(fileName: string): boolean {
  const normalized = fileName.replace(/\\/g, '/');
  const at = normalized.lastIndexOf('/node_modules/');
  if (at < 0) return false;
  return isDatabaseClientModule(normalized.slice(at + '/node_modules/'.length));
}

// DefinitelyTyped spells `@scope/name` as `scope__name`.
function typesPackageToModule(name: string): string {
  const [first = ''] = name.split('/');
  return first.includes('__') ? `@${first.replace('__', '/')}` : first;
}
