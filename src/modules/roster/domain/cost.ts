// Cost of a roster: base pay + inconvenience allowances (ulempetillæg) + overtime, per shift. Percentages are
// of the hourly base pay and editable per unit. Defaults, as we read them (editable, see docs/modules/roster.md):
// evening 17–23 35.12 %, night 23–06 39.26 %, Saturday 08–24 31.71 %, Sunday and public holidays 00–24 50 %,
// the weekend and holiday allowances paid on top of the evening and night ones; overtime supplement 50 %.
import { holidayOn } from '../../../platform/calendar/index.js';
import { clockMinutes } from './time.js';

export interface CostSettings {
  eveningPct: number;
  nightPct: number;
  saturdayPct: number;
  sundayHolidayPct: number;
  overtimePct: number;
  /** Hourly base pay per grade (kr.), used when an employee has no own rate. */
  gradePay: Record<string, number>;
}

export const DEFAULT_COST: CostSettings = {
  eveningPct: 35.12,
  nightPct: 39.26,
  saturdayPct: 31.71,
  sundayHolidayPct: 50,
  overtimePct: 50,
  gradePay: { SPL: 245, SSA: 215, SSH: 200 },
};

export type PayCode = 'base' | 'evening' | 'night' | 'saturday' | 'sunday_holiday' | 'overtime';
export const PAY_CODES: readonly PayCode[] = [
  'base',
  'evening',
  'night',
  'saturday',
  'sunday_holiday',
  'overtime',
];

export interface ShiftCost {
  /** Minutes per pay code (base = paid minutes). */
  minutes: Record<PayCode, number>;
  /** Kroner per pay code. */
  amount: Record<PayCode, number>;
  total: number;
}

const zero = (): Record<PayCode, number> => ({
  base: 0,
  evening: 0,
  night: 0,
  saturday: 0,
  sunday_holiday: 0,
  overtime: 0,
});

/** Sunday or a Danish public holiday (søgnehelligdag; juleaften and nytårsaften are not). */
export function isSundayOrHoliday(date: string): boolean {
  const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (wd === 0) return true;
  const h = holidayOn(date);
  return Boolean(h && h.key !== 'juleaftensdag' && h.key !== 'nytaarsaftensdag');
}

const nextDate = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * Allowance minutes of a shift worked from `start` to `end` (clock times; an end not after the start is the
 * next day) beginning on `date`, scaled so the shift's paid minutes (unpaid breaks) carry the allowances pro
 * rata. `overtimeMinutes` of the shift are paid the overtime supplement on top.
 */
export function shiftCost(
  date: string,
  start: string,
  end: string,
  paidMinutes: number,
  hourlyPay: number,
  s: CostSettings,
  overtimeMinutes = 0,
): ShiftCost {
  const minutes = zero();
  const a = clockMinutes(start);
  let b = clockMinutes(end);
  if (b <= a) b += 1440;
  const span = b - a;
  const scale = span > 0 ? paidMinutes / span : 0;
  for (let m = a; m < b; m++) {
    const dayDate = m >= 1440 ? nextDate(date) : date;
    const clock = m % 1440;
    const wd = new Date(`${dayDate}T00:00:00Z`).getUTCDay();
    if (clock >= 17 * 60 && clock < 23 * 60) minutes.evening++;
    if (clock >= 23 * 60 || clock < 6 * 60) minutes.night++;
    if (isSundayOrHoliday(dayDate)) minutes.sunday_holiday++;
    else if (wd === 6 && clock >= 8 * 60) minutes.saturday++;
  }
  for (const k of ['evening', 'night', 'saturday', 'sunday_holiday'] as const)
    minutes[k] = Math.round(minutes[k] * scale);
  minutes.base = paidMinutes;
  minutes.overtime = overtimeMinutes;
  const perMinute = hourlyPay / 60;
  const amount = zero();
  amount.base = paidMinutes * perMinute;
  amount.evening = (minutes.evening * perMinute * s.eveningPct) / 100;
  amount.night = (minutes.night * perMinute * s.nightPct) / 100;
  amount.saturday = (minutes.saturday * perMinute * s.saturdayPct) / 100;
  amount.sunday_holiday = (minutes.sunday_holiday * perMinute * s.sundayHolidayPct) / 100;
  amount.overtime = (overtimeMinutes * perMinute * (100 + s.overtimePct)) / 100;
  for (const k of PAY_CODES) amount[k] = Math.round(amount[k] * 100) / 100;
  const total = Math.round(PAY_CODES.reduce((sum, k) => sum + amount[k], 0) * 100) / 100;
  return { minutes, amount, total };
}

/** Full-time weekly norm (37 hours) and the public-holiday reduction of 7.4 hours per weekday holiday. */
export const FULL_TIME_WEEKLY_MINUTES = 37 * 60;
export const HOLIDAY_REDUCTION_MINUTES = 7.4 * 60;

/**
 * An employee's norm over a period: weekly minutes × days / 7, less 7.4 hours for every public holiday on a
 * weekday (Monday–Friday) in the period, pro rata for part-timers.
 */
export function periodNorm(weeklyMinutes: number, start: string, days: number): number {
  let norm = (weeklyMinutes * days) / 7;
  let date = start;
  for (let d = 0; d < days; d++) {
    const wd = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (wd >= 1 && wd <= 5 && isSundayOrHoliday(date))
      norm -= (HOLIDAY_REDUCTION_MINUTES * weeklyMinutes) / FULL_TIME_WEEKLY_MINUTES;
    date = nextDate(date);
  }
  return Math.round(norm);
}
