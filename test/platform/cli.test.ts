import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Command = { run(args: string[]): Promise<number> };
const commands: Record<string, () => Promise<Command>> = {
  start: () => import('../../src/cli/start.js'),
  migrate: () => import('../../src/cli/migrate.js'),
  seed: () => import('../../src/cli/seed.js'),
  user: () => import('../../src/cli/user.js'),
  audit: () => import('../../src/cli/audit.js'),
  oidc: () => import('../../src/cli/oidc.js'),
  tenant: () => import('../../src/cli/tenant.js'),
  insight: () => import('../../src/cli/insight.js'),
};

afterEach(() => vi.restoreAllMocks());

describe('platform CLI commands', () => {
  for (const [name, load] of Object.entries(commands)) {
    it(`${name} --help explains itself and exits 0`, async () => {
      const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const mod = await load();
      expect(await mod.run(['--help'])).toBe(0);
      const text = out.mock.calls.map((c) => c.join(' ')).join('\n');
      expect(text).toContain(`rodtrad ${name}`);
      expect(text).toMatch(/DATABASE_URL|RODTRAD_DATA_DIR|docs\/operations/);
    });
  }

  it('user and audit without a subcommand print usage and fail', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const user = await commands.user!();
    const audit = await commands.audit!();
    expect(await user.run([])).toBe(1);
    expect(await audit.run([])).toBe(1);
    await expect(user.run(['add', '--email', 'a@b.dk'])).rejects.toThrow(/--tenant/);
  });

  it('insight rebuild recounts the key figures on the configured database', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-insight-cli-'));
    const saved = { dataDir: process.env.RODTRAD_DATA_DIR, url: process.env.DATABASE_URL };
    process.env.RODTRAD_DATA_DIR = dir;
    delete process.env.DATABASE_URL;
    const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const insight = await commands.insight!();
      expect(await insight.run([])).toBe(1);
      expect(await insight.run(['rebuild'])).toBe(0);
      expect(out.mock.calls.at(-1)?.join(' ')).toMatch(/^rebuilt the key figures from 0 events in \d+ ms$/);
    } finally {
      if (saved.dataDir === undefined) delete process.env.RODTRAD_DATA_DIR;
      else process.env.RODTRAD_DATA_DIR = saved.dataDir;
      if (saved.url !== undefined) process.env.DATABASE_URL = saved.url;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
