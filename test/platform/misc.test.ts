import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/platform/config.js';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemo } from '../../src/platform/seed/demo.js';
import { registerTaskProvider, unregisterTaskProvider } from '../../src/platform/tasks/registry.js';
import { verifyAudit } from '../../src/platform/audit/verify.js';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('config', () => {
  it('has safe defaults for a local start', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 3000, env: 'development', seedDemo: true, cookieSecure: false });
    expect(c.dataDir).toMatch(/data$/);
  });

  it('refuses demo secrets and demo seeding in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production', RODTRAD_SESSION_SECRET: 'short' })).toThrow(
      /RODTRAD_SESSION_SECRET/,
    );
    const secret = 'k3J9xQ2mV7pL0sT8wZ4nB6yH1cF5gR-e';
    expect(() =>
      loadConfig({ NODE_ENV: 'production', RODTRAD_SESSION_SECRET: secret, RODTRAD_SEED_DEMO: 'true' }),
    ).toThrow(/SEED_DEMO/);
    expect(loadConfig({ NODE_ENV: 'production', RODTRAD_SESSION_SECRET: secret })).toMatchObject({
      cookieSecure: true,
      seedDemo: false,
    });
  });

  it('rejects malformed values', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ RODTRAD_COOKIE_SECURE: 'maybe' })).toThrow(/COOKIE_SECURE/);
  });
});

describe('demo seed', () => {
  it('creates Demo Kommune whose users can log in with the demo password', async () => {
    expect(await isDatabaseEmpty(t.db)).toBe(true);
    await seedDemo(t.db);
    expect(await isDatabaseEmpty(t.db)).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/tenants/public' })).json()).toContainEqual({
      slug: 'demo',
      name: 'Demo Kommune',
    });
    for (const u of DEMO_USERS) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant: 'demo', email: u.email, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, u.email).toBe(200);
    }
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { tenant: 'demo', email: 'admin@demo.dk', password: DEMO_PASSWORD },
    });
    const cookie = res.headers['set-cookie'] as string;
    const employees = await t.app.inject({
      method: 'GET',
      url: '/api/org/employees?limit=200',
      headers: { cookie: cookie.split(';')[0]! },
    });
    // 30 across the administration, 30 at the roster demo's Plejecenter Solbakken (src/modules/roster/demo-seed.ts).
    expect(employees.json().total).toBe(60);
    const units = await t.app.inject({
      method: 'GET',
      url: '/api/org/units',
      headers: { cookie: cookie.split(';')[0]! },
    });
    expect(units.json().units.map((u: { name: string }) => u.name)).toEqual(
      expect.arrayContaining([
        'Borgerservice',
        'Byggesager',
        'Hjemmeplejen Nord',
        'IT og Digitalisering',
        'Plejecenter Solbakken',
      ]),
    );
    expect((await verifyAudit(t.db)).problems).toEqual([]);
  }, 180_000);
});

describe('my tasks', () => {
  it('merges providers for the current user, sorted by severity, and survives a failing provider', async () => {
    const tenant = await createTestTenant(t.db);
    const agent = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id));
    registerTaskProvider('test-a', async ({ actor }) => [
      { id: 'a1', module: 'test', title: `Til ${actor.label}`, url: '/a/1', severity: 'info' },
      {
        id: 'a2',
        module: 'test',
        title: 'Frist i dag',
        url: '/a/2',
        severity: 'danger',
        dueDate: '2026-01-01',
      },
    ]);
    registerTaskProvider('test-broken', async () => {
      throw new Error('provider down');
    });
    try {
      const res = await agent.get('/api/tasks');
      expect(res.statusCode).toBe(200);
      expect(res.json().tasks.map((x: { id: string }) => x.id)).toEqual(['a2', 'a1']);
      expect(res.json().tasks[1].title).toBe(`Til ${agent.user.email}`);
    } finally {
      unregisterTaskProvider('test-a');
      unregisterTaskProvider('test-broken');
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/tasks' })).statusCode).toBe(401);
  });
});
