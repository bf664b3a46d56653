import { describe, expect, it } from 'vitest';
import { daysOf, foldDaily, previousPeriod } from './aggregate.js';
import { contributionsOf, figureEventTypes, figureValue, targetStatus, type FigureEvent } from './figures.js';

const decided = (payload: Record<string, unknown>, id = 1): FigureEvent => ({
  id,
  type: 'records.request.decided',
  objectType: 'records_request',
  objectId: String(payload.requestId),
  payload,
  createdAt: new Date('2026-12-04T10:00:00Z'),
});

describe('key figures from events', () => {
  it('turns a decision into count, on-time, working days and hours, on the decision date and unit', () => {
    const c = contributionsOf(
      decided({
        requestId: 'r1',
        caseNumber: 'AKT-2026-0001',
        unitId: 'u1',
        decidedOn: '2026-12-03',
        onTime: false,
        workingDaysUsed: 9,
        minutesSpent: 90,
      }),
    );
    const byFigure = Object.fromEntries(c.map((x) => [x.figure, x]));
    expect(Object.keys(byFigure).sort()).toEqual([
      'records.decided',
      'records.hours',
      'records.on_time_pct',
      'records.working_days',
    ]);
    expect(byFigure['records.on_time_pct']).toMatchObject({ value: 0, day: '2026-12-03', unitId: 'u1' });
    expect(byFigure['records.working_days']!.value).toBe(9);
    expect(byFigure['records.hours']!.value).toBe(1.5);
    expect(byFigure['records.decided']!.label).toBe('AKT-2026-0001');
  });

  it('ignores events no figure listens to, and events without the request they are about', () => {
    expect(contributionsOf({ ...decided({ requestId: 'r' }), type: 'org.unit.created' })).toEqual([]);
    expect(contributionsOf({ ...decided({}), objectId: null })).toEqual([]);
    expect(figureEventTypes()).toContain('records.request.received');
  });

  it('falls back to the event time when the payload has no valid date', () => {
    const [c] = contributionsOf({
      ...decided({ requestId: 'r', decidedOn: 'yesterday' }),
      type: 'records.request.received',
    });
    expect(c!.day).toBe('2026-12-04');
  });

  it('combines totals by aggregation; an average of nothing is no value, not 0', () => {
    expect(figureValue('count', 3, 0)).toBe(3);
    expect(figureValue('pct', 4, 3)).toBe(75);
    expect(figureValue('avg', 3, 10)).toBe(3.3);
    expect(figureValue('avg', 0, 0)).toBeNull();
    expect(figureValue('pct', 0, 0)).toBeNull();
  });

  it('judges targets in the figure’s direction', () => {
    expect(targetStatus('higher', 80, 90)).toBe('missed');
    expect(targetStatus('higher', 95, 90)).toBe('met');
    expect(targetStatus('lower', 5, 7)).toBe('met');
    expect(targetStatus('lower', 8, 7)).toBe('missed');
    expect(targetStatus('lower', null, 7)).toBe('none');
  });
});

describe('daily totals and periods', () => {
  it('folds a batch per figure, unit and day', () => {
    const base = { objectType: 't', objectId: 'o', label: 'l' };
    const rows = foldDaily([
      { ...base, figure: 'f', unitId: 'u', day: '2026-12-01', value: 1 },
      { ...base, figure: 'f', unitId: 'u', day: '2026-12-01', value: 0 },
      { ...base, figure: 'f', unitId: null, day: '2026-12-01', value: 1 },
    ]);
    expect(rows).toHaveLength(2);
    expect(rows.find((r) => r.unitId === 'u')).toMatchObject({ n: 2, total: 1 });
  });

  it('compares a period with the one of the same length just before', () => {
    expect(previousPeriod({ from: '2026-12-01', to: '2026-12-04' })).toEqual({
      from: '2026-11-27',
      to: '2026-11-30',
    });
    expect(daysOf({ from: '2026-02-27', to: '2026-03-02' })).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });
});
