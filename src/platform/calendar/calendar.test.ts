import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  addWorkingDays,
  copenhagenDate,
  danishHolidays,
  daysBetween,
  holidayOn,
  isPlainDate,
  isWorkingDay,
  isoWeekday,
  nextWorkingDayOnOrAfter,
  parsePlainDate,
  workingDaysBetween,
} from './index.js';

// Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of date-holidays.
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('plain dates', () => {
  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2023-02-29')).toBe(false);
    expect(isPlainDate('2024-13-01')).toBe(false);
    expect(isPlainDate('2024-1-01')).toBe(false);
    expect(isPlainDate('01-02-2024')).toBe(false);
    expect(isPlainDate('2024-01-01T00:00:00Z')).toBe(false);
    expect(() => parsePlainDate('i morgen')).toThrow(/YYYY-MM-DD/);
  });

  it('adds days across month, year and DST boundaries without drift', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31'); // DST starts 30 March in Copenhagen
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27'); // DST ends 26 October
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('clamps month arithmetic to the last day of the target month', () => {
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2025-03-31', 1)).toBe('2025-04-30');
    expect(addMonthsClamped('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonthsClamped('2025-12-31', 2)).toBe('2026-02-28');
  });

  it('gives the Copenhagen calendar date of an instant', () => {
    expect(copenhagenDate(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
    expect(copenhagenDate(new Date('2025-06-30T21:59:00Z'))).toBe('2025-06-30');
    expect(copenhagenDate(new Date('2025-06-30T22:00:00Z'))).toBe('2025-07-01');
  });
});

describe('Danish holidays', () => {
  it('lists the legal days off of 2026', () => {
    expect(danishHolidays(2026).map((h) => `${h.date} ${h.name}`)).toEqual([
      '2026-01-01 Nytårsdag',
      '2026-04-02 Skærtorsdag',
      '2026-04-03 Langfredag',
      '2026-04-05 Påskedag',
      '2026-04-06 2. påskedag',
      '2026-05-14 Kristi himmelfartsdag',
      '2026-05-24 Pinsedag',
      '2026-05-25 2. pinsedag',
      '2026-12-24 Juleaftensdag',
      '2026-12-25 1. juledag',
      '2026-12-26 2. juledag',
      '2026-12-31 Nytårsaftensdag',
    ]);
  });

  it('has store bededag up to 2023 and not from 2024', () => {
    expect(holidayOn('2023-05-05')?.key).toBe('store_bededag');
    expect(isWorkingDay('2023-05-05')).toBe(false);
    expect(holidayOn('2024-04-26')).toBeUndefined(); // would have been store bededag 2024
    expect(isWorkingDay('2024-04-26')).toBe(true);
    expect(danishHolidays(2024).some((h) => h.key === 'store_bededag')).toBe(false);
    expect(danishHolidays(2030).some((h) => h.key === 'store_bededag')).toBe(false);
  });

  it('does not treat Grundlovsdag, 1 May or other observances as days off', () => {
    expect(isWorkingDay('2025-06-05')).toBe(true); // Grundlovsdag, a Thursday
    expect(isWorkingDay('2025-05-01')).toBe(true); // 1. maj, a Thursday
    expect(isWorkingDay('2026-02-16')).toBe(true); // listed as Fastelavn (an observance) by date-holidays
  });

  it('adds 24 and 31 December', () => {
    expect(holidayOn('2025-12-24')?.name).toBe('Juleaftensdag');
    expect(holidayOn('2025-12-31')?.name).toBe('Nytårsaftensdag');
    expect(isWorkingDay('2025-12-31')).toBe(false);
  });

  it('agrees with an independent Easter computation for 1990–2060', () => {
    for (let year = 1990; year <= 2060; year += 1) {
      const easter = easterSunday(year);
      const keyOf = (offset: number) => holidayOn(addDays(easter, offset))?.key;
      expect(keyOf(-3), `${year}`).toBe('skaertorsdag');
      expect(keyOf(-2), `${year}`).toBe('langfredag');
      expect(keyOf(0), `${year}`).toBe('paaskedag');
      expect(keyOf(1), `${year}`).toBe('anden_paaskedag');
      expect(keyOf(26), `${year}`).toBe(year <= 2023 ? 'store_bededag' : undefined);
      expect(keyOf(39), `${year}`).toBe('kristi_himmelfartsdag');
      expect(keyOf(50), `${year}`).toBe('anden_pinsedag');
      expect(danishHolidays(year)).toHaveLength(year <= 2023 ? 13 : 12);
    }
  });

  it('refuses years outside the supported range', () => {
    expect(() => danishHolidays(1800)).toThrow(RangeError);
  });
});

describe('working days', () => {
  it('skips weekends', () => {
    expect(isoWeekday('2026-11-28')).toBe(6);
    expect(isWorkingDay('2026-11-28')).toBe(false);
    expect(addWorkingDays('2026-11-27', 1)).toBe('2026-11-30'); // Friday → Monday
    expect(nextWorkingDayOnOrAfter('2026-11-28')).toBe('2026-11-30');
  });

  it('never counts the start day, even when it is a holiday', () => {
    expect(addWorkingDays('2026-04-03', 1)).toBe('2026-04-07'); // Langfredag → Tuesday after 2. påskedag
    expect(addWorkingDays('2026-01-01', 1)).toBe('2026-01-02');
  });

  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2026-11-23', '2026-11-23')).toBe(0);
    expect(workingDaysBetween('2026-11-23', '2026-12-02')).toBe(7);
    expect(workingDaysBetween('2026-12-02', '2026-11-23')).toBe(0);
    expect(workingDaysBetween('2025-12-22', '2026-01-02')).toBe(4); // 23, 29, 30 Dec and 2 Jan
  });

  it('is the inverse of addWorkingDays', () => {
    for (const start of ['2026-03-30', '2025-12-19', '2023-05-01', '2026-05-13']) {
      for (const n of [1, 5, 7, 14, 20]) {
        expect(workingDaysBetween(start, addWorkingDays(start, n))).toBe(n);
      }
    }
  });

  it('rejects a non-positive count', () => {
    expect(() => addWorkingDays('2026-01-05', 0)).toThrow(RangeError);
  });
});
