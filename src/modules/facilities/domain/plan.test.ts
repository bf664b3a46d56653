import { describe, expect, it } from 'vitest';
import { solvePlan } from './plan-mip.js';
import { evaluate, greedyPlan, type PlanAction, type PlanSettings } from './plan.js';

const action = (
  id: string,
  cost: number,
  grade: number,
  year: number,
  more: Partial<PlanAction> = {},
): PlanAction => ({
  id,
  buildingId: 'b',
  cost,
  grade,
  year,
  importance: 3,
  safety: false,
  water: false,
  energy: false,
  mustDo: false,
  notBefore: null,
  ...more,
});
const settings = (budgets: number[]): PlanSettings => ({
  firstYear: 2026,
  budgets,
  costGrowth: 0.04,
  deterioration: 0.25,
});

describe('maintenance plan', () => {
  it('the MIP is at least as good as the greedy list and keeps every budget', async () => {
    // Greedy takes the best value per krone first and then cannot fit the large, important action.
    const actions = [
      action('small-a', 60, 3, 2026),
      action('small-b', 60, 3, 2026),
      action('big-roof', 100, 5, 2026, { importance: 5, water: true }),
    ];
    const s = settings([120, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const result = await solvePlan(actions, s);
    expect(result.status).toBe('optimal');
    expect(result.evaluation.overBudget).toBe(false);
    expect(result.evaluation.objective).toBeGreaterThanOrEqual(result.greedy.evaluation.objective - 1e-6);
    expect(result.gap ?? 0).toBeLessThan(1e-3);
  });

  it('respects must-do and not-before locks', async () => {
    const actions = [
      action('must', 50, 2, 2027, { mustDo: true }),
      action('later', 10, 5, 2026, { notBefore: 2029 }),
      action('other', 50, 5, 2026, { importance: 5 }),
    ];
    const s = settings(new Array(10).fill(60));
    const result = await solvePlan(actions, s);
    const [must, later] = result.schedule;
    expect(must).not.toBeNull();
    expect(later).toBeGreaterThanOrEqual(3);
  });

  it('says which must-do actions cannot fit instead of failing silently', async () => {
    const result = await solvePlan(
      [action('huge', 1000, 4, 2026, { mustDo: true })],
      settings(new Array(10).fill(100)),
    );
    expect(result.impossible).toEqual(['huge']);
  });

  it('a 10 % budget cut never improves the condition', { timeout: 30_000 }, async () => {
    const actions = Array.from({ length: 40 }, (_, i) =>
      action(`a${i}`, 20 + ((i * 37) % 90), 2 + (i % 4), 2026 + (i % 6), {
        importance: 1 + (i % 5),
        safety: i % 7 === 0,
      }),
    );
    const full = settings(new Array(10).fill(250));
    const cut = { ...full, budgets: full.budgets.map((b) => b * 0.9) };
    // Tight budgets make this a hard multi-knapsack; a few seconds give a plan within about 1 % of the bound.
    const a = await solvePlan(actions, full, { timeLimitSeconds: 3 });
    const b = await solvePlan(actions, cut, { timeLimitSeconds: 3 });
    expect(a.gap!).toBeLessThan(0.05);
    expect(b.evaluation.objective).toBeLessThanOrEqual(a.bound! + 1e-6);
    expect(b.evaluation.meanCondition).toBeGreaterThanOrEqual(a.evaluation.meanCondition - 0.05);
    expect(evaluate(actions, cut, greedyPlan(actions, cut)).overBudget).toBe(false);
  });
});
