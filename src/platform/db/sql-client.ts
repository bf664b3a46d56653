// A minimal SQL client over either embedded PGlite or a PostgreSQL server (node-postgres pool).
// Everything that needs raw SQL (migrations, pg-boss, RLS session settings) goes through this one interface,
// so the same code runs on both engines. Drizzle is layered on top in ./drizzle.ts.
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

export type SqlRows<T> = { rows: T[] };

export interface SqlClient {
  readonly kind: 'pglite' | 'postgres';
  /** One statement with $1..$n parameters. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<SqlRows<T>>;
  /** Like query, but each row is an array of values in column order (what Drizzle's proxy driver expects). */
  queryArray(sql: string, params?: unknown[]): Promise<SqlRows<unknown[]>>;
  /** One or more statements without parameters (migrations, scripts). */
  exec(sql: string): Promise<void>;
  /**
   * Runs fn inside BEGIN/COMMIT on one connection; rolls back on error. `setup` (parameterless SQL) runs first
   * inside the transaction; on PostgreSQL it is sent together with BEGIN in one round trip.
   */
  transaction<T>(fn: (tx: SqlClient) => Promise<T>, setup?: string): Promise<T>;
  close(): Promise<void>;
}

export type SqlConfig = {
  databaseUrl?: string;
  dataDir?: string;
  poolSize?: number;
  /** PGlite only: start from a dumped data directory (PGlite#dumpDataDir) instead of an empty one. */
  loadDataDir?: Blob;
};

/** Opens PostgreSQL when databaseUrl is set, else PGlite in dataDir (or in memory when dataDir is undefined). */
export async function openSqlClient(
  config: SqlConfig,
): Promise<{ client: SqlClient; pglite?: PGlite; pool?: pg.Pool }> {
  if (config.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: config.databaseUrl,
      max: config.poolSize ?? 10,
      connectionTimeoutMillis: 5000,
    });
    // A pool error (server restarted) must not crash the process; readiness reports it instead.
    pool.on('error', () => undefined);
    return { client: poolClient(pool), pool };
  }
  // pg_trgm ships as a PGlite contrib package; the archive's address search uses its trigram indexes.
  const pglite = new PGlite({
    dataDir: config.dataDir,
    loadDataDir: config.loadDataDir,
    extensions: { pg_trgm },
  });
  await pglite.waitReady;
  return { client: pgliteClient(pglite), pglite };
}

function pgliteClient(
  db: PGlite | Parameters<Parameters<PGlite['transaction']>[0]>[0],
  root = true,
): SqlClient {
  return {
    kind: 'pglite',
    async query<T>(sql: string, params: unknown[] = []) {
      const result = await db.query<T>(sql, params as never[]);
      return { rows: result.rows };
    },
    async queryArray(sql: string, params: unknown[] = []) {
      const result = await db.query<unknown[]>(sql, params as never[], { rowMode: 'array' });
      return { rows: result.rows };
    },
    async exec(sql: string) {
      await db.exec(sql);
    },
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>, setup?: string) {
      if (!root || !('transaction' in db)) throw new Error('nested transactions are not supported');
      return (db as PGlite).transaction(async (tx) => {
        if (setup) await tx.exec(setup);
        return fn(pgliteClient(tx, false));
      });
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
    async queryArray(sql: string, params: unknown[] = []) {
      const result = await pool.query({ text: sql, values: params, rowMode: 'array' });
      return { rows: result.rows as unknown[][] };
    },
    async exec(sql: string) {
      await pool.query(sql);
    },
    async transaction<T>(fn: (tx: SqlClient) => Promise<T>, setup?: string) {
      const conn = await pool.connect();
      let broken = false;
      try {
        await conn.query(setup ? `BEGIN; ${setup}` : 'BEGIN');
        const result = await fn(connectionClient(conn));
        await conn.query('COMMIT');
        return result;
      } catch (error) {
        await conn.query('ROLLBACK').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection that cannot even roll back is dropped rather than returned to the pool.
        conn.release(broken);
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
    async queryArray(sql: string, params: unknown[] = []) {
      const result = await conn.query({ text: sql, values: params, rowMode: 'array' });
      return { rows: result.rows as unknown[][] };
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
