// A minimal SQL client over either embedded PGlite or a PostgreSQL server (node-postgres pool).
// Everything that needs raw SQL (migrations, pg-boss, RLS session settings) goes through this one interface,
// so the same code runs on both engines. Drizzle is layered on top in ./drizzle.ts.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type SqlRows<T> = { rows: T[] };

export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** One statement with $1..$n parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<SqlRows<T>>;
  /** One or more statements without parameters (migrations, scripts). */
  exec(sql: string): Promise<void>;
  /** Runs fn inside BEGIN/COMMIT on one connection; rolls back on error. */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type SqlConfig = { databaseUrl?: string; dataDir?: string };

/** Opens PostgreSQL when databaseUrl is set, else PGlite in dataDir (or in memory when dataDir is undefined). */
export async function openSqlClient(config: SqlConfig): Promise<{ client: SqlClient; pglite?: PGlite; pool?: pg.Pool }> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    // A pool error (server restarted) must not crash the process; readiness reports it instead.
    pool.on('error', () => undefined);
    return { client: poolClient(pool), pool };
  }
  const pglite = config.dataDir ? new PGlite(config.dataDir) : new PGlite();
  await pglite.waitReady;
  return { client: pgliteClient(pglite), pglite };
}

function pgliteClient(db: PGlite | Parameters<Parameters<PGlite['transaction']>[0]>[0], root = true): SqlClient {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await db.query<T>(sql, params as never[]);
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>) {
      if (!root || !('transaction' in db)) throw new Error('nested transactions are not supported');
      return (db as PGlite).transaction((tx) => fn(pgliteClient(tx, false)));
    },
    async close() {
      if (root) await (db as PGlite).close();
    },
  };
}

function poolClient(pool: pg.Pool): SqlClient {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await pool.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>) {
      const conn = await pool.connect();
      try {
        await conn.query('BEGIN');
        const result = await fn(connectionClient(conn));
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        conn.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

function connectionClient(conn: pg.PoolClient): SqlClient {
  return {
    kind: 'postgres',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await conn.query(sql, params);
      return { rows: result.rows as T[] };
    },
    async exec(sql: string) {
      await conn.query(sql);
    },
    async transaction() {
      throw new Error('nested transactions are not supported');
    },
    async close() {
      /* owned by the pool */
    },
  };
}
