// Calendar dates ('YYYY-MM-DD') without a time zone. Legal deadlines are calendar dates in
// Europe/Copenhagen; all arithmetic here runs on UTC midnight so no local-time offset can shift a day.

export type PlainDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export class InvalidDateError extends Error {
  constructor(value: string) {
    super(`invalid date "${value}": expected a calendar date as YYYY-MM-DD`);
    this.name = 'InvalidDateError';
  }
}

function toUtc(date: PlainDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(d: Date): PlainDate {
  return d.toISOString().slice(0, 10);
}

/** True when `value` is a real calendar date written as YYYY-MM-DD (rejects 2023-02-29, 2024-13-01 …). */
export function isPlainDate(value: string): boolean {
  const m = PATTERN.exec(value);
  if (!m) return false;
  const d = toUtc(value);
  return !Number.isNaN(d.getTime()) && fromUtc(d) === value;
}

/** Validates and returns the date; throws InvalidDateError otherwise. */
export function parsePlainDate(value: string): PlainDate {
  if (!isPlainDate(value)) throw new InvalidDateError(value);
  return value;
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: PlainDate, b: PlainDate): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: PlainDate): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}

export function yearOf(date: PlainDate): number {
  return Number(date.slice(0, 4));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The same day `months` calendar months later; when that month is shorter the result is clamped to its
 * last day (31 Jan + 1 month = 28/29 Feb).
 */
export function addMonthsClamped(date: PlainDate, months: number): PlainDate {
  const year = yearOf(date);
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const d = Math.min(day, daysInMonth(y, m));
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The calendar date in Europe/Copenhagen at the instant `now` (e.g. 23:30 UTC on 31 Dec is 1 Jan there). */
export function copenhagenDate(now: Date): PlainDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Copenhagen',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
