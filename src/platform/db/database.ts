// The database handle every service receives, and the two ways to use it:
// - withTenant(db, tenantId, fn): a transaction running as the non-superuser role rodtrad_app with
//   app.tenant_id set, so row-level security confines every statement to one tenant (business data);
// - withSystem(db, fn): a transaction as the connecting (owner) role, for platform tables and cross-tenant
//   work such as session lookup, migrations, audit verification and event consumers.
import { drizzle, type PgRemoteDatabase } from 'drizzle-orm/pg-proxy';
import { openSqlClient, type SqlClient } from './sql-client.js';

export const APP_ROLE = 'rodtrad_app';

export type Orm = PgRemoteDatabase;

export interface Db {
  readonly kind: 'pglite' | 'postgres';
  /** Raw SQL on the root connection (owner role, no tenant); prefer withTenant/withSystem. */
  readonly sql: SqlClient;
  close(): Promise<void>;
}

/** A transaction bound to one tenant, with Drizzle and raw SQL on the same connection. */
export interface TenantTx {
  readonly tenantId: string;
  readonly sql: SqlClient;
  readonly orm: Orm;
}

export interface SystemTx {
  readonly sql: SqlClient;
  readonly orm: Orm;
}

export type DbOptions = { databaseUrl?: string; dataDir?: string; poolSize?: number; loadDataDir?: Blob };

/** Opens PostgreSQL when databaseUrl is set, else PGlite in dataDir (in memory when dataDir is undefined). */
export async function openDatabase(options: DbOptions): Promise<Db> {
  const { client } = await openSqlClient(options);
  return fromSqlClient(client);
}

export function fromSqlClient(client: SqlClient): Db {
  return { kind: client.kind, sql: client, close: () => client.close() };
}

/** Drizzle over any SqlClient (root or transaction) through Drizzle's proxy driver. */
export function ormFor(client: SqlClient): Orm {
  return drizzle(async (sql, params, method) => {
    if (method === 'all') return client.queryArray(sql, params);
    return client.query(sql, params);
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export async function withTenant<T>(db: Db, tenantId: string, fn: (tx: TenantTx) => Promise<T>): Promise<T> {
  // Validated as a UUID, so it is safe inside the SQL literal; this lets PostgreSQL get BEGIN, the role switch
  // and the tenant setting in a single round trip.
  if (!isUuid(tenantId)) throw new Error('withTenant: tenantId must be a UUID');
  const setup = `SET LOCAL ROLE ${APP_ROLE}; SELECT set_config('app.tenant_id', '${tenantId.toLowerCase()}', true)`;
  return db.sql.transaction((sql) => fn(lazyOrm({ tenantId, sql })), setup);
}

export async function withSystem<T>(db: Db, fn: (tx: SystemTx) => Promise<T>): Promise<T> {
  return db.sql.transaction((sql) => fn(lazyOrm({ sql })));
}

/** Adds `orm`, built on first use: most transactions use raw SQL only and need no Drizzle instance. */
function lazyOrm<T extends { sql: SqlClient }>(tx: T): T & { readonly orm: Orm } {
  let orm: Orm | undefined;
  return Object.defineProperty(tx, 'orm', {
    enumerable: true,
    get: () => (orm ??= ormFor(tx.sql)),
  }) as T & { readonly orm: Orm };
}
