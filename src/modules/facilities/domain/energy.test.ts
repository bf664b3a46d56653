import { describe, expect, it } from 'vitest';
import {
  baseLoadAlert,
  continuousFlowAlert,
  expectationAlert,
  gradeKwhPerM2,
  normalYearConsumption,
  parsePeriod,
  validateReadings,
  type MeterRef,
  type ReadingRow,
} from './energy.js';

const meters: MeterRef[] = [
  { id: 'e1', code: 'EL-1', unit: 'kWh', rollover: null },
  { id: 'w1', code: 'VA-1', unit: 'm3', rollover: 99_999 },
  { id: 'h1', code: 'VA-H', unit: 'MWh', rollover: null },
];
const row = (
  line: number,
  meter: string,
  period: string,
  value: string,
  unit = 'kWh',
  type?: string,
): ReadingRow => ({
  line,
  meter,
  period,
  value,
  unit,
  ...(type ? { type } : {}),
});

describe('parsePeriod', () => {
  it('reads Danish local hours, UTC hours and months', () => {
    expect(parsePeriod('2025-01-15 13:00')).toEqual({ start: Date.UTC(2025, 0, 15, 12), resolution: 'hour' });
    expect(parsePeriod('2025-07-15T13:00')).toEqual({ start: Date.UTC(2025, 6, 15, 11), resolution: 'hour' });
    expect(parsePeriod('2025-07-15T13:00Z')).toEqual({
      start: Date.UTC(2025, 6, 15, 13),
      resolution: 'hour',
    });
    expect(parsePeriod('2025-03')).toEqual({ start: Date.UTC(2025, 1, 28, 23), resolution: 'month' });
  });
  it('rejects the missing spring-forward hour, minutes and nonsense', () => {
    expect(parsePeriod('2025-03-30 02:00')).toEqual({ error: 'nonexistent_local_time' });
    expect(parsePeriod('2025-01-15 13:30')).toEqual({ error: 'not_on_the_hour' });
    expect(parsePeriod('2025-02-30 10:00')).toEqual({ error: 'bad_period' });
    expect(parsePeriod('yesterday')).toEqual({ error: 'bad_period' });
  });
});

describe('validateReadings', () => {
  it('keeps good rows, converts units and counts an identical duplicate once', () => {
    const r = validateReadings(
      [
        row(2, 'EL-1', '2025-01-15T10:00Z', '12,5'),
        row(3, 'EL-1', '2025-01-15T11:00Z', '0.013', 'MWh'),
        row(4, 'EL-1', '2025-01-15T11:00Z', '13', 'kWh'),
      ],
      meters,
    );
    expect(r.errors).toEqual([]);
    expect(r.duplicates).toBe(1);
    expect(r.readings.map((x) => x.consumption)).toEqual([12.5, 13]);
  });
  it('gives a clear error per bad row and keeps neither side of a conflict', () => {
    const r = validateReadings(
      [
        row(2, 'EL-9', '2025-01-15T10:00Z', '1'),
        row(3, 'EL-1', '2025-01-15T10:00Z', '-4'),
        row(4, 'EL-1', '2025-01-15T11:00Z', '9999999'),
        row(5, 'EL-1', '2025-01-15T12:00Z', '5', 'm3'),
        row(6, 'EL-1', '2025-01-15T13:00Z', 'abc'),
        row(7, 'EL-1', '2025-01-15T14:00Z', '5'),
        row(8, 'EL-1', '2025-01-15T14:00Z', '6'),
      ],
      meters,
    );
    expect(r.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'unknown_meter'],
      [3, 'negative'],
      [4, 'absurd'],
      [5, 'wrong_unit'],
      [6, 'bad_number'],
      [8, 'conflicting_duplicate'],
    ]);
    expect(r.readings).toEqual([]);
  });
  it('turns register readings into consumption across a roll-over and reports gaps', () => {
    const r = validateReadings(
      [
        row(2, 'VA-1', '2025-01-01T00:00Z', '99990', 'm3', 'register'),
        row(3, 'VA-1', '2025-01-01T01:00Z', '99998', 'm3', 'register'),
        row(4, 'VA-1', '2025-01-01T02:00Z', '3', 'm3', 'register'),
        row(5, 'VA-1', '2025-01-01T05:00Z', '4', 'm3', 'register'),
      ],
      meters,
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['rollover', 'register_gap']);
    // 99990 → 99998 → (roll-over) 3; the three hours from 02:00 to 05:00 are not guessed.
    expect(r.readings.map((x) => x.consumption)).toEqual([8, 4]);
  });
  it('a register going backwards without a roll-over value is an error', () => {
    const r = validateReadings(
      [
        row(2, 'EL-1', '2025-01', '500', 'kWh', 'register'),
        row(3, 'EL-1', '2025-02', '400', 'kWh', 'register'),
      ],
      meters,
    );
    expect(r.errors.map((e) => e.code)).toEqual(['register_backwards']);
  });
  it('reports missing hours in an hourly series', () => {
    const r = validateReadings(
      [row(2, 'EL-1', '2025-01-01T00:00Z', '1'), row(3, 'EL-1', '2025-01-01T04:00Z', '1')],
      meters,
    );
    expect(r.gaps).toEqual([
      { meter: 'EL-1', from: '2025-01-01T01:00:00.000Z', to: '2025-01-01T04:00:00.000Z', missing: 3 },
    ]);
  });
});

