// Danish public holidays for legal deadlines. The dates come from `date-holidays` (DK), but only the
// holidays on the project's own list count: the list in docs/cli-contracts.md is authoritative. Observances in the
// package data (Grundlovsdag, 1. maj, Fastelavn, Mors Dag) are never days off for deadline purposes, and
// juleaftensdag and nytårsaftensdag are added explicitly.
import Holidays from 'date-holidays';
import type { PlainDate } from './plain-date.js';

export type HolidayKey =
  | 'nytaarsdag'
  | 'skaertorsdag'
  | 'langfredag'
  | 'paaskedag'
  | 'anden_paaskedag'
  | 'store_bededag'
  | 'kristi_himmelfartsdag'
  | 'pinsedag'
  | 'anden_pinsedag'
  | 'juleaftensdag'
  | 'juledag'
  | 'anden_juledag'
  | 'nytaarsaftensdag';

export interface Holiday {
  date: PlainDate;
  key: HolidayKey;
  /** Danish name. */
  name: string;
}

/** The date-holidays rules we accept, mapped to our keys. Any other rule in the package data is ignored. */
const ACCEPTED_RULES: Record<string, HolidayKey> = {
  '01-01': 'nytaarsdag',
  'easter -3': 'skaertorsdag',
  'easter -2': 'langfredag',
  easter: 'paaskedag',
  'easter 1': 'anden_paaskedag',
  // Store bededag was abolished from 2024 (lov nr. 96 af 28. februar 2023); the package encodes that.
  'easter 26 prior to 2024': 'store_bededag',
  'easter 39': 'kristi_himmelfartsdag',
  'easter 49': 'pinsedag',
  'easter 50': 'anden_pinsedag',
  '12-25': 'juledag',
  '12-26': 'anden_juledag',
};

const NAMES: Record<HolidayKey, string> = {
  nytaarsdag: 'Nytårsdag',
  skaertorsdag: 'Skærtorsdag',
  langfredag: 'Langfredag',
  paaskedag: 'Påskedag',
  anden_paaskedag: '2. påskedag',
  store_bededag: 'Store bededag',
  kristi_himmelfartsdag: 'Kristi himmelfartsdag',
  pinsedag: 'Pinsedag',
  anden_pinsedag: '2. pinsedag',
  juleaftensdag: 'Juleaftensdag',
  juledag: '1. juledag',
  anden_juledag: '2. juledag',
  nytaarsaftensdag: 'Nytårsaftensdag',
};

const source = new Holidays('DK');
const cache = new Map<number, Map<PlainDate, Holiday>>();

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

function build(year: number): Map<PlainDate, Holiday> {
  const result = new Map<PlainDate, Holiday>();
  for (const h of source.getHolidays(year)) {
    if (h.type !== 'public') continue;
    const key = ACCEPTED_RULES[h.rule];
    if (!key) continue;
    const date = h.date.slice(0, 10);
    result.set(date, { date, key, name: NAMES[key] });
  }
  for (const [md, key] of [
    ['12-24', 'juleaftensdag'],
    ['12-31', 'nytaarsaftensdag'],
  ] as const) {
    const date = `${year}-${md}`;
    result.set(date, { date, key, name: NAMES[key] });
  }
  return result;
}

/** The days off of one year, sorted by date. */
export function danishHolidays(year: number): Holiday[] {
  return [...holidayMap(year).values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

function holidayMap(year: number): Map<PlainDate, Holiday> {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`year ${year} is outside the supported calendar range ${MIN_YEAR}–${MAX_YEAR}`);
  }
  let map = cache.get(year);
  if (!map) {
    map = build(year);
    cache.set(year, map);
  }
  return map;
}

/** The holiday on `date`, if it is one. */
export function holidayOn(date: PlainDate): Holiday | undefined {
  return holidayMap(Number(date.slice(0, 4))).get(date);
}
