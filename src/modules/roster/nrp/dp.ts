// Exact re-optimisation of one employee's row on a window of days, all other employees fixed: a
// resource-constrained shortest path by dynamic programming. State after each day: the value worked (or off),
// the length of the current block (and whether it started on day 0, which exempts it from the minimum), the
// weekends used and the minutes used (in units of the gcd of shift lengths). Forbidden successions, maximum and
// minimum consecutive shifts, minimum days off, weekends, and total minutes are enforced exactly; the per-type
// maxima are handled by Lagrangian-style penalties that are raised until the row respects them.
import { coverCost, OFF, type NrpModel } from './model.js';

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

export interface DpResult {
  row: Int16Array;
  cost: number;
  /** True when no per-type penalty was needed, i.e. the row is optimal for the given costs. */
  exact: boolean;
}

/** Per-cell cost of giving employee e value v on day d (requests plus the exact change in cover penalty). */
export function cellCosts(
  m: NrpModel,
  e: number,
  x: Int16Array,
  cnt: Int32Array,
  a: number,
  b: number,
): Float64Array {
  const { H, S } = m;
  const S1 = S + 1;
  const c = new Float64Array((b - a) * S1);
  for (let d = a; d < b; d++) {
    const cur = x[e * H + d]!;
    for (let v = -1; v < S; v++) {
      let cost = m.cellCost[(e * H + d) * S1 + v + 1]!;
      if (v !== OFF) {
        const k = d * S + v;
        const n = cnt[k]! - (cur === v ? 1 : 0);
        cost += coverCost(m, k, n + 1) - coverCost(m, k, n);
      }
      c[(d - a) * S1 + v + 1] = cost;
    }
  }
  return c;
}

/** Overrides for building a long row window by window: totals allowed up to the end of the window. */
export interface WindowBounds {
  loMin: number;
  hiMin: number;
  weekends: number;
  typeCap: Int32Array;
  /**
   * Price per weekend worked instead of counting weekends in the state: the state shrinks by the number of
   * weekends, which makes whole-row DP on a year affordable; rows over the limit are rejected (null).
   */
  weekendPrice?: number;
  /** Handle every per-type cap by penalties (no exact count in the state): smaller state, faster. */
  untracked?: boolean;
}

/**
 * Work done by optimiseRow in this thread (days × states × values, summed over penalty rounds): a deterministic
 * measure of DP cost, so the search can budget DP steps without reading the clock (runs stay reproducible).
 */
export const dpWork = { units: 0 };

