// The database goes away and comes back: /readyz reports not-ready, requests get 503 problem+json, and both
// recover without a restart. On PostgreSQL the outage is a real TCP proxy being cut; on embedded PGlite (which
// cannot be disconnected) the SQL client is wrapped so it fails like a lost connection while "down".
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromSqlClient, openDatabase, type Db } from '../../src/platform/db/database.js';
import type { SqlClient } from '../../src/platform/db/sql-client.js';
import {
  createTestApp,
  createTestDb,
  createTestTenant,
  createTestUser,
  loginAgent,
  type TestApp,
  type TestDb,
} from '../fixtures/index.js';

type Outage = { db: Db; down(): Promise<void>; up(): Promise<void>; close(): Promise<void> };

async function postgresOutage(url: string): Promise<Outage> {
  const target = new URL(url);
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('error', () => s.destroy());
      s.on('close', () => sockets.delete(s));
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as net.AddressInfo).port;
  const proxied = new URL(url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(port);
  const db = await openDatabase({ databaseUrl: proxied.toString(), poolSize: 3 });
  return {
    db,
    down: async () => {
      await new Promise<void>((r) => {
        server.close(() => r());
        for (const s of sockets) s.destroy();
      });
    },
    up: () => new Promise<void>((r) => server.listen(port, '127.0.0.1', r)),
    close: async () => {
      await db.close().catch(() => undefined);
      if (server.listening) await new Promise((r) => server.close(r));
    },
  };
}

function pgliteOutage(inner: SqlClient): Outage {
  let isDown = false;
  const guard = () => {
    if (isDown) throw Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' });
  };
  const wrap = (c: SqlClient): SqlClient => ({
    kind: c.kind,
    query: async (sql, params) => (guard(), c.query(sql, params)),
    queryArray: async (sql, params) => (guard(), c.queryArray(sql, params)),
    exec: async (sql) => (guard(), c.exec(sql)),
    transaction: async (fn, setup) => (guard(), c.transaction((tx) => fn(wrap(tx)), setup)),
    close: async () => undefined,
  });
  return {
    db: fromSqlClient(wrap(inner)),
    down: async () => void (isDown = true),
    up: async () => void (isDown = false),
    close: async () => undefined,
  };
}

let base: TestDb;
let outage: Outage;
let t: TestApp;
beforeAll(async () => {
  base = await createTestDb();
  outage = base.url ? await postgresOutage(base.url) : pgliteOutage(base.db.sql);
  t = await createTestApp({ db: outage.db });
});
afterAll(async () => {
  await t.close();
  await outage.close();
  await base.close();
});

describe('database outage', () => {
  it('reports not ready while the database is away and recovers when it returns', async () => {
    const tenant = await createTestTenant(base.db);
    const agent = await loginAgent(t, tenant, await createTestUser(base.db, tenant.id));
    expect((await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    expect((await agent.get('/api/org/units')).statusCode).toBe(200);

    await outage.down();
    const notReady = await t.app.inject({ method: 'GET', url: '/readyz' });
    expect(notReady.statusCode).toBe(503);
    expect(notReady.json()).toMatchObject({ status: 'not_ready', reason: 'database unavailable' });
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    const failed = await agent.get('/api/org/units');
    expect(failed.statusCode).toBe(503);
    expect(failed.json()).toMatchObject({ code: 'service.unavailable' });

    await outage.up();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await t.app.inject({ method: 'GET', url: '/readyz' })).statusCode;
      if (status !== 200) await new Promise((r) => setTimeout(r, 250));
    }
    expect(status).toBe(200);
    expect((await agent.get('/api/org/units')).statusCode).toBe(200);
  });

  it('reports not ready when migrations are pending', async () => {
    const empty = await createTestDb();
    const last = (
      await empty.db.sql.query<{ tag: string }>('SELECT max(tag) AS tag FROM __rodtrad_migrations')
    ).rows[0]!.tag;
    await empty.db.sql.query('DELETE FROM __rodtrad_migrations WHERE tag = $1', [last]);
    const app = await createTestApp({ db: empty.db });
    try {
      const res = await app.app.inject({ method: 'GET', url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ reason: 'migrations pending', pending: [last] });
    } finally {
      await app.app.close();
      await empty.close();
    }
  });
});
