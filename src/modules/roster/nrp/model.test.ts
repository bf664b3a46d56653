import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNrpInstance } from './instance.js';
import { compileNrp, evaluateNrp, OFF } from './model.js';
import { Rng } from './rng.js';
import { formatNrpSolution, parseNrpSolution } from './solution.js';
import { TINY } from './tiny.test-helpers.js';

const shared = resolve(process.cwd(), '../shared');

describe('Curtois & Qu parser', () => {
  it('reads the tiny instance', () => {
    const inst = parseNrpInstance(TINY);
    expect(inst.horizon).toBe(7);
    expect(inst.shifts.map((s) => s.id)).toEqual(['E', 'L']);
    expect(inst.shifts[1]?.cannotFollow).toEqual(['E']);
    expect(inst.staff[0]).toMatchObject({
      id: 'A',
      maxMinutes: 3000,
      minMinutes: 1440,
      maxConsecutive: 4,
      minConsecutive: 2,
      minConsecutiveOff: 2,
      maxWeekends: 1,
    });
    expect(inst.daysOff).toEqual({ A: [3], C: [6] });
    expect(inst.cover).toHaveLength(14);
  });
  it('rejects broken input with a clear message', () => {
    expect(() => parseNrpInstance('SECTION_HORIZON\n7\n')).toThrow(/SECTION_SHIFTS/);
    expect(() => parseNrpInstance(TINY.replace('A,0,E,2', 'Z,0,E,2'))).toThrow(/unknown employee Z/);
    expect(() => parseNrpInstance(TINY.replace('0,E,1,100,1', '9,E,1,100,1'))).toThrow(/outside the horizon/);
  });
  it('reads a real benchmark instance', () => {
    const path = resolve(shared, 'bench/nrp/Instance5.txt');
    if (!existsSync(path)) return; // the shared benchmark folder is not part of every checkout
    const inst = parseNrpInstance(readFileSync(path, 'utf8'));
    expect(inst.horizon).toBe(28);
    expect(inst.staff).toHaveLength(16);
    expect(inst.shifts.map((s) => s.id)).toEqual(['E', 'L']);
  });
});

describe('benchmark objective', () => {
  const m = compileNrp(parseNrpInstance(TINY));
  const roster = (rows: string[]): Int16Array => parseNrpSolution(m, rows.join('\n'));

  it('scores a feasible roster exactly (requests + under/over cover)', () => {
    const x = roster(['A\tE\tE\t-\t-\tE\tE\t-', 'B\t-\tE\tE\tE\t-\tL\t-', 'C\tL\tL\tL\tL\tL\t-\t-']);
    const ev = evaluateNrp(m, x);
    expect(ev.violations).toEqual([]);
    // requests: C works L on day 1 (1). Cover: E day0 1/1, day1 2/2, day2 1/1, day3 1/1, day4 1/1, day5 1/1,
    // day6 0/1 (100); L day0..4 1/1, day5 1/1 (B), day6 0/1 (100). B wanted L on day 5: granted.
    expect(ev.requests).toBe(1);
    expect(ev.cover).toBe(200);
    expect(ev.objective).toBe(201);
  });
  it('finds each kind of hard violation', () => {
    const x = roster(['A\tE\t-\tE\tE\t-\t-\tE', 'B\tL\tE\tE\tE\tE\t-\t-', 'C\tE\tL\t-\t-\t-\t-\tL']);
    const v = evaluateNrp(m, x).violations.join('\n');
    expect(v).toMatch(/A days 1-1: 1 days off < min/);
    expect(v).toMatch(/A day 3: works on a fixed day off/);
    expect(v).toMatch(/B day 0: E may not follow L/);
    expect(v).toMatch(/B days 0-4: 5 consecutive shifts > max/);
    expect(v).toMatch(/C: 1 shifts of E > max 0/);
    expect(v).toMatch(/C: 1 weekends > max 0/);
    expect(v).toMatch(/C day 6: works on a fixed day off/);
    const empty = evaluateNrp(m, new Int16Array(m.E * m.H).fill(OFF));
    expect(empty.violations).toEqual(['A: 0 min < min 1440', 'B: 0 min < min 960']);
    expect(empty.feasible).toBe(false);
  });
  it('round-trips the solution format', () => {
    const rng = new Rng(5);
    const x = new Int16Array(m.E * m.H).map(() => rng.int(m.S + 1) - 1);
    const text = formatNrpSolution(m, x);
    expect(text.split('\n')[0]?.split('\t')).toHaveLength(8);
    expect(parseNrpSolution(m, text)).toEqual(x);
    expect(text).toContain('-');
    expect(x.includes(OFF)).toBe(true);
  });
  it('agrees with the independent evaluator on random rosters', async () => {
    const tool = resolve(shared, 'tools/nrp-eval.mjs');
    if (!existsSync(tool)) return; // only where the shared tools are checked out next to the repo
    const ext = (await import(tool)) as {
      parseInstance(t: string): unknown;
      parseSolution(t: string, i: unknown): unknown;
      evaluate(i: unknown, g: unknown): { objective: number; feasible: boolean };
    };
    const inst = ext.parseInstance(TINY);
    const rng = new Rng(11);
    for (let k = 0; k < 300; k++) {
      const x = new Int16Array(m.E * m.H).map(() => rng.int(m.S + 1) - 1);
      const theirs = ext.evaluate(inst, ext.parseSolution(formatNrpSolution(m, x), inst));
      const ours = evaluateNrp(m, x);
      expect(ours.objective).toBe(theirs.objective);
      expect(ours.feasible).toBe(theirs.feasible);
    }
  });
});
