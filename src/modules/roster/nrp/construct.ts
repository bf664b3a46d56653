// Construction of a first roster that respects the hard rules, and a repair phase for rows that still break one.
// Long horizons are built window by window (about four weeks each). Each window's row must keep the
// employee's running totals (minutes, weekends, shifts per type) close to their pro-rata share of the
// contract, so the last window can always reach the minimum minutes: with a loose lower bound every window
// takes the cheapest (shortest) row and the deficit piles up at the end, where it cannot be recovered.
import { cellCosts, optimiseRow, type WindowBounds } from './dp.js';
import { OFF, type NrpModel } from './model.js';
import type { Rng } from './rng.js';
import type { NrpSearch } from './search.js';

/** Week-aligned windows of `size` days; a remainder shorter than a week joins the last window. */
export function rowWindows(H: number, size = 28): Array<[number, number]> {
  if (H <= size) return [[0, H]];
  const out: Array<[number, number]> = [];
  for (let a = 0; a < H;) {
    let b = Math.min(H, a + size);
    if (H - b < 7) b = H;
    out.push([a, b]);
    a = b;
  }
  return out;
}

function longestShift(m: NrpModel, e: number): number {
  let len = 0;
  for (let s = 0; s < m.S; s++) if (m.maxShifts[e * m.S + s]! > 0) len = Math.max(len, m.minutes[s]!);
  return len;
}

/**
 * Running totals allowed up to day b (exclusive) for employee e: the pro-rata share of the contract, widened
 * by `relax` shifts when the tight version has no row.
 */
export function proRataBounds(m: NrpModel, e: number, b: number, relax: number): WindowBounds {
  // Many shift types make the exact state large: price weekends and cap types by penalties instead.
  const light: Partial<WindowBounds> = m.S > 12 ? { weekendPrice: 100, untracked: true } : {};
  const { H, S } = m;
  const caps = m.maxShifts.subarray(e * S, e * S + S);
  const len = longestShift(m, e);
  if (b >= H) {
    return {
      loMin: m.minMinutes[e]! - relax * len,
      hiMin: m.maxMinutes[e]!,
      weekends: m.maxWeekends[e]!,
      typeCap: caps,
      ...light,
    };
  }
  // Share of the days the employee can work (fixed days off excluded), not of calendar days: a long holiday
  // must not leave the weeks after it with an unreachable target.
  let avail = 0;
  let availBefore = 0;
  for (let d = 0; d < H; d++) {
    let can = 0;
    for (let t = 0; t < S && !can; t++) can = m.allowed[(e * H + d) * S + t]!;
    avail += can;
    if (d < b) availBefore += can;
  }
  const f = avail > 0 ? availBefore / avail : b / H;
  const lo = Math.floor(m.minMinutes[e]! * f) - relax * len;
  const hi = Math.min(m.maxMinutes[e]!, Math.max(Math.ceil(m.maxMinutes[e]! * f), lo + len) + relax * len);
  const typeCap = new Int32Array(S);
  for (let s = 0; s < S; s++) typeCap[s] = Math.min(caps[s]!, Math.ceil(caps[s]! * f) + relax);
  return {
    loMin: lo,
    hiMin: hi,
    weekends: Math.min(m.maxWeekends[e]!, Math.ceil((m.maxWeekends[e]! * b) / H) + relax),
    typeCap,
    ...light,
  };
}

/** Employees in random order each get their best row given those already placed (exact DP per window). */
export function constructRoster(s: NrpSearch, rng: Rng, deadline: number): void {
  const { E, H, S } = s.m;
  const m = s.m;
  const order = Array.from({ length: E }, (_, i) => i);
  for (let i = E - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const wins = rowWindows(H);
  const loose = (e: number): WindowBounds => ({
    loMin: 0,
    hiMin: m.maxMinutes[e]!,
    weekends: m.maxWeekends[e]!,
    typeCap: m.maxShifts.subarray(e * S, e * S + S),
  });
  for (const e of order) {
    for (const [a, b] of wins) {
      if (Date.now() > deadline) return;
      let res = null;
      res = optimiseRow(m, e, s.x, s.cnt, a, b, 400_000, undefined, proRataBounds(m, e, b, 0));
      // Strong cover incentives can keep the per-type penalties from converging (the row piles onto the
      // types the cover needs): retry with the cell costs damped, so the caps dominate and a row is found.
      const damped = res ? undefined : cellCosts(m, e, s.x, s.cnt, a, b).map((c) => c * 0.01);
      for (let relax = 0; relax < 4 && !res; relax++)
        res = optimiseRow(m, e, s.x, s.cnt, a, b, 400_000, damped, proRataBounds(m, e, b, relax));
      res ??= optimiseRow(m, e, s.x, s.cnt, a, b, 400_000, undefined, loose(e));
      if (res) s.writeRow(e, a, b, res.row, 0);
    }
  }
}

function workedMinutes(m: NrpModel, x: Int16Array, e: number): number {
  let mins = 0;
  for (let d = 0; d < m.H; d++) {
    const v = x[e * m.H + d]!;
    if (v !== OFF) mins += m.minutes[v]!;
  }
  return mins;
}

/** Whole-row DP with weekends priced rather than counted (affordable on a year); raise the price until the
 * row respects the weekend limit. */
function repairWholeRow(s: NrpSearch, e: number): void {
  const m = s.m;
  for (const price of [0, 30, 300, 3000, 1e6]) {
    if (s.hard[e]! === 0) return;
    s.reoptimise(
      e,
      0,
      m.H,
      {
        loMin: m.minMinutes[e]!,
        hiMin: m.maxMinutes[e]!,
        weekends: m.maxWeekends[e]!,
        typeCap: m.maxShifts.subarray(e * m.S, (e + 1) * m.S),
        weekendPrice: price,
      },
      true,
    );
  }
}

/**
 * Repair rows that break a hard rule: re-optimise the row window by window with the exact totals; then the
 * whole row (weekends priced); when neither can absorb the whole minutes deficit (or excess), move the total
 * one shift at a time over ever wider windows.
 */
export function repairRoster(s: NrpSearch, rng: Rng, deadline: number): void {
  const m = s.m;
  const { E, H, S } = m;
  for (let pass = 0; pass < 6 && s.infeasible > 0; pass++) {
    if (pass === 1)
      for (let e = 0; e < E && Date.now() < deadline; e++) if (s.hard[e]! > 0) repairWholeRow(s, e);
    // Wider windows on later passes: a row far from its minutes needs restructuring across many weeks.
    const wins = rowWindows(H, Math.min(H, 28 << Math.min(pass, 3)));
    for (let e = 0; e < E; e++) {
      if (s.hard[e]! === 0) continue;
      const order = wins.slice();
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const [a, b] of order) {
        if (s.hard[e]! === 0) break;
        if (Date.now() > deadline) return;
        s.reoptimise(e, a, b, undefined, true);
        if (s.hard[e]! === 0) break;
        const mins = workedMinutes(m, s.x, e);
        // At least one more (or one fewer) minute: the row must gain (or lose) a shift.
        const step: WindowBounds = {
          loMin: Math.min(m.minMinutes[e]!, mins + 1),
          hiMin: Math.max(m.maxMinutes[e]!, mins - 1),
          weekends: m.maxWeekends[e]!,
          typeCap: m.maxShifts.subarray(e * S, e * S + S),
        };
        if (mins < m.minMinutes[e]! || mins > m.maxMinutes[e]!) s.reoptimise(e, a, b, step, true);
      }
    }
  }
}
