// Solves the maintenance-plan MIP with HiGHS (WebAssembly). Synchronous and CPU-heavy: call it from the plan
// worker thread (plan-worker.ts), never on the server's main thread.
import * as highsModule from 'highs';
import type { Highs } from 'highs';
import {
  evaluate,
  greedyPlan,
  impossibleMustDos,
  planLp,
  type PlanAction,
  type PlanEvaluation,
  type PlanSettings,
  type Schedule,
} from './plan.js';

// The package is CommonJS-typed but loads as ESM under tsx; its default export is the loader either way.
const highsLoader = (highsModule as unknown as { default: () => Promise<Highs> }).default;
let highsPromise: Promise<Highs> | null = null;
const loadHighs = (): Promise<Highs> => (highsPromise ??= highsLoader());

export type SolvedPlan = {
  schedule: Schedule;
  evaluation: PlanEvaluation;
  status: string;
  /** Proven upper bound of the objective and the relative gap of the returned plan to it. */
  bound: number | null;
  gap: number | null;
  seconds: number;
  greedy: { schedule: Schedule; evaluation: PlanEvaluation; seconds: number };
  impossible: string[];
};

export async function solvePlan(
  actions: readonly PlanAction[],
  settings: PlanSettings,
  opts: { timeLimitSeconds?: number; mipRelGap?: number } = {},
): Promise<SolvedPlan> {
  const g0 = performance.now();
  const greedySchedule = greedyPlan(actions, settings);
  const greedy = {
    schedule: greedySchedule,
    evaluation: evaluate(actions, settings, greedySchedule),
    seconds: (performance.now() - g0) / 1000,
  };
  const impossible = impossibleMustDos(actions, settings);
  const t0 = performance.now();
  if (impossible.length > 0)
    return {
      schedule: greedySchedule,
      evaluation: greedy.evaluation,
      status: 'Infeasible',
      bound: null,
      gap: null,
      seconds: 0,
      greedy,
      impossible,
    };
  const highs = await loadHighs();
  const { lp, columns } = planLp(actions, settings);
  const model = highs.createModel({ format: 'lp', data: lp });
  try {
    model.options.set({
      output_flag: false,
      time_limit: opts.timeLimitSeconds ?? 30,
      mip_rel_gap: opts.mipRelGap ?? 0.005,
    });
    model.run();
    const status = highs.constants.modelStatus;
    const code = model.getModelStatus();
    const name = Object.entries(status).find(([, v]) => v === code)?.[0] ?? String(code);
    let schedule: Schedule = greedySchedule;
    let bound: number | null = null;
    if (code === status.optimal || code === status.timeLimit || code === status.solutionLimit) {
      const values = model.getSolution().colValue;
      const candidate: Schedule = actions.map(() => null);
      columns.forEach((c, j) => {
        if (values[j]! > 0.5) candidate[c.action] = c.year;
      });
      // A time-limited MIP may hold a worse incumbent than the greedy start: keep the better one.
      if (evaluate(actions, settings, candidate).objective >= greedy.evaluation.objective)
        schedule = candidate;
      const b = Number(model.info.get('mip_dual_bound'));
      bound = Number.isFinite(b) ? b : null;
    }
    const evaluation = evaluate(actions, settings, schedule);
    const gap = bound !== null && bound > 0 ? Math.max(0, (bound - evaluation.objective) / bound) : null;
    return {
      schedule,
      evaluation,
      status: name,
      bound,
      gap,
      seconds: (performance.now() - t0) / 1000,
      greedy,
      impossible,
    };
  } finally {
    model.dispose();
  }
}
