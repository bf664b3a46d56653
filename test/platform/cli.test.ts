import { afterEach, describe, expect, it, vi } from 'vitest';

const commands = ['start', 'migrate', 'seed', 'user', 'audit'] as const;

afterEach(() => vi.restoreAllMocks());

describe('platform CLI commands', () => {
  for (const name of commands) {
    it(`${name} --help explains itself and exits 0`, async () => {
      const out = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      const mod = (await import(`../../src/cli/${name}.js`)) as { run(args: string[]): Promise<number> };
      expect(await mod.run(['--help'])).toBe(0);
      const text = out.mock.calls.map((c) => c.join(' ')).join('\n');
      expect(text).toContain(`rodtrad ${name}`);
      expect(text).toMatch(/DATABASE_URL|RODTRAD_DATA_DIR|docs\/operations/);
    });
  }

  it('user and audit without a subcommand print usage and fail', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const user = (await import('../../src/cli/user.js')) as { run(args: string[]): Promise<number> };
    const audit = (await import('../../src/cli/audit.js')) as { run(args: string[]): Promise<number> };
    expect(await user.run([])).toBe(1);
    expect(await audit.run([])).toBe(1);
    await expect(user.run(['add', '--email', 'a@b.dk'])).rejects.toThrow(/--tenant/);
  });
});
