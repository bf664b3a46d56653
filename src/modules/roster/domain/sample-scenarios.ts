// Realistic sample scenarios: a plejecenter (nursing home) and a home-care district. The demo seed, the
// benchmark and the tests use them. Demand follows a common pattern in Danish elder care: most staff in the
// day shift, fewer in the evening, a small night watch; weekends a little thinner. Skills: sygeplejerske (SPL),
// social- og sundhedsassistent (SSA), social- og sundhedshjælper (SSH). A nurse can also cover an SSA line,
// an SSA an SSH line.
import type { TScenario } from './scenario.js';

const GIVEN = [
  'Anne',
  'Bent',
  'Camilla',
  'Dennis',
  'Eva',
  'Frank',
  'Grethe',
  'Hanne',
  'Ib',
  'Jette',
  'Kim',
  'Lone',
  'Mads',
  'Nina',
  'Ole',
  'Pia',
  'Rikke',
  'Susanne',
  'Tove',
  'Ulla',
  'Vibeke',
  'Yvonne',
  'Åse',
  'Birthe',
  'Connie',
  'Dorte',
  'Ellen',
  'Finn',
  'Gitte',
  'Helle',
];
const FAMILY = [
  'Mortensen',
  'Holm',
  'Lund',
  'Bak',
  'Kjær',
  'Vestergaard',
  'Poulsen',
  'Madsen',
  'Thomsen',
  'Knudsen',
  'Friis',
  'Dam',
];

export const SKILL_NAMES: Record<string, string> = {
  SPL: 'Sygeplejerske',
  SSA: 'Social- og sundhedsassistent',
  SSH: 'Social- og sundhedshjælper',
};

export const SKILLS_OF: Record<string, string[]> = { SPL: ['SPL', 'SSA'], SSA: ['SSA', 'SSH'], SSH: ['SSH'] };

export const PLEJECENTER_SHIFTS: TScenario['shiftTypes'] = [
  { id: 'D', name: 'Dagvagt', start: '07:00', end: '15:00', paidMinutes: 450 },
  { id: 'A', name: 'Aftenvagt', start: '15:00', end: '23:00', paidMinutes: 450 },
  { id: 'N', name: 'Nattevagt', start: '23:00', end: '07:00', paidMinutes: 480 },
];

export interface SampleEmployee {
  id: string;
  name: string;
  grade: 'SPL' | 'SSA' | 'SSH';
  weeklyMinutes: number;
}

/** n employees: 20 % nurses, 40 % SSA, 40 % SSH; two thirds full time (37 h), the rest 30 or 32 h. */
export function sampleEmployees(n: number, prefix = 'e'): SampleEmployee[] {
  return Array.from({ length: n }, (_, i) => {
    const grade = i % 5 === 0 ? 'SPL' : i % 5 <= 2 ? 'SSA' : 'SSH';
    const weeklyMinutes = i % 3 === 2 ? (i % 2 ? 30 * 60 : 32 * 60) : 37 * 60;
    const name = `${GIVEN[i % GIVEN.length]} ${FAMILY[(i * 5 + Math.floor(i / GIVEN.length)) % FAMILY.length]}`;
    return { id: `${prefix}${String(i + 1).padStart(2, '0')}`, name, grade, weeklyMinutes };
  });
}

/** Demand scaled to the staff: per 30 employees, day 7–10, evening 5–6, night 2–3 (weekends thinner). */
export function sampleDemand(staff: number): TScenario['demand'] {
  const k = staff / 30;
  const r = (x: number) => Math.max(0, Math.round(x * k));
  const week = [1, 2, 3, 4, 5];
  const weekend = [6, 7];
  return [
    { weekdays: week, shift: 'D', skill: 'SPL', min: r(1), preferred: r(2) },
    { weekdays: week, shift: 'D', skill: 'SSA', min: r(3), preferred: r(4) },
    { weekdays: week, shift: 'D', skill: 'SSH', min: r(3), preferred: r(4) },
    { weekdays: weekend, shift: 'D', skill: 'SPL', min: r(1), preferred: r(1) },
    { weekdays: weekend, shift: 'D', skill: 'SSA', min: r(2), preferred: r(3) },
    { weekdays: weekend, shift: 'D', skill: 'SSH', min: r(3), preferred: r(3) },
    { weekdays: [...week, ...weekend], shift: 'A', skill: 'SPL', min: r(1), preferred: r(1) },
    { weekdays: [...week, ...weekend], shift: 'A', skill: 'SSA', min: r(2), preferred: r(2) },
    { weekdays: [...week, ...weekend], shift: 'A', skill: 'SSH', min: r(2), preferred: r(3) },
    { weekdays: [...week, ...weekend], shift: 'N', skill: 'SSA', min: r(1), preferred: r(1) },
    { weekdays: [...week, ...weekend], shift: 'N', skill: 'SSH', min: r(1), preferred: r(2) },
  ];
}

export function sampleScenario(staff: number, start: string, days: number, prefix = 'e'): TScenario {
  return {
    start,
    days,
    shiftTypes: PLEJECENTER_SHIFTS,
    employees: sampleEmployees(staff, prefix).map((e, i) => ({
      id: e.id,
      name: e.name,
      skills: SKILLS_OF[e.grade]!,
      weeklyMinutes: e.weeklyMinutes,
      unavailable: i % 9 === 4 ? [addDaysIso(start, 10), addDaysIso(start, 11)] : [],
      wishes:
        i % 4 === 1 ? [{ date: addDaysIso(start, 5 + (i % 7)), shift: null, want: true, weight: 3 }] : [],
      history: [],
    })),
    demand: sampleDemand(staff),
  };
}

export function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
