import { describe, expect, it } from 'vitest';
import { optimiseRow } from './dp.js';
import { parseNrpInstance } from './instance.js';
import { compileNrp, evaluateNrp, OFF } from './model.js';
import { Rng } from './rng.js';
import { NrpSearch } from './search.js';
import { solveNrpText } from './solver.js';
import { TINY } from './tiny.test-helpers.js';

const m = compileNrp(parseNrpInstance(TINY));

describe('incremental (delta) evaluation', () => {
  it('keeps cached totals equal to a full recomputation during annealing', () => {
    const s = new NrpSearch(m);
    const rng = new Rng(3);
    for (let round = 0; round < 20; round++) {
      s.anneal(rng, { iterations: 2000, t0: 50, t1: 1, deadline: Date.now() + 10_000 });
      const incremental = { obj: s.objective(), inf: s.infeasible };
      s.recompute();
      expect({ obj: s.objective(), inf: s.infeasible }).toEqual(incremental);
      if (s.infeasible === 0) expect(evaluateNrp(m, s.x).objective).toBe(s.objective());
    }
    expect(s.bestObjective).toBeLessThan(Infinity);
    expect(evaluateNrp(m, s.best).feasible).toBe(true);
  });
});

describe('exact row re-optimisation (dynamic programming)', () => {
  it('matches brute force over all rows of one employee', () => {
    const rng = new Rng(9);
    const x = new Int16Array(m.E * m.H).map(() => rng.int(m.S + 1) - 1);
    for (let e = 0; e < m.E; e++) {
      const s = new NrpSearch(m, x);
      const res = optimiseRow(m, e, s.x, s.cnt, 0, m.H);
      // Enumerate all 3^7 rows; keep those where employee e breaks no rule; compare the objective.
      let best = Infinity;
      const row = new Int16Array(m.H);
      for (let code = 0; code < 3 ** m.H; code++) {
        let c = code;
        for (let d = 0; d < m.H; d++) {
          row[d] = (c % 3) - 1;
          c = Math.floor(c / 3);
        }
        const y = Int16Array.from(x);
        y.set(row, e * m.H);
        const ev = evaluateNrp(m, y);
        if (ev.violations.some((v) => v.startsWith(`${m.staffIds[e]} `) || v.startsWith(`${m.staffIds[e]}:`)))
          continue;
        best = Math.min(best, ev.objective);
      }
      const y = Int16Array.from(x);
      if (res) y.set(res.row, e * m.H);
      expect(res ? evaluateNrp(m, y).objective : Infinity).toBe(best);
    }
  });
  it('returns rows that respect the employee rules', () => {
    const s = new NrpSearch(m);
    s.construct(new Rng(1), Date.now() + 10_000);
    expect(evaluateNrp(m, s.x).feasible).toBe(true);
    expect(s.x.some((v) => v !== OFF)).toBe(true);
  });
});

describe('solver', () => {
  it('is reproducible for a given seed and thread count', async () => {
    const run = async (seed: number, threads: number, columnGeneration: boolean): Promise<string> => {
      const r = await solveNrpText(TINY, {
        deadline: Date.now() + 60_000,
        seed,
        threads,
        maxEpochs: 3,
        columnGeneration,
        epochIterations: 20_000,
      });
      return `${r.evaluation?.objective}:${r.roster?.join(',')}`;
    };
    expect(await run(7, 1, true)).toBe(await run(7, 1, true));
    expect(await run(7, 2, false)).toBe(await run(7, 2, false));
  }, 90_000);
  it('finds the optimum of the tiny instance and proves it with the column generation bound', async () => {
    const r = await solveNrpText(TINY, { deadline: Date.now() + 20_000, seed: 1, threads: 1 });
    expect(r.evaluation?.feasible).toBe(true);
    expect(r.optimal).toBe(true);
    expect(r.evaluation?.objective).toBe(Math.ceil(r.lowerBound - 1e-6));
  }, 60_000);
});
