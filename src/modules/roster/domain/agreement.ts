// Agreement presets. The defaults follow Danish working-time law (arbejdstidsloven and the EU working-time
// directive) and the municipal 24-hour services agreement (KL/FOA): 11 hours daily rest, a weekly rest period
// of 35 hours with at most 6 days between, 48 hours a week on average over 4 months.
import type { Agreement, RuleId, RuleSetting } from './types.js';

const hard: RuleSetting = { hard: true, weight: 0 };
const soft = (weight: number): RuleSetting => ({ hard: false, weight });

export function danishAgreement(overrides: Partial<Agreement> = {}): Agreement {
  const rules: Record<RuleId, RuleSetting> = {
    availability: hard,
    skill: hard,
    rest: hard,
    weeklyRest: hard,
    avgWeeklyHours: hard,
    maxConsecutive: hard,
    minConsecutive: soft(20),
    minDaysOff: soft(20),
    maxWeekends: hard,
    forbiddenSequence: hard,
    maxShiftsPerType: hard,
    contractMinutes: hard,
    coverage: soft(1),
    wish: soft(1),
    fairness: soft(1),
  };
  return {
    name: 'Arbejdstidsloven + KL/FOA døgnområdet',
    restHours: 11,
    weeklyRestHours: 35,
    maxDaysBetweenWeeklyRest: 6,
    maxAvgWeeklyHours: 48,
    referenceWeeks: 17,
    maxConsecutiveDays: 6,
    minConsecutiveDays: 1,
    minConsecutiveDaysOff: 1,
    maxWeekends: 2,
    forbiddenSequences: [],
    maxShiftsPerType: {},
    coverUnderWeight: 100,
    coverPreferredWeight: 10,
    coverOverWeight: 5,
    fairnessWeight: 5,
    ...overrides,
    rules: { ...rules, ...(overrides.rules ?? {}) },
  };
}
