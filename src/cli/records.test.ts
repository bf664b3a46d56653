import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './records.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('rodtrad records deadline', () => {
  it('prints the OFL deadline as JSON', async () => {
    const io = capture();
    expect(await run(['deadline', '--law', 'ofl', '--received', '2026-04-01'])).toBe(0);
    const json = JSON.parse(io.out.join('\n'));
    expect(json).toMatchObject({
      decisionDue: '2026-04-15',
      law: 'ofl',
      workingDays: 7,
      fristbrevDue: '2026-04-15',
    });
    expect(io.err).toEqual([]);
  });

  it('prints the MOL deadline clamped to the month end, two months with --complex', async () => {
    const io = capture();
    expect(await run(['deadline', '--law', 'mol', '--received', '2024-01-31'])).toBe(0);
    expect(await run(['deadline', '--law', 'MOL', '--received', '2024-01-31', '--complex'])).toBe(0);
    expect(io.out.map((l) => JSON.parse(l).decisionDue)).toEqual(['2024-02-29', '2024-03-31']);
  });

  it.each([
    [['deadline', '--law', 'ofl', '--received', '2023-02-29'], /invalid date/],
    [['deadline', '--law', 'xyz', '--received', '2023-02-01'], /unknown law/],
    [['deadline', '--received', '2023-02-01'], /missing --law/],
    [['deadline', '--law', 'fvl'], /missing --received/],
    [['deadline', '--law', 'ofl', '--received', '2023-02-01', '--complex'], /only to --law mol/],
    [['deadline', '--law', 'ofl', '--received', '2023-02-01', '--bogus'], /bogus/],
    [['deadline', '--law', 'ofl', '--received', '1066-10-14'], /outside the supported years/],
    [['nonsense'], /unknown subcommand/],
  ])('fails with one line on bad input %j', async (args, message) => {
    const io = capture();
    expect(await run(args)).not.toBe(0);
    expect(io.out).toEqual([]);
    expect(io.err).toHaveLength(1);
    expect(io.err[0]).toMatch(message);
  });

  it('prints help', async () => {
    const io = capture();
    expect(await run(['deadline', '--help'])).toBe(0);
    expect(io.out.join('\n')).toMatch(/--law ofl\|fvl\|mol --received YYYY-MM-DD/);
  });
});
