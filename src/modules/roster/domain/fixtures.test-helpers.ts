// Small models shared by the domain tests.
import { danishAgreement } from './agreement.js';
import type { Agreement, Employee, RosterModel } from './types.js';

export function employee(id: string, overrides: Partial<Employee> = {}): Employee {
  return {
    id,
    name: id,
    skills: ['sosu'],
    minMinutes: 0,
    maxMinutes: 100_000,
    fixedDaysOff: [],
    absences: [],
    wishes: [],
    ...overrides,
  };
}

/** A 14-day period from Monday 3 March 2025 with day (D), evening (A) and night (N) shifts. */
export function smallModel(
  employees: Employee[],
  agreement: Partial<Agreement> = {},
  days = 14,
): RosterModel {
  return {
    startDate: '2025-03-03',
    days,
    shifts: [
      { id: 'D', name: 'Dagvagt', start: '07:00', end: '15:00', paidMinutes: 480, requiredSkills: ['sosu'] },
      {
        id: 'A',
        name: 'Aftenvagt',
        start: '15:00',
        end: '23:00',
        paidMinutes: 480,
        requiredSkills: ['sosu'],
      },
      {
        id: 'N',
        name: 'Nattevagt',
        start: '23:00',
        end: '07:00',
        paidMinutes: 480,
        requiredSkills: ['sosu'],
        unpopular: true,
      },
      {
        id: 'L',
        name: 'Lang dag',
        start: '07:00',
        end: '19:00',
        paidMinutes: 720,
        requiredSkills: ['sygeplejerske'],
      },
    ],
    employees,
    demand: [],
    agreement: danishAgreement(agreement),
  };
}

/** Build a row from a compact pattern: one character per day, '.' for a day off. */
export const row = (pattern: string): (string | null)[] => [...pattern].map((c) => (c === '.' ? null : c));
