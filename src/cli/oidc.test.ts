// `rodtrad oidc` against a real (embedded) database: the provider is saved, listed without its secret, offered
// on the login page's provider list, audited; bad input is refused before anything is written.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listOidcProviders } from '../platform/auth/oidc.js';
import { openDatabase } from '../platform/db/database.js';

const dir = mkdtempSync(path.join(tmpdir(), 'rodtrad-oidc-cli-'));
const saved = { url: process.env.DATABASE_URL, data: process.env.RODTRAD_DATA_DIR };

beforeAll(async () => {
  // Always the embedded database in its own directory, also when the suite runs against PostgreSQL.
  delete process.env.DATABASE_URL;
  process.env.RODTRAD_DATA_DIR = dir;
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const seed = await import('./seed.js');
  expect(await seed.run([])).toBe(0);
}, 180_000);

afterAll(() => {
  vi.restoreAllMocks();
  if (saved.url === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved.url;
  if (saved.data === undefined) delete process.env.RODTRAD_DATA_DIR;
  else process.env.RODTRAD_DATA_DIR = saved.data;
  rmSync(dir, { recursive: true, force: true });
});

const base = ['--tenant', 'demo', '--key', 'entra', '--label', 'Kommunens login', '--client-id', 'rodtrad'];

describe('rodtrad oidc', () => {
  it('saves a provider, lists it without the secret and audits the change', async () => {
    const { run } = await import('./oidc.js');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const args = ['set', ...base, '--issuer', 'https://login.example.dk/tenant/v2.0', '--client-secret'];
    expect(await run([...args, 'env:RODTRAD_OIDC_SECRET'])).toBe(0);
    expect(await run(['list', '--tenant', 'demo'])).toBe(0);
    const out = log.mock.calls.map((c) => c.join(' ')).join('\n');
    expect(out).toContain('entra\tenabled\thttps://login.example.dk/tenant/v2.0\tKommunens login');
    expect(out).not.toContain('RODTRAD_OIDC_SECRET');

    const db = await openDatabase({ dataDir: `${dir}/pglite` });
    try {
      expect(await listOidcProviders(db, 'demo')).toEqual([{ id: 'entra', label: 'Kommunens login' }]);
      const audit = await db.sql.query<{ details: Record<string, unknown> }>(
        `SELECT details FROM audit_log WHERE action = 'auth.oidc.provider.set'`,
      );
      expect(audit.rows).toHaveLength(1);
      expect(audit.rows[0]!.details).toMatchObject({ key: 'entra', secretFromEnv: true });
    } finally {
      await db.close();
    }
  }, 120_000);

  it.each([
    [['set', ...base, '--issuer', 'http://login.example.dk', '--client-secret', 'x'], /https/],
    [['set', ...base, '--issuer', 'not a url', '--client-secret', 'x'], /must be a URL/],
    [['set', ...base, '--issuer', 'https://a.dk'], /--client-secret is required/],
    [
      ['set', ...base, '--issuer', 'https://a.dk', '--client-secret', 'x', '--create-role', 'king'],
      /unknown role/,
    ],
    [
      ['set', ...base, '--issuer', 'https://a.dk', '--client-secret', 'x', '--match-by', 'cpr'],
      /email or none/,
    ],
    [['list'], /--tenant/],
    [['remove', '--tenant', 'demo'], /unknown subcommand/],
  ])('refuses %j', async (args, message) => {
    const { run } = await import('./oidc.js');
    await expect(run(args)).rejects.toThrow(message);
  });

  it('refuses an unknown municipality', async () => {
    const { run } = await import('./oidc.js');
    await expect(run(['list', '--tenant', 'nowhere'])).rejects.toThrow(/no tenant/);
  }, 60_000);
});
