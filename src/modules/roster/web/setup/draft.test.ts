// The set-up form's state: the API's set-up round-trips through the draft, the form's own checks find what
// the contract and the server would refuse, and the server's field errors land on the draft's fields.
import { describe, expect, it } from 'vitest';
import { demoSetup } from '../../demo-seed.js';
import {
  emptyDemand,
  emptyShift,
  endsNextDay,
  fromDraft,
  normaliseClock,
  parseNumber,
  serverProblems,
  toDraft,
  type Draft,
} from './draft.js';

const draft = (): Draft => toDraft(demoSetup(), 'da');

describe('the set-up draft', () => {
  it('round-trips the demo set-up, with Danish decimal commas in the form', () => {
    const d = draft();
    expect(d.cost.eveningPct).toBe('35,12');
    expect(toDraft(demoSetup(), 'en').cost.eveningPct).toBe('35.12');
    const { setup, problems } = fromDraft(d);
    expect(problems).toEqual({});
    expect(setup).toEqual(demoSetup());
  });

  it('reads numbers with a comma or a point, times as typed, and knows a shift across midnight', () => {
    expect(parseNumber('35,5')).toBe(35.5);
    expect(parseNumber(' 11.5 ')).toBe(11.5);
    expect(parseNumber('')).toBeNaN();
    expect(parseNumber('1e3')).toBeNaN();
    expect(endsNextDay('23:00', '07:00')).toBe(true);
    expect(endsNextDay('07:00', '15:00')).toBe(false);
    expect(endsNextDay('07:00', '')).toBe(false);
    expect(endsNextDay('2300', '7')).toBe(true);
    expect(['7', '0700', '7.00', '07:00', '23:59', '24:00', '7:60', 'x'].map(normaliseClock)).toEqual([
      '07:00',
      '07:00',
      '07:00',
      '07:00',
      '23:59',
      null,
      null,
      null,
    ]);
  });

  it('finds what the server would refuse, on the field that is wrong', () => {
    const d = draft();
    d.name = ' ';
    d.shiftTypes.push({
      ...emptyShift(),
      id: 'D',
      name: 'Igen',
      start: '7:60',
      end: '15:00',
      paidMinutes: '7,5',
    });
    d.demand.unshift({ ...emptyDemand('X'), weekdays: [], skill: 'NOPE', min: '3', preferred: '2' });
    d.specialDays.push({ key: 'a', date: '2030-12-24', name: 'Juleaften', followsWeekday: '7' });
    d.specialDays.push({ key: 'b', date: '2030-12-24', name: '', followsWeekday: '7' });
    d.agreement.restHours = '30';
    d.cost.gradePay.push({ key: 'g', grade: 'SPL', pay: 'mange' });
    d.cost.payCodes.base = '';
    const { problems, setup } = fromDraft(d);
    expect(problems).toEqual({
      name: { key: 'required' },
      'shiftTypes.3.id': { key: 'duplicate', values: { code: 'D' } },
      'shiftTypes.3.start': { key: 'clock' },
      'shiftTypes.3.paidMinutes': { key: 'integer' },
      'demand.0.weekdays': { key: 'weekdays' },
      'demand.0.shift': { key: 'unknownShift', values: { code: 'X' } },
      'demand.0.skill': { key: 'unknownSkill', values: { code: 'NOPE' } },
      'demand.0.preferred': { key: 'minAbovePreferred' },
      'specialDays.1.date': { key: 'duplicateDate' },
      'specialDays.1.name': { key: 'required' },
      'agreement.restHours': { key: 'range', values: { min: 8, max: 24 } },
      'cost.gradePay.3.grade': { key: 'duplicate', values: { code: 'SPL' } },
      'cost.gradePay.3.pay': { key: 'number' },
    });
    // An empty pay code is left out (the payroll file's standard code applies).
    expect(setup.cost.payCodes.base).toBeUndefined();
  });

  it('needs at least one shift type', () => {
    const d = draft();
    d.shiftTypes = [];
    d.demand = [];
    expect(fromDraft(d).problems).toEqual({ shiftTypes: { key: 'noShifts' } });
  });

  it('places the server’s errors: its own in the UI language, the contract’s as "not valid"', () => {
    const d = draft();
    const errors = [
      {
        path: 'body.setup.demand.2.shift',
        message: 'Behovet nævner en ukendt vagttype (X). / The demand names an unknown shift type (X).',
      },
      { path: 'body.setup.shiftTypes.0.start', message: 'Invalid string: must match pattern' },
      { path: 'body.setup.demand.1.weekdays.0', message: 'Too big' },
      { path: 'body.setup.cost.gradePay.SSA', message: 'Too big' },
      { path: 'body.setup.shiftTypes', message: 'Vagttypen N bruges … / Shift type N is used …' },
    ];
    expect(serverProblems(errors, d, 'da')).toEqual({
      'demand.2.shift': { text: 'Behovet nævner en ukendt vagttype (X).' },
      'shiftTypes.0.start': { key: 'invalid' },
      'demand.1.weekdays': { key: 'invalid' },
      'cost.gradePay.1.pay': { key: 'invalid' },
      shiftTypes: { text: 'Vagttypen N bruges …' },
    });
    expect(serverProblems(errors, d, 'en')['demand.2.shift']).toEqual({
      text: 'The demand names an unknown shift type (X).',
    });
    expect(serverProblems(undefined, d, 'da')).toEqual({});
  });
});
