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
});
