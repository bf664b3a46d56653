// Energy domain: validating imported readings (units, gaps, duplicates, roll-over, negative or absurd
// values), degree-day correction, kWh/m² grading and the three alerts found in the data. Pure functions: the
// services feed them rows and aggregates from SQL (hourly data is aggregated in the database).
import { fromCopenhagen } from './time.js';

export const METER_KINDS = ['electricity', 'heat', 'water'] as const;
export type MeterKind = (typeof METER_KINDS)[number];
export type MeterUnit = 'kWh' | 'MWh' | 'm3';
export type Resolution = 'hour' | 'month';

/** Factor from an input unit to the meter's unit; null when the unit measures something else. */
const ENERGY_KWH: Record<string, number> = { wh: 0.001, kwh: 1, mwh: 1000, gj: 277.7778 };
const VOLUME_M3: Record<string, number> = { l: 0.001, liter: 0.001, m3: 1, 'm³': 1 };

export function unitFactor(input: string, meterUnit: MeterUnit): number | null {
  const key = input.trim().toLowerCase();
  if (meterUnit === 'm3') return VOLUME_M3[key] ?? null;
  const kwh = ENERGY_KWH[key];
  if (kwh === undefined) return null;
  return meterUnit === 'kWh' ? kwh : kwh / 1000;
}

/** Largest plausible consumption per hour, in the meter's unit (a municipal building, generously). */
export const ABSURD_PER_HOUR: Record<MeterUnit, number> = { kWh: 20_000, MWh: 20, m3: 200 };
const HOURS_PER_MONTH = 744;

export type MeterRef = { id: string; code: string; unit: MeterUnit; rollover: number | null };
export type ReadingRow = {
  line: number;
  meter: string;
  period: string;
  value: string;
  unit: string;
  /** 'consumption' (per period) or 'register' (cumulative index; consumption is the difference). */
  type?: string;
};
export type Issue = { line: number; code: string; meter?: string; detail?: string };
export type CleanReading = {
  meterId: string;
  resolution: Resolution;
  periodStart: number;
  consumption: number;
};
export type Gap = { meter: string; from: string; to: string; missing: number };
export type ValidationResult = {
  readings: CleanReading[];
  errors: Issue[];
  warnings: Issue[];
  gaps: Gap[];
  duplicates: number;
};

const HOUR_RE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/** Start of the period in UTC ms and its resolution, or an error code. */
export function parsePeriod(text: string): { start: number; resolution: Resolution } | { error: string } {
  const t = text.trim();
  const month = MONTH_RE.exec(t);
  if (month) {
    const mo = +month[2]!;
    if (mo < 1 || mo > 12) return { error: 'bad_period' };
    const start = fromCopenhagen(+month[1]!, mo, 1, 0);
    return start === null ? { error: 'bad_period' } : { start, resolution: 'month' };
  }
  const m = HOUR_RE.exec(t);
  if (!m) return { error: 'bad_period' };
  const [, y, mo, d, h, mi, s, zone] = m;
  if (+mi! !== 0 || (s !== undefined && +s !== 0)) return { error: 'not_on_the_hour' };
  if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31 || +h! > 23) return { error: 'bad_period' };
  let start: number | null;
  if (zone) {
    const wall = Date.UTC(+y!, +mo! - 1, +d!, +h!);
    const sign = zone === 'Z' ? 0 : zone.startsWith('-') ? -1 : 1;
    const digits = zone === 'Z' ? '0000' : zone.slice(1).replace(':', '');
    start = wall - sign * (+digits.slice(0, 2) * 60 + +digits.slice(2)) * 60_000;
  } else start = fromCopenhagen(+y!, +mo!, +d!, +h!);
  if (start === null) return { error: 'nonexistent_local_time' };
  const check = new Date(Date.UTC(+y!, +mo! - 1, +d!));
  if (check.getUTCDate() !== +d!) return { error: 'bad_period' };
  return { start, resolution: 'hour' };
}

export function parseNumber(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  // Danish decimals: "1.234,5" or "12,5"; plain "1234.5" also accepted.
  const normal = /,/.test(t) ? t.replace(/\./g, '').replace(',', '.') : t;
  if (!/^-?\d+(\.\d+)?$/.test(normal)) return null;
  return Number(normal);
}

