// The 10-year maintenance plan: choose a year (or none) for every recommended action so that the portfolio's
// condition, weighted by building importance and risk, is as good as possible within each year's budget.
//
// Model (solved as a MIP by plan-mip.ts, with a greedy priority list as baseline):
//   x[i,t] ∈ {0,1}: do action i in plan year t (0 … H−1);  Σ_t x[i,t] ≤ 1  (= 1 for must-do actions)
//   x[i,t] = 0 for years before the action's not-before year;  Σ_i cost[i,t]·x[i,t] ≤ budget[t]
//   maximise Σ value[i,t]·x[i,t]
// value[i,t] = weight[i] · (gain[i]·(H − t) + ρ·((H − r)⁺ − (t − r)⁺)): the grade points gained for the rest
// of the horizon, plus the deterioration avoided after the recommended year r. Postponing past r also makes
// the action dearer: cost[i,t] = cost[i]·(1 + δ)^((t − r)⁺).

export const HORIZON = 10;

export type PlanAction = {
  id: string;
  buildingId: string;
  cost: number;
  /** Current grade 1–5; the action brings the part to grade 1. */
  grade: number;
  /** Recommended calendar year (may be in the past: overdue). */
  year: number;
  importance: number;
  safety: boolean;
  water: boolean;
  energy: boolean;
  mustDo: boolean;
  notBefore: number | null;
};

export type PlanSettings = {
  firstYear: number;
  budgets: number[];
  /** Yearly cost increase of a postponed action (0.04 = 4 %). */
  costGrowth: number;
  /** Grade points a part deteriorates per year after its recommended year. */
  deterioration: number;
};

export const DEFAULT_SETTINGS = { costGrowth: 0.04, deterioration: 0.25 } as const;

export function weightOf(a: PlanAction): number {
  return a.importance * (1 + (a.safety ? 1 : 0) + (a.water ? 0.5 : 0) + (a.energy ? 0.3 : 0));
}

const pos = (x: number) => (x > 0 ? x : 0);

export function costAt(a: PlanAction, s: PlanSettings, t: number): number {
  const r = a.year - s.firstYear;
  return a.cost * (1 + s.costGrowth) ** pos(t - r);
}

export function valueAt(a: PlanAction, s: PlanSettings, t: number): number {
  const r = a.year - s.firstYear;
  const H = s.budgets.length;
  return weightOf(a) * ((a.grade - 1) * (H - t) + s.deterioration * (pos(H - r) - pos(t - r)));
}

export function firstAllowed(a: PlanAction, s: PlanSettings): number {
  return a.notBefore === null ? 0 : Math.max(0, a.notBefore - s.firstYear);
}

/** Plan year per action (index into budgets), or null when it is not done within the horizon. */
export type Schedule = (number | null)[];

export type PlanEvaluation = {
  objective: number;
  spent: number[];
  /** Importance-weighted mean grade of the planned parts per year (after that year's work). */
  condition: number[];
  /** Mean over the horizon of `condition`: one figure to compare plans (lower is better). */
  meanCondition: number;
  chosen: number;
  mustDoMissing: number;
  overBudget: boolean;
};

export function evaluate(
  actions: readonly PlanAction[],
  s: PlanSettings,
  schedule: Schedule,
): PlanEvaluation {
  const H = s.budgets.length;
  const spent = new Array<number>(H).fill(0);
  const weighted = new Array<number>(H).fill(0);
  let weights = 0;
  let objective = 0;
  let chosen = 0;
  let mustDoMissing = 0;
  actions.forEach((a, i) => {
    const t = schedule[i] ?? null;
    const w = weightOf(a);
    weights += w;
    if (t !== null) {
      spent[t]! += costAt(a, s, t);
      objective += valueAt(a, s, t);
      chosen++;
    } else if (a.mustDo) mustDoMissing++;
    const r = a.year - s.firstYear;
    for (let y = 0; y < H; y++) {
      const grade = t !== null && t <= y ? 1 : Math.min(5, a.grade + s.deterioration * pos(y - r));
      weighted[y]! += w * grade;
    }
  });
  const condition = weighted.map((v) => (weights > 0 ? Math.round((v / weights) * 1000) / 1000 : 0));
  return {
    objective,
    spent,
    condition,
    meanCondition: condition.reduce((a, b) => a + b, 0) / (H || 1),
    chosen,
    mustDoMissing,
    overBudget: spent.some((v, t) => v > s.budgets[t]! + 1e-6),
  };
}

/**
 * The baseline a planner would do by hand: must-do actions first, then by value per krone in the
 * recommended year, each placed in the earliest year from its allowed start that still has budget.
 */
export function greedyPlan(actions: readonly PlanAction[], s: PlanSettings): Schedule {
  const H = s.budgets.length;
  const left = [...s.budgets];
  const order = actions
    .map((a, i) => ({ i, a, key: valueAt(a, s, Math.max(0, a.year - s.firstYear)) / Math.max(1, a.cost) }))
    .sort((x, y) => Number(y.a.mustDo) - Number(x.a.mustDo) || y.key - x.key);
  const schedule: Schedule = actions.map(() => null);
  for (const { i, a } of order) {
    for (let t = firstAllowed(a, s); t < H; t++) {
      const c = costAt(a, s, t);
      if (c <= left[t]! + 1e-9) {
        left[t]! -= c;
        schedule[i] = t;
        break;
      }
    }
  }
  return schedule;
}

/** The MIP in CPLEX LP format; columns appear in the objective in the order of `columns`. */
export function planLp(
  actions: readonly PlanAction[],
  s: PlanSettings,
): { lp: string; columns: { action: number; year: number }[] } {
  const H = s.budgets.length;
  const columns: { action: number; year: number }[] = [];
  const obj: string[] = [];
  const perAction: string[][] = actions.map(() => []);
  const perYear: string[][] = Array.from({ length: H }, () => []);
  actions.forEach((a, i) => {
    for (let t = firstAllowed(a, s); t < H; t++) {
      const name = `x${columns.length}`;
      columns.push({ action: i, year: t });
      obj.push(`+ ${valueAt(a, s, t).toFixed(6)} ${name}`);
      perAction[i]!.push(name);
      perYear[t]!.push(`+ ${costAt(a, s, t).toFixed(2)} ${name}`);
    }
  });
  const lines = ['Maximize', ` obj: ${obj.join(' ') || '0'}`, 'Subject To'];
  perAction.forEach((vars, i) => {
    if (vars.length === 0) return;
    lines.push(` a${i}: ${vars.join(' + ')} ${actions[i]!.mustDo ? '=' : '<='} 1`);
  });
  perYear.forEach((terms, t) => {
    if (terms.length > 0) lines.push(` b${t}: ${terms.join(' ')} <= ${s.budgets[t]!.toFixed(2)}`);
  });
  lines.push(
    'Binary',
    ...chunk(
      columns.map((_, j) => `x${j}`),
      50,
    ).map((c) => ` ${c.join(' ')}`),
    'End',
  );
  return { lp: lines.join('\n'), columns };
}

function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** Must-do actions whose cheapest allowed year alone does not fit: the plan cannot be made. */
export function impossibleMustDos(actions: readonly PlanAction[], s: PlanSettings): string[] {
  const H = s.budgets.length;
  return actions
    .filter((a) => a.mustDo)
    .filter((a) => {
      for (let t = firstAllowed(a, s); t < H; t++) if (costAt(a, s, t) <= s.budgets[t]!) return false;
      return true;
    })
    .map((a) => a.id);
}
