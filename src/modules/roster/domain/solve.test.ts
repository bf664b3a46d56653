import { describe, expect, it } from 'vitest';
import { explainViolations } from './evaluate.js';
import { employee, smallModel } from './fixtures.test-helpers.js';
import { solveRoster } from './solve.js';
import type { Demand, RosterModel } from './types.js';

function ward(): RosterModel {
  const staff = ['Anna', 'Bo', 'Carl', 'Dorte', 'Eva', 'Finn'].map((id, i) =>
    employee(id, {
      minMinutes: 8 * 480,
      maxMinutes: 10 * 480,
      skills: i < 2 ? ['sosu', 'sygeplejerske'] : ['sosu'],
      absences: i === 3 ? [2, 3] : [],
      wishes: i === 4 ? [{ day: 5, shift: null, wants: true, weight: 5 }] : [],
    }),
  );
  const demand: Demand[] = [];
  for (let d = 0; d < 14; d++) {
    demand.push({ day: d, shift: 'D', min: 2, preferred: 2 });
    demand.push({ day: d, shift: 'A', min: 1, preferred: 1 });
  }
  const model = smallModel(staff, { maxConsecutiveDays: 5, maxWeekends: 1, coverUnderWeight: 100 });
  return { ...model, demand };
}

describe('general roster search', () => {
  it('finds a roster without hard violations that covers the demand', () => {
    const model = ward();
    const r = solveRoster(model, { seed: 3, iterations: 40_000 });
    const hard = r.evaluation.violations.filter((v) => v.hard);
    expect(hard).toEqual([]);
    const uncovered = explainViolations(model, r.roster).filter(
      (v) => v.rule === 'coverage' && /mindst/.test(v.message_da),
    );
    expect(uncovered).toEqual([]);
    expect(r.roster[3]?.[2]).toBeNull();
  });
  it('is deterministic for a seed', () => {
    const model = ward();
    const a = solveRoster(model, { seed: 5, iterations: 5_000 });
    const b = solveRoster(model, { seed: 5, iterations: 5_000 });
    expect(a.roster).toEqual(b.roster);
  });
});