/**
 * Checks and converts imported rows. Nothing invalid is kept; an identical repeated row counts once
 * (duplicates); the same period with a different value is a conflict and neither value is kept. Register
 * readings become consumption by difference, across the meter's roll-over when it has one.
 */
export function validateReadings(rows: readonly ReadingRow[], meters: readonly MeterRef[]): ValidationResult {
  const byCode = new Map(meters.map((m) => [m.code, m]));
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  type Parsed = { line: number; meter: MeterRef; start: number; resolution: Resolution; value: number };
  const consumption = new Map<string, Parsed>();
  const conflicts = new Set<string>();
  const registers = new Map<string, Parsed[]>();
  let duplicates = 0;

  for (const row of rows) {
    const meter = byCode.get(row.meter.trim());
    if (!meter) {
      errors.push({ line: row.line, code: 'unknown_meter', meter: row.meter });
      continue;
    }
    const period = parsePeriod(row.period);
    if ('error' in period) {
      errors.push({ line: row.line, code: period.error, meter: meter.code, detail: row.period });
      continue;
    }
    const raw = parseNumber(row.value);
    if (raw === null) {
      errors.push({ line: row.line, code: 'bad_number', meter: meter.code, detail: row.value });
      continue;
    }
    const factor = unitFactor(row.unit, meter.unit);
    if (factor === null) {
      errors.push({
        line: row.line,
        code: 'wrong_unit',
        meter: meter.code,
        detail: `${row.unit} ≠ ${meter.unit}`,
      });
      continue;
    }
    const value = raw * factor;
    const parsed: Parsed = {
      line: row.line,
      meter,
      start: period.start,
      resolution: period.resolution,
      value,
    };
    const type = (row.type ?? 'consumption').trim().toLowerCase() || 'consumption';
    if (type === 'register') {
      const key = `${meter.id}|${period.resolution}`;
      const list = registers.get(key) ?? [];
      list.push(parsed);
      registers.set(key, list);
      continue;
    }
    if (type !== 'consumption') {
      errors.push({ line: row.line, code: 'bad_type', meter: meter.code, detail: row.type });
      continue;
    }
    if (!plausible(parsed, errors)) continue;
    const key = `${meter.id}|${period.resolution}|${period.start}`;
    const seen = consumption.get(key);
    if (seen) {
      if (seen.value === value) duplicates++;
      else {
        conflicts.add(key);
        errors.push({
          line: row.line,
          code: 'conflicting_duplicate',
          meter: meter.code,
          detail: `line ${seen.line}`,
        });
      }
      continue;
    }
    consumption.set(key, parsed);
  }

  for (const list of registers.values()) {
    list.sort((a, b) => a.start - b.start);
    for (let i = 1; i < list.length; i++) {
      const prev = list[i - 1]!;
      const cur = list[i]!;
      if (cur.start === prev.start) {
        if (cur.value === prev.value) duplicates++;
        else
          errors.push({
            line: cur.line,
            code: 'conflicting_duplicate',
            meter: cur.meter.code,
            detail: `line ${prev.line}`,
          });
        list.splice(i--, 1);
        continue;
      }
      const span = cur.start - prev.start;
      const adjacent =
        prev.resolution === 'hour' ? span === 3_600_000 : span >= 27 * 86_400_000 && span <= 32 * 86_400_000;
      if (!adjacent) {
        // The difference covers several periods: it is not spread out by guessing; the gap is reported.
        warnings.push({ line: cur.line, code: 'register_gap', meter: cur.meter.code });
        continue;
      }
      let delta = cur.value - prev.value;
      if (delta < 0) {
        const max = cur.meter.rollover;
        if (max !== null && prev.value <= max && cur.value <= max) {
          delta = max - prev.value + cur.value;
          warnings.push({ line: cur.line, code: 'rollover', meter: cur.meter.code });
        } else {
          errors.push({ line: cur.line, code: 'register_backwards', meter: cur.meter.code });
          continue;
        }
      }
      // The difference between two register readings is the consumption of the period starting at the first.
      const parsed: Parsed = { ...prev, line: cur.line, value: delta };
      if (!plausible(parsed, errors)) continue;
      consumption.set(`${prev.meter.id}|${prev.resolution}|${prev.start}`, parsed);
    }
  }

  for (const key of conflicts) consumption.delete(key);
  const readings = [...consumption.values()]
    .map((p) => ({
      meterId: p.meter.id,
      resolution: p.resolution,
      periodStart: p.start,
      consumption: p.value,
    }))
    .sort((a, b) => (a.meterId < b.meterId ? -1 : a.meterId > b.meterId ? 1 : a.periodStart - b.periodStart));
  return { readings, errors, warnings, gaps: findGaps(readings, meters), duplicates };
}

