import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleScenario } from '../modules/roster/domain/sample-scenarios.js';
import type { TScenario } from '../modules/roster/domain/scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'roster-plan-'));

function plan(
  scenario: unknown,
  limit = 4,
): { code: number | null; out: Record<string, unknown>; stderr: string; wall: number } {
  const input = join(dir, `s${Math.random().toString(36).slice(2)}.json`);
  const output = `${input}.out.json`;
  writeFileSync(input, typeof scenario === 'string' ? scenario : JSON.stringify(scenario));
  const t0 = Date.now();
  const r = spawnSync(
    'node',
    [
      'bin/rodtrad.mjs',
      'roster',
      'plan',
      input,
      '--time-limit',
      String(limit),
      '--output',
      output,
      '--seed',
      '2',
    ],
    { encoding: 'utf8' },
  );
  let out: Record<string, unknown> = {};
  try {
    out = JSON.parse(readFileSync(output, 'utf8')) as Record<string, unknown>;
  } catch {
    /* no output written */
  }
  return { code: r.status, out, stderr: r.stderr, wall: (Date.now() - t0) / 1000 };
}

type Assignment = { employee: string; date: string; shift: string; skill: string | null };

describe('rodtrad roster plan (CONTRACTS.md)', () => {
  it('plans a 30-person plejecenter for 4 weeks within the limit, with no hard violation', () => {
    const scenario = sampleScenario(30, '2027-02-01', 28);
    const r = plan(scenario, 15);
    expect(r.stderr).toBe('');
    expect(Object.keys(r.out).sort()).toEqual(['assignments', 'seconds', 'uncovered', 'violations']);
    expect(r.out.violations).toEqual([]);
    expect(r.code).toBe(0);
    // Measured from process start by the CLI itself; the wall clock here also holds spawning on a busy machine.
    expect(r.out.seconds as number).toBeLessThanOrEqual(15 + 5);
    const assignments = r.out.assignments as Assignment[];
    // One shift a day per employee, only with a demand skill they have.
    const seen = new Set<string>();
    const skills = new Map(scenario.employees.map((e) => [e.id, e.skills]));
    for (const a of assignments) {
      expect(seen.has(`${a.employee}/${a.date}`)).toBe(false);
      seen.add(`${a.employee}/${a.date}`);
      if (a.skill) expect(skills.get(a.employee)).toContain(a.skill);
    }
    // No shift on an unavailable date.
    for (const e of scenario.employees)
      for (const date of e.unavailable) expect(seen.has(`${e.id}/${date}`)).toBe(false);
  }, 30_000);

  it('lists uncovered night shifts when there are too few nurses, and still breaks no hard rule', () => {
    const scenario: TScenario = {
      start: '2027-02-01',
      days: 14,
      shiftTypes: [
        { id: 'D', name: 'Dagvagt', start: '07:00', end: '15:00', paidMinutes: 450 },
        { id: 'N', name: 'Nattevagt', start: '23:00', end: '07:00', paidMinutes: 480 },
      ],
      employees: [
        {
          id: 'spl1',
          name: 'Sygeplejerske',
          skills: ['SPL'],
          weeklyMinutes: 1776,
          unavailable: [],
          wishes: [],
          history: [{ date: '2027-01-31', shift: 'N' }],
        },
        ...['a', 'b', 'c', 'd', 'e'].map((id) => ({
          id,
          name: id,
          skills: ['SSA'],
          weeklyMinutes: 1776,
          unavailable: [],
          wishes: [],
          history: [],
        })),
      ],
      demand: [
        { weekdays: [1, 2, 3, 4, 5, 6, 7], shift: 'N', skill: 'SPL', min: 1, preferred: 1 },
        { weekdays: [1, 2, 3, 4, 5, 6, 7], shift: 'D', skill: 'SSA', min: 2, preferred: 3 },
      ],
    };
    const r = plan(scenario, 8);
    expect(r.out.violations).toEqual([]);
    const uncovered = r.out.uncovered as { date: string; shift: string; skill: string; missing: number }[];
    // One nurse cannot cover 14 nights (at most 6 in a row, rest after the history night).
    expect(uncovered.length).toBeGreaterThanOrEqual(14 - 10);
    expect(uncovered.every((u) => u.shift === 'N' && u.skill === 'SPL' && u.missing === 1)).toBe(true);
    // The night after the history night cannot follow a day shift... and day 1 nurse rest is respected.
    const assignments = r.out.assignments as Assignment[];
    expect(assignments.filter((a) => a.employee !== 'spl1').every((a) => a.shift === 'D')).toBe(true);
  }, 30_000);

  it('rejects a malformed scenario with one line and no roster', () => {
    const bad = plan('{"start": "2027-02-30x", "days": 3}', 2);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/invalid scenario/);
    const unknownShift = plan(
      {
        ...sampleScenario(3, '2027-02-01', 7),
        demand: [{ weekdays: [1], shift: 'X', skill: null, min: 1, preferred: 1 }],
      },
      2,
    );
    expect(unknownShift.stderr).toMatch(/unknown shift "X"/);
    const notJson = plan('not json', 2);
    expect(notJson.stderr).toMatch(/not valid JSON/);
  }, 30_000);
});
