// The set-up editor's form state: the unit's set-up as the planner types it (numbers as text, rows with stable
// keys), turned back into the API's set-up with the same checks as the contract, and the server's field errors
// placed on the same paths. A path names a field the way the API does after `body.setup.`, e.g.
// `shiftTypes.0.start` or `demand.2.shift`; every field's element id is derived from its path.
import type { TUnitSetup } from '../../contract.js';

export type ShiftRow = {
  key: string;
  id: string;
  name: string;
  start: string;
  end: string;
  paidMinutes: string;
  breakMinutes: string;
};
export type SkillRow = { key: string; id: string; name: string };
export type DemandRow = {
  key: string;
  weekdays: number[];
  shift: string;
  /** '' = any skill. */
  skill: string;
  min: string;
  preferred: string;
};
export type SpecialRow = { key: string; date: string; name: string; followsWeekday: string };
export type GradeRow = { key: string; grade: string; pay: string };

export const PERCENT_FIELDS = [
  'eveningPct',
  'nightPct',
  'saturdayPct',
  'sundayHolidayPct',
  'overtimePct',
] as const;
export type PercentField = (typeof PERCENT_FIELDS)[number];
/** The pay kinds (loenart) of the payroll export; each gets the unit's pay code. */
export const PAY_KINDS = [
  'base',
  'evening',
  'night',
  'saturday',
  'sunday_holiday',
  'overtime',
  'sick',
] as const;
export const AGREEMENT_FIELDS = ['restHours', 'maxConsecutiveDays', 'maxWeekends', 'noticeDays'] as const;
export type AgreementField = (typeof AGREEMENT_FIELDS)[number];

export type Draft = {
  name: string;
  shiftTypes: ShiftRow[];
  skills: SkillRow[];
  demand: DemandRow[];
  specialDays: SpecialRow[];
  agreement: Record<AgreementField, string>;
  cost: Record<PercentField, string> & {
    gradePay: GradeRow[];
    payCodes: Record<string, string>;
  };
};

/** A problem with one field: a translation key under `modules.roster.unitSetup.errors`, or the server's text. */
export type Problem = { key: string; values?: Record<string, string | number> } | { text: string };
export type Problems = Record<string, Problem>;

let counter = 0;
export const rowKey = (): string => `r${(counter += 1)}`;

/** Numbers as the planner reads them: a decimal comma in Danish. */
export function numberText(n: number, language: string): string {
  const s = String(n);
  return language === 'en' ? s : s.replace('.', ',');
}