function plausible(
  p: { line: number; meter: MeterRef; resolution: Resolution; value: number },
  errors: Issue[],
) {
  if (p.value < 0) {
    errors.push({ line: p.line, code: 'negative', meter: p.meter.code, detail: String(p.value) });
    return false;
  }
  const limit = ABSURD_PER_HOUR[p.meter.unit] * (p.resolution === 'month' ? HOURS_PER_MONTH : 1);
  if (p.value > limit) {
    errors.push({ line: p.line, code: 'absurd', meter: p.meter.code, detail: `${p.value} > ${limit}` });
    return false;
  }
  return true;
}

/** Missing hours inside each meter's hourly series (a warning: nothing is invented to fill them). */
export function findGaps(readings: readonly CleanReading[], meters: readonly MeterRef[]): Gap[] {
  const codeOf = new Map(meters.map((m) => [m.id, m.code]));
  const gaps: Gap[] = [];
  let prev: CleanReading | null = null;
  for (const r of readings) {
    if (r.resolution !== 'hour') continue;
    if (prev && prev.meterId === r.meterId && r.periodStart - prev.periodStart > 3_600_000) {
      gaps.push({
        meter: codeOf.get(r.meterId) ?? r.meterId,
        from: new Date(prev.periodStart + 3_600_000).toISOString(),
        to: new Date(r.periodStart).toISOString(),
        missing: (r.periodStart - prev.periodStart) / 3_600_000 - 1,
      });
    }
    prev = r;
  }
  return gaps;
}

/**
 * Degree-day correction to a normal year (base 17 °C): only the space-heating part scales with the degree
 * days; the hot-water share does not. Both degree-day figures must come from the same source.
 */
export function normalYearConsumption(
  energy: number,
  hotWaterSharePercent: number,
  degreeDaysNormal: number,
  degreeDaysActual: number,
): number {
  if (degreeDaysActual <= 0) throw new RangeError('actual degree days must be positive');
  const p = Math.min(100, Math.max(0, hotWaterSharePercent));
  return (energy * ((100 - p) * (degreeDaysNormal / degreeDaysActual) + p)) / 100;
}

export type Light = 'green' | 'yellow' | 'red';

/** kWh per m² heated area per year: green up to the target, yellow up to 25 % above, red beyond. */
export const KWH_TARGETS: { prefix: string; target: number }[] = [
  { prefix: '42', target: 110 }, // schools and education
  { prefix: '44', target: 120 }, // day care and institutions
  { prefix: '43', target: 160 }, // care homes and health
  { prefix: '16', target: 160 }, // residential care (plejeboliger)
  { prefix: '53', target: 140 }, // sports halls
  { prefix: '32', target: 100 }, // offices and town halls
];
export const DEFAULT_KWH_TARGET = 130;

export function kwhTarget(useCode: string | null): number {
  const hit = useCode ? KWH_TARGETS.find((t) => useCode.startsWith(t.prefix)) : undefined;
  return hit?.target ?? DEFAULT_KWH_TARGET;
}

export function gradeKwhPerM2(kwhPerM2: number, target: number): Light {
  if (kwhPerM2 <= target) return 'green';
  if (kwhPerM2 <= target * 1.25) return 'yellow';
  return 'red';
}

// ---- alerts -------------------------------------------------------------------------------------------

export type WeekLoad = { week: string; nightMean: number; weekendMean: number; dayMean: number };
export type Alert = {
  kind: 'base_load' | 'continuous_flow' | 'above_expectation';
  since: string;
  /** How far above normal (ratio, e.g. 1.6 = 60 % above). */
  ratio: number;
  baseline: number;
  recent: number;
};

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Night or weekend base load above normal: the mean of the last `recentWeeks` weeks compared with the median
 * of the earlier weeks (at least 8). Found when it is `factor` above and above in each of those weeks, so a
 * single odd week does not raise an alert.
 */
