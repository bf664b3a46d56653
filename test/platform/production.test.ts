// Production safety (issue 19): demo accounts, secret entropy, every setting validated at start, API docs by
// setting, Permissions-Policy.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app/build-app.js';
import { hashPassword } from '../../src/platform/auth/password.js';
import { ConfigError, loadConfig, type Config } from '../../src/platform/config.js';
import { withTenant } from '../../src/platform/db/database.js';
import { DEMO_PASSWORD, DEMO_USERS } from '../../src/platform/seed/demo.js';
import { createTestDb, createTestTenant, type TestDb } from '../fixtures/index.js';

const SECRET = randomBytes(48).toString('base64');
const production = (extra: Record<string, string> = {}): Config => ({
  ...loadConfig({ NODE_ENV: 'production', RODTRAD_SESSION_SECRET: SECRET, ...extra }),
  logLevel: 'silent',
});

describe('session secret', () => {
  it('must have real entropy, not only length', () => {
    for (const weak of [
      'a'.repeat(36),
      'ab'.repeat(20),
      'password'.repeat(5),
      '0123456789'.repeat(4),
      'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab',
    ])
      expect(() => loadConfig({ NODE_ENV: 'production', RODTRAD_SESSION_SECRET: weak })).toThrow(
        /RODTRAD_SESSION_SECRET .*(random|pattern)/,
      );
    for (let i = 0; i < 50; i++) {
      for (const strong of [randomBytes(48).toString('base64'), randomBytes(16).toString('hex')])
        expect(loadConfig({ NODE_ENV: 'production', RODTRAD_SESSION_SECRET: strong }).sessionSecret).toBe(
          strong,
        );
    }
  });
});

describe('configuration is validated at start', () => {
  it('a typo in a numeric setting stops the start with the name and the value', () => {
    for (const [name, value] of [
      ['RODTRAD_LOCKOUT_THRESHOLD', '5x'],
      ['RODTRAD_LOGIN_RATE_LIMIT', 'ten'],
      ['RODTRAD_RECORDS_INTAKE_PER_HOUR', '2O'],
      ['RODTRAD_RECORDS_LINK_DAYS', '3o'],
      ['RODTRAD_UPLOAD_MAX_BYTES', '100MB'],
      ['RODTRAD_REDACTION_WORKERS', '0'],
      ['RODTRAD_JOBS_STALE_SECONDS', 'sixty'],
      ['RODTRAD_JOBS_WORKERS', 'ja'],
      ['RODTRAD_BODY_LIMIT_BYTES', '1.5'],
      ['PORT', '80800'],
      ['LOG_LEVEL', 'verbose'],
      ['RODTRAD_PUBLIC_URL', 'rodtrad.kommune.dk'],
      ['RODTRAD_API_DOCS', 'maybe'],
    ])
      expect(() => loadConfig({ [name!]: value! }), name).toThrow(new RegExp(`${name}.*"${value}"`));
  });

  it('reports every bad value at once', () => {
    try {
      loadConfig({ RODTRAD_LOCKOUT_MINUTES: 'x', RODTRAD_SESSION_IDLE_MINUTES: '-1', PORT: 'p' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const message = (e as Error).message;
      expect(message).toMatch(/3 problems/);
      for (const name of ['RODTRAD_LOCKOUT_MINUTES', 'RODTRAD_SESSION_IDLE_MINUTES', 'PORT'])
        expect(message).toContain(name);
    }
  });

  it('points out a misspelt setting name', () => {
    const config = loadConfig({ RODTRAD_LOCKOUT_TRESHOLD: '3' });
    expect(config.lockoutThreshold).toBe(5);
    expect(config.warnings).toEqual([expect.stringContaining('did you mean RODTRAD_LOCKOUT_THRESHOLD')]);
  });
});

describe('production start', () => {
  let tdb: TestDb;
  // The demo's accounts with the demo password, without the rest of the demo (a full seed costs a minute in CI).
  beforeAll(async () => {
    tdb = await createTestDb();
    const tenant = await createTestTenant(tdb.db);
    const hash = await hashPassword(DEMO_PASSWORD);
    await withTenant(tdb.db, tenant.id, async (tx) => {
      for (const u of DEMO_USERS.filter((x) => /^(admin|sagsbehandler|medarbejder)@/.test(x.email)))
        await tx.sql.query(
          'INSERT INTO users (tenant_id, email, name, password_hash, active) VALUES ($1, $2, $3, $4, true)',
          [tenant.id, u.email, u.name, hash],
        );
    });
  });
  afterAll(() => tdb.close());

  it(
    'refuses to start while demo accounts have the demo password, and starts once they do not',
    { timeout: 120_000 },
    async () => {
      await expect(buildApp({ db: tdb.db, config: production() })).rejects.toThrow(
        /Refusing to start in production: \d+ demo account\(s\).*admin@demo\.dk/,
      );
      // Outside production the demo is fine.
      const dev = await buildApp({ db: tdb.db, config: { ...loadConfig({ NODE_ENV: 'test' }) } });
      await dev.close();
      const hash = await hashPassword(randomBytes(12).toString('hex'));
      await tdb.db.sql.query(
        "UPDATE users SET password_hash = $1 WHERE email LIKE '%@demo.dk' AND email <> 'medarbejder@demo.dk'",
        [hash],
      );
      await expect(buildApp({ db: tdb.db, config: production() })).rejects.toThrow(
        /1 demo account\(s\).*medarbejder/,
      );
      await tdb.db.sql.query("UPDATE users SET active = false WHERE email = 'medarbejder@demo.dk'");
      const app = await buildApp({ db: tdb.db, config: production() });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { tenant: 'demo', email: 'admin@demo.dk', password: 'rodtrad-demo' },
        });
        expect(login.statusCode).toBe(401);
        // API documentation is off in production by default.
        expect((await app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(404);
        expect((await app.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(404);
        // Permissions-Policy on every answer.
        const health = await app.inject({ method: 'GET', url: '/healthz' });
        expect(health.headers['permissions-policy']).toMatch(
          /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
        );
      } finally {
        await app.close();
      }
      const withDocs = await buildApp({ db: tdb.db, config: production({ RODTRAD_API_DOCS: 'true' }) });
      try {
        expect((await withDocs.inject({ method: 'GET', url: '/api/openapi.json' })).statusCode).toBe(200);
      } finally {
        await withDocs.close();
      }
    },
  );
});
