import { describe, expect, it } from 'vitest';
import { proRataBounds, rowWindows } from './construct.js';
import { optimiseRow } from './dp.js';
import { parseNrpInstance } from './instance.js';
import { compileNrp, evaluateNrp, OFF } from './model.js';
import { Rng } from './rng.js';
import { NrpSearch } from './search.js';

/** A 12-week instance with contracts near the maximum density (5 shifts in 7 days) and a long holiday. */
function tightInstance(): string {
  const H = 84;
  const staff = ['A', 'B', 'C', 'D', 'E', 'F'];
  const lines = [
    'SECTION_HORIZON',
    String(H),
    '',
    'SECTION_SHIFTS',
    'E,480,',
    'L,480,E',
    '',
    'SECTION_STAFF',
  ];
  for (const id of staff) lines.push(`${id},E=84|L=84,25920,24960,5,2,2,6`);
  lines.push('', 'SECTION_DAYS_OFF', 'A,' + Array.from({ length: 10 }, (_, i) => 30 + i).join(','), 'B,3');
  lines.push('', 'SECTION_SHIFT_ON_REQUESTS', 'C,10,E,2', '', 'SECTION_SHIFT_OFF_REQUESTS', 'D,12,L,1', '');
  lines.push('SECTION_COVER');
  for (let d = 0; d < H; d++) lines.push(`${d},E,2,100,1`, `${d},L,2,100,1`);
  return lines.join('\n') + '\n';
}

describe('construction for long horizons', () => {
  const m = compileNrp(parseNrpInstance(tightInstance()));

  it('splits the horizon into week-aligned windows and merges a short remainder', () => {
    expect(rowWindows(28)).toEqual([[0, 28]]);
    expect(rowWindows(84)).toEqual([
      [0, 28],
      [28, 56],
      [56, 84],
    ]);
    expect(rowWindows(63)).toEqual([
      [0, 28],
      [28, 56],
      [56, 63],
    ]);
    expect(rowWindows(60)).toEqual([
      [0, 28],
      [28, 60],
    ]);
  });

  it('pro-rates minutes by the days the employee can work, not by calendar days', () => {
    const a = proRataBounds(m, 0, 28, 0); // A is on holiday on days 30-39
    const c = proRataBounds(m, 2, 28, 0);
    expect(a.loMin).toBeGreaterThan(c.loMin);
    expect(proRataBounds(m, 0, 84, 0).loMin).toBe(24960);
    expect(proRataBounds(m, 0, 28, 1).loMin).toBe(a.loMin - 480);
  });

  it('builds a roster that respects every hard rule when contracts are tight', () => {
    const s = new NrpSearch(m);
    s.construct(new Rng(5), Date.now() + 30_000);
    const ev = evaluateNrp(m, s.x);
    expect(ev.violations).toEqual([]);
    expect(s.bestObjective).toBe(ev.objective);
  });

  it('repairs a row whose minutes are far below the contract', () => {
    const s = new NrpSearch(m);
    s.construct(new Rng(2), Date.now() + 30_000);
    // Empty employee C's last six weeks: about 30 shifts short, beyond what one window can absorb.
    s.writeRow(2, 42, 84, new Int16Array(42).fill(OFF), 0);
    expect(s.infeasible).toBe(1);
    s.repair(new Rng(3), Date.now() + 30_000);
    expect(s.infeasible).toBe(0);
    expect(evaluateNrp(m, s.x).feasible).toBe(true);
  });

  it('whole-row DP with priced weekends keeps the weekend limit', () => {
    const s = new NrpSearch(m);
    const bounds = {
      loMin: m.minMinutes[1]!,
      hiMin: m.maxMinutes[1]!,
      weekends: 4,
      typeCap: m.maxShifts.subarray(m.S, 2 * m.S),
      weekendPrice: 1e6,
    };
    const res = optimiseRow(m, 1, s.x, s.cnt, 0, m.H, 400_000, undefined, bounds);
    expect(res).not.toBeNull();
    const weekends = (row: Int16Array): number => {
      let n = 0;
      for (let w = 5; w + 1 < m.H; w += 7) if (row[w] !== OFF || row[w + 1] !== OFF) n++;
      return n;
    };
    expect(weekends(res!.row)).toBeLessThanOrEqual(4);
    // 52 shifts fit in twelve Monday-to-Friday weeks, so even no weekend at all is reachable.
    const none = optimiseRow(m, 1, s.x, s.cnt, 0, m.H, 400_000, undefined, { ...bounds, weekends: 0 });
    expect(none && weekends(none.row)).toBe(0);
  });
});