export function baseLoadAlert(
  weeks: readonly WeekLoad[],
  opts: { recentWeeks?: number; factor?: number } = {},
): Alert | null {
  const recentWeeks = opts.recentWeeks ?? 4;
  const factor = opts.factor ?? 1.3;
  if (weeks.length < recentWeeks + 8) return null;
  const earlier = weeks.slice(0, -recentWeeks);
  const recent = weeks.slice(-recentWeeks);
  for (const field of ['nightMean', 'weekendMean'] as const) {
    const baseline = median(earlier.map((w) => w[field]));
    if (baseline <= 0) continue;
    if (recent.every((w) => w[field] > baseline * factor)) {
      // Walk back to the first week of the run above the limit.
      let i = weeks.length - 1;
      while (i > 0 && weeks[i - 1]![field] > baseline * factor) i--;
      const mean = recent.reduce((a, w) => a + w[field], 0) / recent.length;
      return { kind: 'base_load', since: weeks[i]!.week, ratio: mean / baseline, baseline, recent: mean };
    }
  }
  return null;
}

export type DayFlow = { day: string; minHourly: number };

/**
 * Continuous water flow (a running toilet, a leak): a building's water use drops to (almost) nothing in some
 * hour every night. When the smallest hourly flow of each of the last `days` days stays above `threshold`
 * m³/h the water never stopped.
 */
export function continuousFlowAlert(
  series: readonly DayFlow[],
  opts: { days?: number; threshold?: number } = {},
): Alert | null {
  const days = opts.days ?? 3;
  const threshold = opts.threshold ?? 0.02;
  if (series.length < days) return null;
  const recent = series.slice(-days);
  if (!recent.every((d) => d.minHourly > threshold)) return null;
  let i = series.length - 1;
  while (i > 0 && series[i - 1]!.minHourly > threshold) i--;
  const earlier = series.slice(0, i).map((d) => d.minHourly);
  const baseline = median(earlier);
  const mean = recent.reduce((a, d) => a + d.minHourly, 0) / recent.length;
  return {
    kind: 'continuous_flow',
    since: series[i]!.day,
    ratio: baseline > 0 ? mean / baseline : Number.POSITIVE_INFINITY,
    baseline,
    recent: mean,
  };
}

export type MonthHeat = { month: string; consumption: number; degreeDays: number };

/** Least-squares energy signature consumption = a + b × degree days. */
export function energySignature(months: readonly MonthHeat[]): { a: number; b: number } | null {
  const n = months.length;
  if (n < 6) return null;
  const mx = months.reduce((s, m) => s + m.degreeDays, 0) / n;
  const my = months.reduce((s, m) => s + m.consumption, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const m of months) {
    sxy += (m.degreeDays - mx) * (m.consumption - my);
    sxx += (m.degreeDays - mx) ** 2;
  }
  if (sxx === 0) return null;
  const b = sxy / sxx;
  return { a: my - b * mx, b };
}

/**
 * Consumption above the building's corrected expectation: the signature fitted on the months before the last
 * `recentMonths` predicts each recent month from its degree days; found when at least `minMonths` recent
 * months exceed the prediction by `factor` and the recent total exceeds the predicted total by it too.
 */
export function expectationAlert(
  months: readonly MonthHeat[],
  opts: { recentMonths?: number; factor?: number; minMonths?: number } = {},
): (Alert & { expected: number[] }) | null {
  const recentMonths = opts.recentMonths ?? 3;
  const factor = opts.factor ?? 1.2;
  const minMonths = opts.minMonths ?? 2;
  const fit = energySignature(months.slice(0, -recentMonths));
  if (!fit) return null;
  const recent = months.slice(-recentMonths);
  const expected = recent.map((m) => Math.max(0, fit.a + fit.b * m.degreeDays));
  const over = recent.filter((m, i) => m.consumption > expected[i]! * factor).length;
  const total = recent.reduce((s, m) => s + m.consumption, 0);
  const expectedTotal = expected.reduce((s, e) => s + e, 0);
  if (over < minMonths || expectedTotal <= 0 || total <= expectedTotal * factor) return null;
  const first = recent.findIndex((m, i) => m.consumption > expected[i]! * factor);
  return {
    kind: 'above_expectation',
    since: recent[first]!.month,
    ratio: total / expectedTotal,
    baseline: expectedTotal,
    recent: total,
    expected,
  };
}
