// Rule check after a single edit in the grid, for 80 employees × 8 weeks: the full re-evaluation the API does
// on every cell change (explainViolations + coverage). Prints p50/p99 in ms.
// Run: npx tsx bench/roster-plan/edit-check.ts
import { explainViolations } from '../../src/modules/roster/domain/evaluate.js';
import { sampleScenario } from '../../src/modules/roster/domain/sample-scenarios.js';
import { scenarioToModel } from '../../src/modules/roster/domain/scenario.js';
import { solveRoster } from '../../src/modules/roster/domain/solve.js';
import { indexDemand, shiftCoverage } from '../../src/modules/roster/domain/coverage.js';
import { Rng } from '../../src/modules/roster/nrp/rng.js';
import { dayCoverPenalty, employeeScore } from '../../src/modules/roster/domain/evaluate.js';
import { indexModel } from '../../src/modules/roster/domain/rules.js';

const model = scenarioToModel(sampleScenario(80, '2027-02-01', 56));
const { roster } = solveRoster(model, { seed: 1, iterations: 0 });
const rng = new Rng(7);
const values = [null, 'D', 'A', 'N'];
const times: number[] = [];
const delta: number[] = [];
const ix = indexModel(model);
const demand = indexDemand(model);
for (let i = 0; i < 300; i++) {
  const e = rng.int(model.employees.length);
  const d = rng.int(model.days);
  roster[e]![d] = values[rng.int(values.length)]!;
  const t0 = performance.now();
  explainViolations(model, roster);
  shiftCoverage(model, roster, indexDemand(model));
  times.push(performance.now() - t0);
  // The delta check: the edited employee's row and the edited day's coverage only.
  const t1 = performance.now();
  employeeScore(model, ix, e, roster[e]!);
  dayCoverPenalty(model, demand, roster, d);
  delta.push(performance.now() - t1);
}
delta.sort((a, b) => a - b);
times.sort((a, b) => a - b);
const q = (p: number, xs = times) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(2);
console.log(
  JSON.stringify({
    employees: 80,
    days: 56,
    edits: times.length,
    full: { p50ms: q(0.5), p99ms: q(0.99) },
    delta: { p50ms: q(0.5, delta), p99ms: q(0.99, delta) },
  }),
);
