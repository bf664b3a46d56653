// Planner benchmark: the demo plejecenter (30 employees, 4 weeks) and a home-care district (80 employees,
// 8 weeks) through the planner engine (the same as `rodtrad roster plan` and the app's optimisation job):
// time to the first roster with no hard violation and the objective (soft penalty) at 10 s and 60 s.
// Run: npx tsx bench/roster-plan/run.ts [--seconds 60] [--threads 2]
import { sampleScenario } from '../../src/modules/roster/domain/sample-scenarios.js';
import { scenarioToModel } from '../../src/modules/roster/domain/scenario.js';
import { planRoster } from '../../src/modules/roster/planner/engine.js';
import { loadavg } from 'node:os';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const seconds = arg('--seconds', 60);
const threads = arg('--threads', 2);
const cases = [
  { name: 'plejecenter 30 × 4 uger', scenario: sampleScenario(30, '2027-02-01', 28) },
  { name: 'hjemmeplejedistrikt 80 × 8 uger', scenario: sampleScenario(80, '2027-02-01', 56) },
];
for (const c of cases) {
  const model = scenarioToModel(c.scenario);
  const t0 = Date.now();
  let firstFeasible: number | null = null;
  let at10: number | null = null;
  const result = await planRoster(model, {
    deadline: t0 + seconds * 1000,
    threads,
    seed: 1,
    signal: new AbortController().signal,
    onProgress: (p) => {
      const s = (Date.now() - t0) / 1000;
      if (p.hard === 0 && firstFeasible === null) firstFeasible = s;
      if (s <= 10) at10 = p.hard === 0 ? p.penalty : null;
    },
  });
  console.log(
    JSON.stringify({
      case: c.name,
      threads,
      firstFeasibleSeconds: firstFeasible,
      objectiveAt10s: at10,
      [`objectiveAt${seconds}s`]: result.hard === 0 ? result.penalty : null,
      hardAtEnd: result.hard,
      load: loadavg()
        .map((x) => x.toFixed(1))
        .join(' '),
    }),
  );
}
