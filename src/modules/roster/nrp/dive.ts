// Diving heuristic over the column-generation master ("price and dive"). Solve the master LP to convergence, fix
// every employee whose row is already integral or, failing that, the employee whose best row has the largest
// LP value, re-price the rest with the true duals, and repeat until every employee has a fixed row. On these
// instances the LP bound is within a few units of the optimum (Instance8: 1296.6 against 1300; 10, 11 and 12 are
// tight), so following the LP finds near-optimal rosters that the integer master over a fixed pool and the local
// search miss. A fix that makes the LP jump is undone and its row banned (limited backtracking): on Instance7
// the last fractional fix moved the LP from 1067.5 to 1162.
import type { ColumnGenerator } from './colgen.js';
import { OFF } from './model.js';

export interface DiveOptions {
  /** Pricing rounds per node at most (re-convergence after a fix). */
  priceRounds?: number;
  /** Undo a fractional fix whose LP rise exceeds max(absolute, relative × LP); at most `backtracks` times. */
  jumpAbsolute?: number;
  jumpRelative?: number;
  backtracks?: number;
  /**
   * Time the dive may take (ms, default 80 % of what is left before the deadline). When fixing one employee per
   * LP would overrun it (Instance12: a degenerate LP at 4040 for 60 steps, 0.2 s per re-solve in WebAssembly),
   * the number of fractional rows fixed per step (those at ≥ 0.5) is doubled.
   */
  budgetMs?: number;
  /** Stop re-pricing a node once its Lagrangian bound is within 1 of the LP (default true). */
  earlyStop?: boolean;
}

export const diveStats = { lps: 0, lpMs: 0, priceMs: 0, steps: 0, backtracks: 0 };

/** One dive; returns a roster (one generated row per employee) or null on timeout. The master is restored. */
export function dive(cg: ColumnGenerator, deadline: number, opts: DiveOptions = {}): Int16Array | null {
  const { E, H } = cg.m;
  const priceRounds = opts.priceRounds ?? 30;
  const maxBacktracks = opts.backtracks ?? Math.ceil(E / 2);
  const fixed = new Uint8Array(E);
  const fixedCol = new Int32Array(E).fill(-1);
  const banned: number[] = [];
  const model = cg.model;
  const optimal = cg.highs.constants.modelStatus.optimal;
  let left = E;
  let backtracks = 0;
  const started = Date.now();
  const budget = opts.budgetMs ?? (deadline - started) * 0.8;
  let batch = 1;
  // The last single fractional fix, undone when it makes the LP jump.
  let last: { e: number; lpBefore: number } | null = null;
  try {
    while (left > 0) {
      if (Date.now() > deadline) return null;
      let value: Float64Array | null = null;
      let lp = 0;
      for (let round = 0; ; round++) {
        cg.sync();
        const tl = Date.now();
        cg.runUntil(deadline);
        diveStats.lpMs += Date.now() - tl;
        diveStats.lps++;
        if (model.getModelStatus() !== optimal) return null;
        const sol = model.getSolution();
        value = sol.colValue;
        lp = model.getObjectiveValue();
        if (round >= priceRounds) break;
        const dual = sol.rowDual;
        const y = cg.clampDuals(dual.subarray(0, cg.nCover));
        const tp = Date.now();
        const r = cg.priceAll(y, y, dual.subarray(cg.nCover, cg.nCover + E), deadline, fixed);
        diveStats.priceMs += Date.now() - tp;
        if (r === 'too-large' || r === 'timeout') return null;
        // Objectives are integers: once the node's Lagrangian bound is within 1 of the LP, more columns cannot
        // change what this node is worth, only which rows carry it.
        if (r.added === 0 || (opts.earlyStop !== false && r.minRc > -1 + 1e-6)) break;
      }
      cg.sync();
      const jump = Math.max(opts.jumpAbsolute ?? 2, (opts.jumpRelative ?? 0.002) * Math.abs(lp));
      if (last && lp > last.lpBefore + jump && backtracks < maxBacktracks) {
        const j = fixedCol[last.e]!;
        model.changeColBounds(cg.firstCol + j, 0, 0);
        banned.push(j);
        fixed[last.e] = 0;
        fixedCol[last.e] = -1;
        left++;
        backtracks++;
        diveStats.backtracks++;
        last = null;
        continue;
      }
      const bestCol = new Int32Array(E).fill(-1);
      const bestVal = new Float64Array(E);
      for (let j = 0; j < cg.rows.length; j++) {
        const e = cg.owner[j]!;
        if (fixed[e]) continue;
        const v = value[cg.firstCol + j]!;
        if (v > bestVal[e]!) {
          bestVal[e] = v;
          bestCol[e] = j;
        }
      }
      const chosen: number[] = [];
      for (let e = 0; e < E; e++) if (!fixed[e] && bestCol[e]! >= 0 && bestVal[e]! >= 0.99) chosen.push(e);
      last = null;
      if (chosen.length === 0) {
        let pick = -1;
        for (let e = 0; e < E; e++)
          if (!fixed[e] && bestCol[e]! >= 0 && (pick < 0 || bestVal[e]! > bestVal[pick]!)) pick = e;
        if (pick < 0) return null;
        chosen.push(pick);
        last = { e: pick, lpBefore: lp };
        // Projected time at the current pace; batch the fractional fixes when it would overrun the budget.
        const elapsed = Date.now() - started;
        const fixedSoFar = E - left;
        if (fixedSoFar > 0 && elapsed + (elapsed / fixedSoFar) * left > budget)
          batch = Math.min(left, batch * 2);
        if (batch > 1) {
          last = null;
          const more: number[] = [];
          for (let e = 0; e < E; e++)
            if (e !== pick && !fixed[e] && bestCol[e]! >= 0 && bestVal[e]! >= 0.5) more.push(e);
          more.sort((p, q) => bestVal[q]! - bestVal[p]!);
          chosen.push(...more.slice(0, batch - 1));
        }
      }
      diveStats.steps++;
      if (process.env.NRP_DIVE_DEBUG)
        console.error(
          `    dive: lp ${lp.toFixed(2)} fix ${chosen.map((e) => bestVal[e]!.toFixed(2)).join(' ')}, ${left} left`,
        );
      for (const e of chosen) {
        fixed[e] = 1;
        fixedCol[e] = bestCol[e]!;
        left--;
        model.changeColBounds(cg.firstCol + bestCol[e]!, 1, 1);
      }
    }
    const roster = new Int16Array(E * H).fill(OFF);
    for (let e = 0; e < E; e++) roster.set(cg.rows[fixedCol[e]!]!, e * H);
    return roster;
  } finally {
    for (const j of fixedCol) if (j >= 0) model.changeColBounds(cg.firstCol + j, 0, cg.highs.infinity);
    for (const j of banned) model.changeColBounds(cg.firstCol + j, 0, cg.highs.infinity);
  }
}