/** Accepts a decimal comma or point; '' and anything else is NaN. */
export function parseNumber(text: string): number {
  const s = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export function toDraft(setup: TUnitSetup, language: string): Draft {
  const n = (v: number) => numberText(v, language);
  return {
    name: setup.name,
    shiftTypes: setup.shiftTypes.map((s) => ({
      key: rowKey(),
      id: s.id,
      name: s.name,
      start: s.start,
      end: s.end,
      paidMinutes: n(s.paidMinutes),
      breakMinutes: n(s.breakMinutes ?? 0),
    })),
    skills: setup.skills.map((s) => ({ key: rowKey(), id: s.id, name: s.name })),
    demand: setup.demand.map((d) => ({
      key: rowKey(),
      weekdays: [...d.weekdays].sort((x, y) => x - y),
      shift: d.shift,
      skill: d.skill ?? '',
      min: n(d.min),
      preferred: n(d.preferred),
    })),
    specialDays: setup.specialDays.map((s) => ({
      key: rowKey(),
      date: s.date,
      name: s.name,
      followsWeekday: String(s.followsWeekday),
    })),
    agreement: {
      restHours: n(setup.agreement.restHours),
      maxConsecutiveDays: n(setup.agreement.maxConsecutiveDays),
      maxWeekends: n(setup.agreement.maxWeekends),
      noticeDays: n(setup.agreement.noticeDays),
    },
    cost: {
      eveningPct: n(setup.cost.eveningPct),
      nightPct: n(setup.cost.nightPct),
      saturdayPct: n(setup.cost.saturdayPct),
      sundayHolidayPct: n(setup.cost.sundayHolidayPct),
      overtimePct: n(setup.cost.overtimePct),
      gradePay: Object.entries(setup.cost.gradePay).map(([grade, pay]) => ({
        key: rowKey(),
        grade,
        pay: n(pay),
      })),
      payCodes: { ...setup.cost.payCodes },
    },
  };
}

export const emptyShift = (): ShiftRow => ({
  key: rowKey(),
  id: '',
  name: '',
  start: '',
  end: '',
  paidMinutes: '',
  breakMinutes: '0',
});
export const emptySkill = (): SkillRow => ({ key: rowKey(), id: '', name: '' });
export const emptyDemand = (shift = ''): DemandRow => ({
  key: rowKey(),
  weekdays: [1, 2, 3, 4, 5],
  shift,
  skill: '',
  min: '1',
  preferred: '1',
});
export const emptySpecialDay = (): SpecialRow => ({ key: rowKey(), date: '', name: '', followsWeekday: '7' });
export const emptyGrade = (): GradeRow => ({ key: rowKey(), grade: '', pay: '' });

const CODE = /^[A-Za-z0-9_-]{1,12}$/;
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A time as typed ("7", "0700", "7.00", "07:00") as HH:MM, or null. */
export function normaliseClock(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const clock = `${m[1]!.padStart(2, '0')}:${m[2] ?? '00'}`;
  return CLOCK.test(clock) ? clock : null;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
/** A shift whose end is not after its start ends the next day (a night shift). */
export function endsNextDay(start: string, end: string): boolean {
  const [s, e] = [normaliseClock(start), normaliseClock(end)];
  return s !== null && e !== null && minutesOf(e) <= minutesOf(s);
}

/** Turns the draft into the API's set-up; `problems` is empty exactly when the set-up may be sent. */
export function fromDraft(draft: Draft): { setup: TUnitSetup; problems: Problems } {
  const problems: Problems = {};
  const fail = (path: string, key: string, values?: Record<string, string | number>) => {
    if (!problems[path]) problems[path] = values ? { key, values } : { key };
  };
  const text = (path: string, value: string, max: number): string => {
    const v = value.trim();
    if (!v) fail(path, 'required');
    else if (v.length > max) fail(path, 'tooLong', { max });
    return v;
  };
  const num = (path: string, value: string, min: number, max: number, integer: boolean): number => {
    const v = parseNumber(value);
    if (!value.trim()) fail(path, 'required');
    else if (Number.isNaN(v)) fail(path, integer ? 'integer' : 'number');
    else if (integer && !Number.isInteger(v)) fail(path, 'integer');
    else if (v < min || v > max) fail(path, 'range', { min, max });
    return Number.isNaN(v) ? 0 : v;
  };
  const code = (path: string, value: string, seen: Set<string>): string => {
    const v = value.trim();
    if (!v) fail(path, 'required');
    else if (!CODE.test(v)) fail(path, 'code');
    else if (seen.has(v)) fail(path, 'duplicate', { code: v });
    seen.add(v);
    return v;
  };

  const name = text('name', draft.name, 120);
  if (draft.shiftTypes.length === 0) fail('shiftTypes', 'noShifts');
  const shiftIds = new Set<string>();
  const shiftTypes = draft.shiftTypes.map((s, i) => {
    const p = `shiftTypes.${i}`;
    const clock = (field: 'start' | 'end') => {
      const v = normaliseClock(s[field]);
      if (!s[field].trim()) fail(`${p}.${field}`, 'required');
      else if (v === null) fail(`${p}.${field}`, 'clock');
      return v ?? s[field];
    };
    return {
      id: code(`${p}.id`, s.id, shiftIds),
      name: text(`${p}.name`, s.name, 60),
      start: clock('start'),
      end: clock('end'),
      paidMinutes: num(`${p}.paidMinutes`, s.paidMinutes, 1, 1440, true),
      breakMinutes: num(`${p}.breakMinutes`, s.breakMinutes, 0, 240, true),
    };
  });
  const skillIds = new Set<string>();
  const skills = draft.skills.map((s, i) => ({
    id: code(`skills.${i}.id`, s.id, skillIds),
    name: text(`skills.${i}.name`, s.name, 80),
  }));
  const demand = draft.demand.map((d, i) => {
    const p = `demand.${i}`;
    if (d.weekdays.length === 0) fail(`${p}.weekdays`, 'weekdays');
    if (!d.shift) fail(`${p}.shift`, 'required');
    else if (!shiftIds.has(d.shift)) fail(`${p}.shift`, 'unknownShift', { code: d.shift });
    if (d.skill && !skillIds.has(d.skill)) fail(`${p}.skill`, 'unknownSkill', { code: d.skill });
    const min = num(`${p}.min`, d.min, 0, 500, true);
    const preferred = num(`${p}.preferred`, d.preferred, 0, 500, true);
    if (!problems[`${p}.min`] && !problems[`${p}.preferred`] && preferred < min)
      fail(`${p}.preferred`, 'minAbovePreferred');
    return {
      weekdays: [...new Set(d.weekdays)].sort((x, y) => x - y),
      shift: d.shift,
      skill: d.skill || null,
      min,
      preferred,
    };
  });
  const dates = new Set<string>();
  const specialDays = draft.specialDays.map((s, i) => {
    const p = `specialDays.${i}`;
    if (!s.date) fail(`${p}.date`, 'required');
    else if (!DATE.test(s.date)) fail(`${p}.date`, 'date');
    else if (dates.has(s.date)) fail(`${p}.date`, 'duplicateDate');
    dates.add(s.date);
    return {
      date: s.date,
      name: text(`${p}.name`, s.name, 80),
      followsWeekday: num(`${p}.followsWeekday`, s.followsWeekday, 1, 7, true),
    };
  });
  const a = draft.agreement;
  const agreement = {
    restHours: num('agreement.restHours', a.restHours, 8, 24, false),
    maxConsecutiveDays: num('agreement.maxConsecutiveDays', a.maxConsecutiveDays, 1, 14, true),
    maxWeekends: num('agreement.maxWeekends', a.maxWeekends, 0, 53, true),
    noticeDays: num('agreement.noticeDays', a.noticeDays, 0, 120, true),
  };
  const c = draft.cost;
  const pct = (f: PercentField) => num(`cost.${f}`, c[f], 0, 500, false);
  const grades = new Set<string>();
  const gradePay: Record<string, number> = {};
  c.gradePay.forEach((g, i) => {
    const grade = g.grade.trim();
    if (!grade) fail(`cost.gradePay.${i}.grade`, 'required');
    else if (grades.has(grade)) fail(`cost.gradePay.${i}.grade`, 'duplicate', { code: grade });
    grades.add(grade);
    gradePay[grade] = num(`cost.gradePay.${i}.pay`, g.pay, 0, 10_000, false);
  });
  const payCodes: Record<string, string> = {};
  // An empty code is left out: the payroll export then uses its standard code for that kind of pay.
  for (const [kind, value] of Object.entries(c.payCodes))
    if (value.trim()) payCodes[kind] = text(`cost.payCodes.${kind}`, value, 20);
  const setup: TUnitSetup = {
    name,
    shiftTypes,
    skills,
    demand,
    specialDays,
    agreement,
    cost: {
      eveningPct: pct('eveningPct'),
      nightPct: pct('nightPct'),
      saturdayPct: pct('saturdayPct'),
      sundayHolidayPct: pct('sundayHolidayPct'),
      overtimePct: pct('overtimePct'),
      gradePay,
      payCodes,
    },
  };
  return { setup, problems };
}

/**
 * The server's field errors (problem+json `errors[]`) on the draft's paths. The roster's own checks send
 * "dansk / English" messages; the contract's (Zod) messages are English only, so those become a translated
 * "not valid" on the field. Grade pay is keyed by grade in the API and by row in the draft.
 */
export function serverProblems(errors: unknown, draft: Draft, language: string): Problems {
  const out: Problems = {};
  if (!Array.isArray(errors)) return out;
  for (const e of errors as { path?: unknown; message?: unknown }[]) {
    let path = String(e.path ?? '')
      .replace(/^body\.?/, '')
      .replace(/^setup\.?/, '');
    const grade = /^cost\.gradePay\.([^.]+)$/.exec(path);
    if (grade) {
      const row = draft.cost.gradePay.findIndex((g) => g.grade.trim() === grade[1]);
      path = row >= 0 ? `cost.gradePay.${row}.pay` : 'cost.gradePay';
    }
    path = path.replace(/^(demand\.\d+\.weekdays)\.\d+$/, '$1');
    const message = typeof e.message === 'string' ? e.message : '';
    const [da, en] = message.split(' / ');
    const problem: Problem = en ? { text: (language === 'en' ? en : da)! } : { key: 'invalid' };
    if (!out[path]) out[path] = problem;
  }
  return out;
}

/** The element id of a field (and of the error message next to it: `${fieldId(path)}-error`). */
export const fieldId = (path: string): string => `setup-${path.replace(/[^A-Za-z0-9_-]+/g, '-')}`;
