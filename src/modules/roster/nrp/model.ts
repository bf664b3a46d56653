// A compiled, array-based form of a Curtois & Qu instance for fast search, and the exact benchmark objective.
// A roster is an Int16Array of staff × horizon cells: -1 for a day off, otherwise a shift index.
import type { NrpInstance } from './instance.js';

export const OFF = -1;

export interface NrpModel {
  instance: NrpInstance;
  E: number;
  H: number;
  S: number;
  shiftIds: string[];
  staffIds: string[];
  minutes: Int32Array;
  /** forbidden[a * S + b] = 1 when shift b may not follow shift a on the next day. */
  forbidden: Uint8Array;
  maxShifts: Int32Array; // E × S
  maxMinutes: Int32Array;
  minMinutes: Int32Array;
  maxCons: Int32Array;
  minCons: Int32Array;
  minOff: Int32Array;
  maxWeekends: Int32Array;
  /** allowed[(e * H + d) * S + s] = 1 when e may work s on d (type not capped at 0, not a fixed day off). */
  allowed: Uint8Array;
  /** Request penalty for each cell value: cellCost[(e * H + d) * (S + 1) + v + 1]. */
  cellCost: Int32Array;
  req: Int32Array; // H × S
  underW: Int32Array;
  overW: Int32Array;
}

export function compileNrp(inst: NrpInstance): NrpModel {
  const E = inst.staff.length;
  const H = inst.horizon;
  const S = inst.shifts.length;
  const shiftIds = inst.shifts.map((s) => s.id);
  const staffIds = inst.staff.map((e) => e.id);
  const sIndex = new Map(shiftIds.map((id, i) => [id, i]));
  const eIndex = new Map(staffIds.map((id, i) => [id, i]));
  const si = (id: string): number => sIndex.get(id) ?? -1;
  const ei = (id: string): number => eIndex.get(id) ?? -1;
  const minutes = Int32Array.from(inst.shifts.map((s) => s.minutes));
  const forbidden = new Uint8Array(S * S);
  inst.shifts.forEach((s, a) => s.cannotFollow.forEach((b) => (forbidden[a * S + si(b)] = 1)));
  const maxShifts = new Int32Array(E * S);
  const col = <K extends keyof NrpInstance['staff'][number]>(k: K): Int32Array =>
    Int32Array.from(inst.staff.map((e) => Number(e[k])));
  inst.staff.forEach((e, i) => shiftIds.forEach((s, j) => (maxShifts[i * S + j] = e.maxShifts[s] ?? 0)));
  const allowed = new Uint8Array(E * H * S);
  for (let e = 0; e < E; e++) {
    for (let d = 0; d < H; d++)
      for (let s = 0; s < S; s++) allowed[(e * H + d) * S + s] = (maxShifts[e * S + s] ?? 0) > 0 ? 1 : 0;
    for (const d of inst.daysOff[staffIds[e] ?? ''] ?? [])
      allowed.fill(0, (e * H + d) * S, (e * H + d + 1) * S);
  }
  const cellCost = new Int32Array(E * H * (S + 1));
  for (const q of inst.onRequests) {
    const base = (ei(q.employee) * H + q.day) * (S + 1);
    for (let v = -1; v < S; v++)
      if (v !== si(q.shift)) cellCost[base + v + 1] = (cellCost[base + v + 1] ?? 0) + q.weight;
  }
  for (const q of inst.offRequests) {
    const at = (ei(q.employee) * H + q.day) * (S + 1) + si(q.shift) + 1;
    cellCost[at] = (cellCost[at] ?? 0) + q.weight;
  }
  const req = new Int32Array(H * S);
  const underW = new Int32Array(H * S);
  const overW = new Int32Array(H * S);
  for (const c of inst.cover) {
    const k = c.day * S + si(c.shift);
    req[k] = c.requirement;
    underW[k] = c.underWeight;
    overW[k] = c.overWeight;
  }
  return {
    instance: inst,
    E,
    H,
    S,
    shiftIds,
    staffIds,
    minutes,
    forbidden,
    maxShifts,
    maxMinutes: col('maxMinutes'),
    minMinutes: col('minMinutes'),
    maxCons: col('maxConsecutive'),
    minCons: col('minConsecutive'),
    minOff: col('minConsecutiveOff'),
    maxWeekends: col('maxWeekends'),
    allowed,
    cellCost,
    req,
    underW,
    overW,
  };
}