describe('degree-day correction and grading', () => {
  it('scales only the space-heating part', () => {
    // 20 % hot water: a year with 10 % fewer degree days than normal is corrected up by 80 % × 1/0.9.
    expect(normalYearConsumption(100_000, 20, 3000, 2700)).toBeCloseTo(80_000 * (3000 / 2700) + 20_000, 6);
    expect(normalYearConsumption(1000, 100, 3000, 2000)).toBe(1000);
    expect(() => normalYearConsumption(1000, 20, 3000, 0)).toThrow(RangeError);
  });
  it('grades against the target', () => {
    expect(gradeKwhPerM2(100, 110)).toBe('green');
    expect(gradeKwhPerM2(130, 110)).toBe('yellow');
    expect(gradeKwhPerM2(140, 110)).toBe('red');
  });
});

describe('alerts', () => {
  const weeks = (values: number[]) =>
    values.map((v, i) => ({ week: `W${i}`, nightMean: v, weekendMean: 5, dayMean: 20 }));
  it('finds a night load that rose and stayed up, not a single odd week', () => {
    const normal = Array.from({ length: 20 }, () => 4);
    expect(baseLoadAlert(weeks([...normal, 4, 9, 4, 4]))).toBeNull();
    const found = baseLoadAlert(weeks([...normal, 7, 7, 7, 7, 7]));
    expect(found).toMatchObject({ kind: 'base_load', since: 'W20' });
    expect(found!.ratio).toBeCloseTo(1.75, 2);
  });
  it('finds water that never stops', () => {
    const days = (v: number[]) => v.map((m, i) => ({ day: `D${i}`, minHourly: m }));
    expect(continuousFlowAlert(days([0, 0, 0.01, 0, 0]))).toBeNull();
    expect(continuousFlowAlert(days([0, 0, 0, 0.3, 0.3, 0.3]))).toMatchObject({ since: 'D3' });
  });
  it('finds heat above the corrected expectation', () => {
    const gd = [500, 420, 350, 200, 90, 20, 5, 10, 80, 220, 340, 460];
    const year = (k: number) =>
      gd.map((d, i) => ({ month: `M${i}`, consumption: 1000 + 50 * d * k, degreeDays: d }));
    const months = [...year(1), ...year(1)];
    expect(expectationAlert(months)).toBeNull();
    const high = [...year(1), ...year(1).slice(0, 9), ...year(1.5).slice(9)];
    expect(expectationAlert(high)).toMatchObject({ kind: 'above_expectation', since: 'M9' });
  });
});
