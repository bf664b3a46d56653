// The planner engine's input and output (CONTRACTS.md, `rodtrad roster plan`): a scenario with calendar
// dates becomes the general model (day indices), and a roster becomes assignments with the skill each person
// covers, the uncovered demand and the hard rules broken. The CLI and the application both go through here.
import { z } from 'zod';
import { danishAgreement } from './agreement.js';
import { indexDemand, shiftCoverage } from './coverage.js';
import { explainViolations } from './evaluate.js';
import { clockMinutes, dateOf } from './time.js';
import type { Demand, Employee, Roster, RosterModel, ShiftType, Wish } from './types.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const ZClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM');

export const ZScenario = z.object({
  start: ZDate,
  days: z.number().int().min(1).max(366),
  shiftTypes: z
    .array(
      z.object({
        id: z.string().min(1),
        name: z.string().min(1),
        start: ZClock,
        end: ZClock,
        paidMinutes: z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
      }),
    )
    .min(1),
  employees: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string(),
      skills: z.array(z.string()),
      weeklyMinutes: z
        .number()
        .min(0)
        .max(7 * 24 * 60),
      unavailable: z.array(ZDate).default([]),
      wishes: z
        .array(
          z.object({
            date: ZDate,
            shift: z.string().nullable(),
            want: z.boolean(),
            weight: z.number().min(0).default(1),
          }),
        )
        .default([]),
      history: z.array(z.object({ date: ZDate, shift: z.string() })).default([]),
    }),
  ),
  demand: z.array(
    z
      .object({
        weekdays: z.array(z.number().int().min(1).max(7)).optional(),
        dates: z.array(ZDate).optional(),
        shift: z.string(),
        skill: z.string().nullable().default(null),
        min: z.number().int().min(0),
        preferred: z.number().int().min(0),
      })
      .refine((d) => Boolean(d.weekdays) !== Boolean(d.dates), 'give either weekdays or dates'),
  ),
});
export type TScenario = z.infer<typeof ZScenario>;

export interface PlanAssignment {
  employee: string;
  date: string;
  shift: string;
  skill: string | null;
}
export interface PlanUncovered {
  date: string;
  shift: string;
  skill: string | null;
  missing: number;
}
export interface PlanViolation {
  employee: string | null;
  date: string | null;
  rule: string;
  message: string;
}
export interface PlanSolution {
  assignments: PlanAssignment[];
  uncovered: PlanUncovered[];
  violations: PlanViolation[];
}

export const isoDate = (d: Date): string => d.toISOString().slice(0, 10);
/** ISO weekday 1 = Monday … 7 = Sunday. */
export const isoWeekdayOf = (d: Date): number => ((d.getUTCDay() + 6) % 7) + 1;

export class ScenarioError extends Error {}

/** The hard rules of the contract; everything else in the Danish agreement is weighted or off. */
export function scenarioAgreement(days: number) {
  return danishAgreement({
    name: 'rodtrad roster plan',
    maxConsecutiveDays: 6,
    minConsecutiveDays: 1,
    minConsecutiveDaysOff: 1,
    maxWeekends: Number.MAX_SAFE_INTEGER,
    referenceWeeks: Math.ceil(days / 7),
    fairnessWeight: 0,
    rules: {
      availability: { hard: true, weight: 0 },
      skill: { hard: true, weight: 0 },
      rest: { hard: true, weight: 0 },
      weeklyRest: { hard: false, weight: 0 },
      avgWeeklyHours: { hard: true, weight: 0 },
      maxConsecutive: { hard: true, weight: 0 },
      minConsecutive: { hard: false, weight: 0 },
      minDaysOff: { hard: false, weight: 0 },
      maxWeekends: { hard: false, weight: 0 },
      forbiddenSequence: { hard: true, weight: 0 },
      maxShiftsPerType: { hard: true, weight: 0 },
      contractMinutes: { hard: true, weight: 0 },
      coverage: { hard: false, weight: 1 },
      wish: { hard: false, weight: 1 },
      fairness: { hard: false, weight: 0 },
    },
  });
}

