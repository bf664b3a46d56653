// The working-day calendar of Danish public administration: Monday–Friday except the holidays in
// holidays.ts (official public holidays, 24 Dec and 31 Dec).
import { holidayOn } from './holidays.js';
import { addDays, compareDates, isoWeekday, type PlainDate } from './plain-date.js';

export function isWeekend(date: PlainDate): boolean {
  return isoWeekday(date) >= 6;
}

export function isWorkingDay(date: PlainDate): boolean {
  return !isWeekend(date) && holidayOn(date) === undefined;
}

/**
 * The n-th working day after `date` (n ≥ 1). The start day itself never counts, whether or not it is a
 * working day: the 7th working day after a Saturday receipt is counted from the Monday.
 */
export function addWorkingDays(date: PlainDate, n: number): PlainDate {
  if (!Number.isInteger(n) || n < 1)
    throw new RangeError(`working days must be a positive integer, got ${n}`);
  let current = date;
  let counted = 0;
  while (counted < n) {
    current = addDays(current, 1);
    if (isWorkingDay(current)) counted += 1;
  }
  return current;
}

/** The first working day on or after `date`. */
export function nextWorkingDayOnOrAfter(date: PlainDate): PlainDate {
  let current = date;
  while (!isWorkingDay(current)) current = addDays(current, 1);
  return current;
}

/**
 * Working days in the half-open interval (from, to]: how many working days have passed since `from`
 * when the date is `to`. Zero when `to` is on or before `from`.
 */
export function workingDaysBetween(from: PlainDate, to: PlainDate): number {
  if (compareDates(to, from) <= 0) return 0;
  let count = 0;
  for (let d = addDays(from, 1); compareDates(d, to) <= 0; d = addDays(d, 1)) {
    if (isWorkingDay(d)) count += 1;
  }
  return count;
}