export function coverCost(m: NrpModel, k: number, n: number): number {
  const r = m.req[k] ?? 0;
  return n < r ? (r - n) * (m.underW[k] ?? 0) : (n - r) * (m.overW[k] ?? 0);
}

export interface NrpEvaluation {
  objective: number;
  feasible: boolean;
  requests: number;
  cover: number;
  violations: string[];
}

/** Full evaluation with the benchmark's semantics (hard rules listed, soft penalties summed). */
export function evaluateNrp(m: NrpModel, x: Int16Array): NrpEvaluation {
  const { E, H, S } = m;
  const violations: string[] = [];
  let requests = 0;
  const counts = new Int32Array(H * S);
  for (let e = 0; e < E; e++) {
    const id = m.staffIds[e];
    const perType = new Int32Array(S);
    let mins = 0;
    for (let d = 0; d < H; d++) {
      const v = x[e * H + d] ?? OFF;
      requests += m.cellCost[(e * H + d) * (S + 1) + v + 1] ?? 0;
      if (v === OFF) continue;
      counts[d * S + v]!++;
      perType[v]!++;
      mins += m.minutes[v] ?? 0;
      if (!m.allowed[(e * H + d) * S + v] && (m.maxShifts[e * S + v] ?? 0) > 0)
        violations.push(`${id} day ${d}: works on a fixed day off`);
      const next = d + 1 < H ? (x[e * H + d + 1] ?? OFF) : OFF;
      if (next !== OFF && m.forbidden[v * S + next])
        violations.push(`${id} day ${d}: ${m.shiftIds[next]} may not follow ${m.shiftIds[v]}`);
    }
    for (let s = 0; s < S; s++) {
      if ((perType[s] ?? 0) > (m.maxShifts[e * S + s] ?? 0))
        violations.push(`${id}: ${perType[s]} shifts of ${m.shiftIds[s]} > max ${m.maxShifts[e * S + s]}`);
    }
    if (mins > (m.maxMinutes[e] ?? 0)) violations.push(`${id}: ${mins} min > max ${m.maxMinutes[e]}`);
    if (mins < (m.minMinutes[e] ?? 0)) violations.push(`${id}: ${mins} min < min ${m.minMinutes[e]}`);
    let d = 0;
    while (d < H) {
      const working = (x[e * H + d] ?? OFF) !== OFF;
      let j = d;
      while (j < H && ((x[e * H + j] ?? OFF) !== OFF) === working) j++;
      const len = j - d;
      const inner = d > 0 && j < H;
      if (working && len > (m.maxCons[e] ?? 0))
        violations.push(`${id} days ${d}-${j - 1}: ${len} consecutive shifts > max`);
      if (working && inner && len < (m.minCons[e] ?? 0))
        violations.push(`${id} days ${d}-${j - 1}: ${len} consecutive shifts < min`);
      if (!working && inner && len < (m.minOff[e] ?? 0))
        violations.push(`${id} days ${d}-${j - 1}: ${len} days off < min`);
      d = j;
    }
    let weekends = 0;
    for (let w = 0; w * 7 + 6 < H; w++)
      if ((x[e * H + w * 7 + 5] ?? OFF) !== OFF || (x[e * H + w * 7 + 6] ?? OFF) !== OFF) weekends++;
    if (weekends > (m.maxWeekends[e] ?? 0))
      violations.push(`${id}: ${weekends} weekends > max ${m.maxWeekends[e]}`);
  }
  let cover = 0;
  for (let k = 0; k < H * S; k++) cover += coverCost(m, k, counts[k] ?? 0);
  return { objective: requests + cover, feasible: violations.length === 0, requests, cover, violations };
}