export function scenarioToModel(s: TScenario): RosterModel {
  const dates = Array.from({ length: s.days }, (_, d) => isoDate(dateOf(s.start, d)));
  const dayOf = new Map(dates.map((date, d) => [date, d]));
  if (!dayOf.has(s.start)) throw new ScenarioError(`invalid start date ${s.start}`);
  const shiftIds = new Set<string>();
  const shifts: ShiftType[] = s.shiftTypes.map((t) => {
    if (shiftIds.has(t.id)) throw new ScenarioError(`shift type "${t.id}" is given twice`);
    shiftIds.add(t.id);
    const crosses = clockMinutes(t.end) <= clockMinutes(t.start);
    return { ...t, requiredSkills: [], unpopular: crosses };
  });
  const longest = Math.max(...shifts.map((t) => t.paidMinutes));
  const employeeIds = new Set<string>();
  const employees: Employee[] = s.employees.map((e) => {
    if (employeeIds.has(e.id)) throw new ScenarioError(`employee "${e.id}" is given twice`);
    employeeIds.add(e.id);
    const target = (e.weeklyMinutes * s.days) / 7;
    const wishes: Wish[] = [];
    for (const w of e.wishes) {
      const day = dayOf.get(w.date);
      if (day === undefined) continue;
      if (w.shift !== null && !shiftIds.has(w.shift))
        throw new ScenarioError(`employee "${e.id}" wishes unknown shift "${w.shift}"`);
      wishes.push({ day, shift: w.shift, wants: w.want, weight: w.weight });
    }
    return {
      id: e.id,
      name: e.name || e.id,
      skills: e.skills,
      minMinutes: Math.max(0, Math.ceil(target - longest)),
      maxMinutes: Math.floor(target + longest),
      fixedDaysOff: [],
      absences: e.unavailable.flatMap((date) => {
        const d = dayOf.get(date);
        return d === undefined ? [] : [d];
      }),
      wishes,
      history: historyCells(s.start, e.history, shiftIds, e.id),
    };
  });
  return {
    startDate: s.start,
    days: s.days,
    shifts,
    employees,
    demand: demandLines(s, dates, shiftIds),
    agreement: scenarioAgreement(s.days),
  };
}

function historyCells(
  start: string,
  history: { date: string; shift: string }[],
  shiftIds: Set<string>,
  who: string,
): (string | null)[] {
  const startMs = Date.parse(`${start}T00:00:00Z`);
  let depth = 0;
  const byOffset = new Map<number, string>();
  for (const h of history) {
    if (!shiftIds.has(h.shift))
      throw new ScenarioError(`employee "${who}" history has unknown shift "${h.shift}"`);
    const before = Math.round((startMs - Date.parse(`${h.date}T00:00:00Z`)) / 86_400_000);
    if (before < 1 || before > 28) continue; // only the days just before the start matter
    byOffset.set(before, h.shift);
    depth = Math.max(depth, before);
  }
  return Array.from({ length: depth }, (_, i) => byOffset.get(depth - i) ?? null);
}

function demandLines(s: TScenario, dates: string[], shiftIds: Set<string>): Demand[] {
  const out: Demand[] = [];
  const key = (shift: string, skill: string | null) => `${shift}\u0000${skill ?? ''}`;
  for (const dm of s.demand)
    if (!shiftIds.has(dm.shift)) throw new ScenarioError(`demand refers to unknown shift "${dm.shift}"`);
  dates.forEach((date, day) => {
    const wd = isoWeekdayOf(dateOf(s.start, day));
    const lines = new Map<string, (typeof s.demand)[number]>();
    // Weekday lines first; a `dates` line replaces them for the same shift and skill on its dates.
    for (const dm of s.demand) if (dm.weekdays?.includes(wd)) lines.set(key(dm.shift, dm.skill), dm);
    for (const dm of s.demand) if (dm.dates?.includes(date)) lines.set(key(dm.shift, dm.skill), dm);
    for (const dm of lines.values()) {
      if (dm.min === 0 && dm.preferred === 0) continue;
      out.push({
        day,
        shift: dm.shift,
        ...(dm.skill ? { skill: dm.skill } : {}),
        min: dm.min,
        preferred: Math.max(dm.min, dm.preferred),
      });
    }
  });
  return out;
}

/** Assignments (with the skill each person covers), uncovered minimum demand and hard violations. */
export function solutionOf(model: RosterModel, roster: Roster): PlanSolution {
  const dateAt = (d: number) => isoDate(dateOf(model.startDate, d));
  const assignments: PlanAssignment[] = [];
  const uncovered: PlanUncovered[] = [];
  for (const cov of shiftCoverage(model, roster, indexDemand(model))) {
    cov.staff.forEach((e, p) => {
      const line = cov.lines[cov.lineOf[p]!];
      assignments.push({
        employee: model.employees[e]!.id,
        date: dateAt(cov.day),
        shift: cov.shift,
        skill: line?.skill ?? null,
      });
    });
    cov.lines.forEach((dm, l) => {
      const missing = dm.min - cov.counts[l]!;
      if (missing > 0)
        uncovered.push({ date: dateAt(cov.day), shift: cov.shift, skill: dm.skill ?? null, missing });
    });
  }
  const order = new Map(model.employees.map((e, i) => [e.id, i]));
  assignments.sort((a, b) => order.get(a.employee)! - order.get(b.employee)! || a.date.localeCompare(b.date));
  const violations = explainViolations(model, roster)
    .filter((v) => v.hard && v.rule !== 'coverage')
    .map((v) => ({
      employee: v.employee,
      date: v.day === null ? null : dateAt(v.day),
      rule: v.rule,
      message: v.message_da,
    }));
  return { assignments, uncovered, violations };
}
