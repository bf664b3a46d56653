import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../../cli/roster.js';
import { TINY } from './tiny.test-helpers.js';

describe('rodtrad roster nrp', () => {
  it('prints help', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await run(['nrp', '--help'])).toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toContain('--time-limit');
    log.mockRestore();
  });
  it('rejects bad arguments with one clear line', async () => {
    await expect(run(['nrp', 'x.txt', '--output', 'o.txt'])).rejects.toThrow('--time-limit is required');
    await expect(run(['nrp', 'x.txt', '--time-limit', 'abc', '--output', 'o.txt'])).rejects.toThrow(
      /--time-limit must be a number/,
    );
    await expect(
      run(['nrp', 'x.txt', '--time-limit', '5', '--output', 'o.txt', '--bogus', '1']),
    ).rejects.toThrow('unknown option --bogus');
    await expect(
      run(['nrp', '/nonexistent/i.txt', '--time-limit', '5', '--output', 'o.txt']),
    ).rejects.toThrow(/cannot read instance/);
  });
  it('solves an instance and writes the contract format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nrp-cli-'));
    writeFileSync(join(dir, 'tiny.txt'), TINY);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const started = Date.now();
    const code = await run(
      [
        'nrp',
        join(dir, 'tiny.txt'),
        '--time-limit',
        '3',
        '--output',
        join(dir, 'sol.txt'),
        '--threads',
        '1',
        '--seed',
        '2',
      ],
      Date.now(),
    );
    const out = JSON.parse(String(log.mock.calls[0]?.[0])) as {
      objective: number;
      feasible: boolean;
      seconds: number;
    };
    log.mockRestore();
    expect(code).toBe(0);
    expect(out.feasible).toBe(true);
    expect(Date.now() - started).toBeLessThan(8000);
    const lines = readFileSync(join(dir, 'sol.txt'), 'utf8').trim().split('\n');
    expect(lines.map((l) => l.split('\t')[0])).toEqual(['A', 'B', 'C']);
    for (const l of lines)
      expect(
        l
          .split('\t')
          .slice(1)
          .every((c) => ['E', 'L', '-'].includes(c)),
      ).toBe(true);
  }, 30_000);
});