/** Best row for days [a, b) of employee e (a a multiple of 7; b a multiple of 7 or H), or null if none found. */
export function optimiseRow(
  m: NrpModel,
  e: number,
  x: Int16Array,
  cnt: Int32Array,
  a: number,
  b: number,
  maxStates = 400_000,
  costs?: Float64Array,
  bounds?: WindowBounds,
): DpResult | null {
  const { H, S } = m;
  const S1 = S + 1;
  const row = x.subarray(e * H, e * H + H);
  const maxC = m.maxCons[e]!;
  const minC = m.minCons[e]!;
  const minO = m.minOff[e]!;
  const capOff = Math.max(1, minO);
  let g = 0;
  for (let s = 0; s < S; s++) if (m.maxShifts[e * S + s]! > 0) g = gcd(m.minutes[s]!, g);
  if (g === 0) g = 1;
  let fixedMin = 0;
  const fixedType = new Int32Array(S);
  for (let d = 0; d < H; d++) {
    if (d >= a && d < b) continue;
    const v = row[d]!;
    if (v !== OFF) {
      fixedMin += m.minutes[v]!;
      fixedType[v]!++;
    }
  }
  let fixedWk = 0;
  for (let w = 5; w + 1 < H; w += 7)
    if ((w < a || w >= b) && (row[w]! !== OFF || row[w + 1]! !== OFF)) fixedWk++;
  const hiMin = (bounds ? bounds.hiMin : m.maxMinutes[e]!) - fixedMin;
  const loMin = (bounds ? bounds.loMin : m.minMinutes[e]!) - fixedMin;
  const Wc = (bounds ? bounds.weekends : m.maxWeekends[e]!) - fixedWk;
  if (hiMin < 0 || Wc < 0) return null;
  const M = Math.floor(hiMin / g);
  // Shifts that forbid the same successors behave alike in the state: group them into classes.
  const cls = new Int16Array(S);
  const rep: number[] = [];
  const rowKey = new Map<string, number>();
  for (let s = 0; s < S; s++) {
    const key = Array.from(m.forbidden.subarray(s * S, s * S + S)).join('');
    let c = rowKey.get(key);
    if (c === undefined) {
      c = rep.length;
      rowKey.set(key, c);
      rep.push(s);
    }
    cls[s] = c;
  }
  const C = rep.length;
  const nVL = capOff + C * 2 * maxC;
  // Track the count of the most binding capped shift type exactly in the state (others use penalties).
  let tracked = -2; // -2: none (-1 is OFF)
  let T = 0;
  {
    let bestCap = Infinity;
    for (let s = 0; s < S; s++) {
      const cap = (bounds ? bounds.typeCap[s]! : m.maxShifts[e * S + s]!) - fixedType[s]!;
      let avail = 0;
      for (let d = a; d < b; d++) avail += m.allowed[(e * H + d) * S + s]!;
      if (avail > 0 && cap < avail && cap < bestCap) {
        bestCap = cap;
        tracked = s;
      }
    }
    if (tracked >= 0 && bounds?.untracked) {
      if (bestCap < 0) return null;
      tracked = -2;
    } else if (tracked >= 0) {
      if (bestCap < 0) return null;
      T = bestCap;
      if (nVL * (Wc + 1) * (T + 1) * (M + 1) > maxStates) {
        tracked = -2;
        T = 0;
      }
    }
  }
  const priceWk = bounds?.weekendPrice !== undefined;
  const wkPrice = bounds?.weekendPrice ?? 0;
  const WT = ((priceWk ? 0 : Wc) + 1) * (T + 1);
  const NS = nVL * WT * (M + 1);
  // The back-pointer tables hold (days × states) entries at 6 bytes each: cap them at about 150 MB.
  if (NS > maxStates || (b - a) * NS > 25_000_000) return null;
  const vlV = new Int16Array(nVL);
  const vlL = new Int16Array(nVL);
  const vlEx = new Uint8Array(nVL);
  for (let L = 1; L <= capOff; L++) {
    vlV[L - 1] = OFF;
    vlL[L - 1] = L;
  }
  for (let c = 0; c < C; c++)
    for (let ex = 0; ex < 2; ex++)
      for (let L = 1; L <= maxC; L++) {
        const i = capOff + c * 2 * maxC + ex * maxC + L - 1;
        vlV[i] = rep[c]!;
        vlL[i] = L;
        vlEx[i] = ex;
      }
  const vlOf = (v: number, L: number, ex: number): number =>
    v === OFF ? Math.min(L, capOff) - 1 : capOff + cls[v]! * 2 * maxC + ex * maxC + L - 1;
  // Start state (the day before the window).
  let startVL: number;
  if (a === 0) startVL = capOff - 1;
  else {
    const v0 = row[a - 1]!;
    let j = a - 1;
    while (j >= 0 && (row[j]! === OFF) === (v0 === OFF)) j--;
    const len = a - 1 - j;
    startVL =
      v0 === OFF
        ? j < 0
          ? capOff - 1
          : vlOf(OFF, len, 0)
        : maxC === 0
          ? -1
          : vlOf(v0, Math.min(len, maxC), j < 0 ? 1 : 0);
    if (startVL < 0) return null;
  }
  // End condition: the fixed block starting at b.
  let endV = OFF;
  let endRun = 0;
  let endReaches = true;
  if (b < H) {
    endV = row[b]!;
    let j = b;
    while (j < H && (row[j]! === OFF) === (endV === OFF)) j++;
    endRun = j - b;
    endReaches = j === H;
  }
  const days = b - a;
  const shiftUnits = new Int32Array(S);
  for (let s = 0; s < S; s++) shiftUnits[s] = m.minutes[s]! / g;
  const base = costs ?? cellCosts(m, e, x, cnt, a, b);
  const lambda = new Float64Array(S);
  const back = new Int32Array(days * NS);
  const backV = new Int16Array(days * NS);
  let cur = new Float64Array(NS);
  let nxt = new Float64Array(NS);
  let curActive = new Uint8Array(nVL);
  let nxtActive = new Uint8Array(nVL);
  const WM = WT * (M + 1);
  for (let attempt = 0; attempt < 8; attempt++) {
    dpWork.units += days * NS * S1;
    cur.fill(Infinity);
    cur[startVL * WM] = 0;
    curActive.fill(0);
    curActive[startVL] = 1;
    for (let d = a; d < b; d++) {
      nxt.fill(Infinity);
      const sunday = d % 7 === 6 && d - 1 >= a;
      const cOff = (d - a) * S1;
      const bk = (d - a) * NS;
      nxtActive.fill(0);
      for (let vl = 0; vl < nVL; vl++) {
        if (!curActive[vl]) continue;
        const v = vlV[vl]!;
        const L = vlL[vl]!;
        const ex = vlEx[vl]!;
        for (let v2 = -1; v2 < S; v2++) {
          let vl2: number;
          let du = 0;
          if (v2 === OFF) {
            if (v !== OFF && !ex && L < minC) continue;
            vl2 = v === OFF ? Math.min(L + 1, capOff) - 1 : 0;
          } else {
            if (!m.allowed[(e * H + d) * S + v2] || maxC < 1) continue;
            if (v !== OFF) {
              if (m.forbidden[v * S + v2] || L + 1 > maxC) continue;
              vl2 = capOff + cls[v2]! * 2 * maxC + ex * maxC + L;
            } else {
              if (L < minO && d > 0) continue;
              vl2 = capOff + cls[v2]! * 2 * maxC + (d === 0 ? maxC : 0);
            }
            du = shiftUnits[v2]!;
          }
          const c = base[cOff + v2 + 1]! + (v2 === OFF ? 0 : lambda[v2]!);
          const wkWorked = sunday && (v !== OFF || v2 !== OFF);
          const wInc = wkWorked && !priceWk ? 1 : 0;
          const cw = wkWorked && priceWk ? c + wkPrice : c;
          const tInc = v2 === tracked ? 1 : 0;
          for (let wt = 0; wt < WT; wt++) {
            const w = Math.floor(wt / (T + 1));
            const t = wt - w * (T + 1);
            if (w + wInc > Wc || t + tInc > T) continue;
            const b1 = (vl * WT + wt) * (M + 1);
            const b2 = (vl2 * WT + (w + wInc) * (T + 1) + t + tInc) * (M + 1) + du;
            let any = false;
            for (let mu = 0; mu + du <= M; mu++) {
              const c2 = cur[b1 + mu]! + cw;
              if (c2 < nxt[b2 + mu]!) {
                nxt[b2 + mu] = c2;
                back[bk + b2 + mu] = b1 + mu;
                backV[bk + b2 + mu] = v2;
                any = true;
              }
            }
            if (any) nxtActive[vl2] = 1;
          }
        }
      }
      const ta = curActive;
      curActive = nxtActive;
      nxtActive = ta;
      const t = cur;
      cur = nxt;
      nxt = t;
    }
    // Close at the end of the window.
    let bestCost = Infinity;
    let bestState = -1;
    for (let vl = 0; vl < nVL; vl++) {
      const v = vlV[vl]!;
      const L = vlL[vl]!;
      const ex = vlEx[vl]!;
      if (b < H) {
        if (v !== OFF && endV !== OFF) {
          if (m.forbidden[v * S + endV] || L + endRun > maxC || (!ex && !endReaches && L + endRun < minC))
            continue;
        } else if (v === OFF && endV === OFF) {
          if (!endReaches && L + endRun < minO) continue;
        } else {
          if (v !== OFF ? !ex && L < minC : L < minO) continue;
          if (endV !== OFF ? !endReaches && endRun < minC : !endReaches && endRun < minO) continue;
        }
      }
      for (let wt = 0; wt < WT; wt++)
        for (let mu = 0; mu <= M; mu++) {
          if (mu * g < loMin) continue;
          const si = (vl * WT + wt) * (M + 1) + mu;
          if (cur[si]! < bestCost) {
            bestCost = cur[si]!;
            bestState = si;
          }
        }
    }
    if (bestState < 0) return null;
    const out = new Int16Array(days);
    let si = bestState;
    for (let d = b - 1; d >= a; d--) {
      out[d - a] = backV[(d - a) * NS + si]!;
      si = back[(d - a) * NS + si]!;
    }
    const types = Int32Array.from(fixedType);
    for (const v of out) if (v !== OFF) types[v]!++;
    let ok = true;
    for (let s = 0; s < S; s++) {
      const cap = bounds ? bounds.typeCap[s]! : m.maxShifts[e * S + s]!;
      if (types[s]! > cap) {
        ok = false;
        // Later attempts ban the type outright, so a row within the caps is found whenever one exists.
        lambda[s] = attempt >= 5 ? 1e7 : lambda[s]! * 2 + 20 + (types[s]! - cap) * 10;
      }
    }
    if (priceWk) {
      let wk = 0;
      for (let w = a + 5; w + 1 < b; w += 7) if (out[w - a]! !== OFF || out[w + 1 - a]! !== OFF) wk++;
      if (wk > Wc) return null;
    }
    if (ok) {
      let cost = 0;
      for (let d = a; d < b; d++) cost += base[(d - a) * S1 + out[d - a]! + 1]!;
      return { row: out, cost, exact: attempt === 0 };
    }
  }
  return null;
}
