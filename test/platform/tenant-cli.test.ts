// rodtrad tenant add | list | disable against a real data directory (issue 19: no way to add a municipality).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openConfiguredDb } from '../../src/cli/db.js';
import * as tenantCli from '../../src/cli/tenant.js';
import { loadConfig } from '../../src/platform/config.js';
import { createTestApp, createTestDb, testDatabaseUrl, type TestDb } from '../fixtures/index.js';

let dir: string;
let pgDb: TestDb | undefined;
const saved = { dataDir: process.env.RODTRAD_DATA_DIR, url: process.env.DATABASE_URL };

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-tenant-cli-'));
  process.env.RODTRAD_DATA_DIR = dir;
  if (testDatabaseUrl()) {
    pgDb = await createTestDb();
    process.env.DATABASE_URL = pgDb.url;
  }
});
afterAll(async () => {
  if (saved.dataDir === undefined) delete process.env.RODTRAD_DATA_DIR;
  else process.env.RODTRAD_DATA_DIR = saved.dataDir;
  if (saved.url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.url;
  await pgDb?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    const code = await tenantCli.run(args);
    return { code, out: log.mock.calls.map((c) => c.join(' ')).join('\n') };
  } finally {
    log.mockRestore();
  }
}

/** The app on the CLI's database, closed again before the next CLI call (PGlite has one owner at a time). */
async function withApp<T>(fn: (t: Awaited<ReturnType<typeof createTestApp>>) => Promise<T>): Promise<T> {
  const db = await openConfiguredDb(loadConfig());
  const t = await createTestApp({ db });
  try {
    return await fn(t);
  } finally {
    await t.close();
    await db.close();
  }
}

describe('rodtrad tenant', () => {
  it('adds a municipality with its first administrator, lists it and disables it, all audited', async () => {
    const added = await cli([
      'add',
      '--slug',
      'nordby',
      '--name',
      'Nordby Kommune',
      '--admin-email',
      'It@Nordby.dk',
      '--admin-name',
      'Ida IT',
    ]);
    expect(added.code).toBe(0);
    expect(added.out).toContain('Created Nordby Kommune (nordby) with administrator it@nordby.dk');
    const password = /Temporary password: (\S+)/.exec(added.out)![1]!;

    await expect(
      cli(['add', '--slug', 'nordby', '--name', 'Again', '--admin-email', 'a@b.dk']),
    ).rejects.toThrow(/exists/);
    await expect(cli(['add', '--slug', 'sydby', '--name', 'Sydby'])).rejects.toThrow(/--admin-email/);
    await expect(
      cli(['add', '--slug', 'Bad Slug', '--name', 'X', '--admin-email', 'a@b.dk']),
    ).rejects.toThrow(/slug/);

    const listed = await cli(['list']);
    expect(listed.out).toMatch(/nordby\s+Nordby Kommune\s+1 users/);

    await withApp(async (t) => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant: 'nordby', email: 'it@nordby.dk', password },
      });
      expect(login.statusCode).toBe(200);
      const cookie = login.cookies.find((c) => c.name === 'rodtrad_session')!;
      const me = await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        cookies: { rodtrad_session: cookie.value },
      });
      expect(me.json().roles).toEqual([{ role: 'administrator', unitId: null }]);
      const actions = await t.db.sql.query<{ action: string; actor_label: string }>(
        `SELECT l.action, l.actor_label FROM audit_log l JOIN tenants t ON t.id = l.tenant_id
         WHERE t.slug = 'nordby' ORDER BY l.seq`,
      );
      expect(actions.rows.slice(0, 2)).toEqual([
        { action: 'tenant.create', actor_label: 'system:cli' },
        { action: 'user.create', actor_label: 'system:cli' },
      ]);
    });

    expect((await cli(['disable', '--slug', 'nordby'])).out).toContain('disabled');
    expect((await cli(['list'])).out).toMatch(/nordby.*DISABLED/);
    await withApp(async (t) => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant: 'nordby', email: 'it@nordby.dk', password },
      });
      expect(login.statusCode).toBe(401);
      const publicList = (await t.app.inject({ method: 'GET', url: '/api/tenants/public' })).json();
      expect(publicList.map((x: { slug: string }) => x.slug)).not.toContain('nordby');
      const last = await t.db.sql.query<{ action: string }>(
        `SELECT l.action FROM audit_log l JOIN tenants t ON t.id = l.tenant_id WHERE t.slug = 'nordby'
         ORDER BY l.seq DESC LIMIT 1`,
      );
      expect(last.rows[0]!.action).toBe('tenant.disable');
    });
    await cli(['disable', '--slug', 'nordby', '--enable']);
    await withApp(async (t) => {
      const login = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant: 'nordby', email: 'it@nordby.dk', password },
      });
      expect(login.statusCode).toBe(200);
    });
  }, 300_000);
});
