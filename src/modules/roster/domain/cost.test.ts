import { describe, expect, it } from 'vitest';
import { DEFAULT_COST, isSundayOrHoliday, periodNorm, shiftCost } from './cost.js';
import { canMove, noticeShortfall } from './lifecycle.js';

describe('allowances (ulempetillæg)', () => {
  it('pays no allowance for a weekday day shift', () => {
    const c = shiftCost('2027-02-03', '07:00', '15:00', 480, 200, DEFAULT_COST);
    expect(c.amount.base).toBe(1600);
    expect(c.total).toBe(1600);
  });
  it('pays evening 17–23 on a weekday evening shift', () => {
    const c = shiftCost('2027-02-03', '15:00', '23:00', 480, 200, DEFAULT_COST);
    expect(c.minutes.evening).toBe(360);
    expect(c.amount.evening).toBeCloseTo(6 * 200 * 0.3512, 2);
  });
  it('splits a night shift across midnight into evening and night, and Saturday after 08 only', () => {
    const c = shiftCost('2027-02-05', '23:00', '07:00', 480, 200, DEFAULT_COST); // Friday night into Saturday
    expect(c.minutes.night).toBe(7 * 60);
    expect(c.minutes.evening).toBe(0);
    expect(c.minutes.saturday).toBe(0); // Saturday 00–07 is before 08
    const sat = shiftCost('2027-02-06', '07:00', '15:00', 480, 200, DEFAULT_COST);
    expect(sat.minutes.saturday).toBe(7 * 60);
  });
  it('pays the Sunday and holiday rate on Sundays and on public holidays, not on juleaften', () => {
    expect(isSundayOrHoliday('2027-02-07')).toBe(true);
    expect(isSundayOrHoliday('2027-03-25')).toBe(true); // skærtorsdag 2027
    expect(isSundayOrHoliday('2027-12-24')).toBe(false);
    const c = shiftCost('2027-03-25', '07:00', '15:00', 450, 200, DEFAULT_COST);
    expect(c.minutes.sunday_holiday).toBe(450);
  });
  it('pays overtime at 150 %', () => {
    const c = shiftCost('2027-02-03', '07:00', '15:00', 480, 200, DEFAULT_COST, 60);
    expect(c.amount.overtime).toBe(300);
  });
});

describe('norm', () => {
  it('reduces a full-timer by 7.4 hours per weekday holiday, part-timers pro rata', () => {
    // 2027-03-22 .. 2027-04-04 holds skærtorsdag, langfredag (Thu, Fri) and 2. påskedag is 29.3. (Mon): 3.
    expect(periodNorm(2220, '2027-03-22', 14)).toBe(2 * 2220 - 3 * 444);
    expect(periodNorm(1110, '2027-03-22', 14)).toBe(2220 - 3 * 222);
    expect(periodNorm(2220, '2027-02-01', 28)).toBe(4 * 2220);
  });
});

describe('life cycle', () => {
  it('allows only the documented moves', () => {
    expect(canMove('draft', 'wishes_open')).toBe(true);
    expect(canMove('editing', 'published')).toBe(false);
    expect(canMove('approved', 'published')).toBe(true);
    expect(canMove('closed', 'draft')).toBe(false);
  });
  it('measures the 4-week notice', () => {
    expect(noticeShortfall('2027-01-01', '2027-02-01')).toBe(0);
    expect(noticeShortfall('2027-01-20', '2027-02-01')).toBe(16);
  });
});
