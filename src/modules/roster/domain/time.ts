// Calendar and clock helpers: absolute minutes of shifts (across midnight) and Danish day labels.
import type { ShiftType } from './types.js';

export function clockMinutes(hhmm: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`invalid time "${hhmm}" (expected HH:MM)`);
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) throw new Error(`invalid time "${hhmm}"`);
  return h * 60 + min;
}

/** [start, end) of a shift worked on `day`, in minutes from the start of day 0; end may pass midnight. */
export function shiftInterval(shift: ShiftType, day: number): [number, number] {
  const s = clockMinutes(shift.start);
  let e = clockMinutes(shift.end);
  if (e <= s) e += 1440;
  return [day * 1440 + s, day * 1440 + e];
}

const WEEKDAYS = ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'];

export function dateOf(startDate: string, day: number): Date {
  const d = new Date(`${startDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`invalid start date "${startDate}"`);
  d.setUTCDate(d.getUTCDate() + day);
  return d;
}

/** "mandag 3.3." style label for a day of the period. */
export function dayLabel(startDate: string, day: number): string {
  const d = dateOf(startDate, day);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()}.${d.getUTCMonth() + 1}.`;
}

export function isWeekendDay(startDate: string, day: number): boolean {
  const wd = dateOf(startDate, day).getUTCDay();
  return wd === 0 || wd === 6;
}

/** ISO-like week key (Monday-based) of a day, used to group Saturday and Sunday into one weekend. */
export function weekIndex(startDate: string, day: number): number {
  const d = dateOf(startDate, day);
  const monday = new Date(d);
  monday.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return Math.floor(monday.getTime() / (7 * 86400000));
}

export const hoursText = (minutes: number): string => {
  const h = minutes / 60;
  return Number.isInteger(h) ? `${h}` : h.toFixed(1).replace('.', ',');
};
