// Time spent on a request. OFL § 9, stk. 2, nr. 1: a request may be refused when it would take more than
// about 25 hours; the caseworker is warned as the total approaches that limit.

export const USUAL_LIMIT_MINUTES = 25 * 60;
export const WARNING_FROM_MINUTES = 20 * 60;

export interface TimeEntry {
  minutes: number;
  activity: string;
}

export type TimeStatus = 'ok' | 'approaching_limit' | 'over_limit';

export function totalMinutes(entries: readonly TimeEntry[]): number {
  return entries.reduce((sum, e) => sum + e.minutes, 0);
}

export function timeStatus(minutes: number): TimeStatus {
  if (minutes > USUAL_LIMIT_MINUTES) return 'over_limit';
  if (minutes >= WARNING_FROM_MINUTES) return 'approaching_limit';
  return 'ok';
}

/** A time entry must be a whole number of minutes between 1 and 24 hours. */
export function isValidTimeEntry(e: TimeEntry): boolean {
  return Number.isInteger(e.minutes) && e.minutes > 0 && e.minutes <= 24 * 60 && e.activity.trim().length > 0;
}

export function formatHours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} t` : `${h} t ${m} min`;
}
