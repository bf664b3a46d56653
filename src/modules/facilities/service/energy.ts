// Energy: readings import (validated by domain/energy.ts, stored idempotently), a building's yearly and
// monthly figures with degree-day correction, and the anomaly scan that stores the current alerts.
// Hourly data is aggregated in SQL (local Danish time); the domain functions judge the aggregates.
import type { z } from 'zod';
import { parseCsv } from '../../org/index.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import type { TBuildingEnergy, TEnergyAlert, ZReadingsImportReport } from '../contract.js';
import {
  baseLoadAlert,
  continuousFlowAlert,
  expectationAlert,
  gradeKwhPerM2,
  kwhTarget,
  normalYearConsumption,
  validateReadings,
  type CleanReading,
  type MeterKind,
  type MeterRef,
  type MeterUnit,
} from '../domain/energy.js';

const LOCAL = `AT TIME ZONE 'Europe/Copenhagen'`;
const TO_KWH = `CASE m.unit WHEN 'MWh' THEN 1000 ELSE 1 END`;

/** Inserts readings in chunks; an existing (meter, resolution, period) is kept: a re-import counts nothing twice. */
export async function insertReadings(tx: TenantTx, readings: readonly CleanReading[]): Promise<number> {
  let inserted = 0;
  const CHUNK = 20_000;
  for (let i = 0; i < readings.length; i += CHUNK) {
    const part = readings.slice(i, i + CHUNK);
    const res = await tx.sql.query<{ n: number }>(
      `WITH ins AS (
         INSERT INTO fm_readings (tenant_id, meter_id, resolution, period_start, consumption)
         SELECT $1, m, r, to_timestamp(p / 1000.0), c
           FROM unnest($2::uuid[], $3::text[], $4::float8[], $5::float8[]) AS u(m, r, p, c)
         ON CONFLICT DO NOTHING RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [
        tx.tenantId,
        part.map((r) => r.meterId),
        part.map((r) => r.resolution),
        part.map((r) => r.periodStart),
        part.map((r) => r.consumption),
      ],
    );
    inserted += res.rows[0]!.n;
  }
  return inserted;
}

type ImportReport = z.infer<typeof ZReadingsImportReport>;

export async function importReadings(
  db: Db,
  actor: Actor,
  input: { csv: string; dryRun: boolean },
): Promise<ImportReport> {
  requirePermission(actor, 'facilities.manage');
  const parsed = parseCsv(input.csv, ['meter', 'period', 'value', 'unit'], ['type']);
  if ('error' in parsed)
    throw new AppError('facilities.bad_csv', parsed.error.en, undefined, {
      status: 400,
      da: parsed.error.da,
      en: parsed.error.en,
    });
  return withTenant(db, actor.tenantId, async (tx) => {
    const meters = (
      await tx.sql.query<{ id: string; code: string; unit: MeterUnit; rollover: number | null }>(
        'SELECT id, code, unit, rollover::float8 AS rollover FROM fm_meters',
      )
    ).rows satisfies MeterRef[];
    const result = validateReadings(
      parsed.records.map((r) => ({
        line: r.line,
        meter: r.values.meter ?? '',
        period: r.values.period ?? '',
        value: r.values.value ?? '',
        unit: r.values.unit ?? '',
        type: r.values.type,
      })),
      meters,
    );
    const inserted = input.dryRun ? 0 : await insertReadings(tx, result.readings);
    const existing = input.dryRun
      ? await countExisting(tx, result.readings)
      : result.readings.length - inserted;
    const report: ImportReport = {
      dryRun: input.dryRun,
      rows: parsed.records.length,
      accepted: result.readings.length,
      inserted,
      alreadyStored: existing,
      duplicatesInFile: result.duplicates,
      errors: result.errors.map((e) => ({
        line: e.line,
        code: e.code,
        meter: e.meter ?? null,
        detail: e.detail ?? null,
      })),
      warnings: result.warnings.map((e) => ({
        line: e.line,
        code: e.code,
        meter: e.meter ?? null,
        detail: e.detail ?? null,
      })),
      gaps: result.gaps,
    };
    if (!input.dryRun)
      await writeAudit(tx, actor, {
        action: 'facilities.readings.import',
        objectType: 'fm_readings',
        objectId: tx.tenantId,
        details: { rows: report.rows, inserted, alreadyStored: existing, errors: report.errors.length },
      });
    return report;
  });
}

async function countExisting(tx: TenantTx, readings: readonly CleanReading[]): Promise<number> {
  if (readings.length === 0) return 0;
  return (
    await tx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM fm_readings f JOIN unnest($1::uuid[], $2::text[], $3::float8[]) AS u(m, r, p)
         ON f.meter_id = u.m AND f.resolution = u.r AND f.period_start = to_timestamp(u.p / 1000.0)`,
      [readings.map((r) => r.meterId), readings.map((r) => r.resolution), readings.map((r) => r.periodStart)],
    )
  ).rows[0]!.n;
}

// ---- a building's figures ------------------------------------------------------------------------------

type MeterRow = { id: string; code: string; kind: MeterKind; unit: MeterUnit; parent_id: string | null };

export async function buildingEnergy(db: Db, actor: Actor, buildingId: string): Promise<TBuildingEnergy> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const b = (
      await tx.sql.query<{ heated: number | null; use_code: string | null; hot_water: number }>(
        'SELECT heated_area::float8 AS heated, use_code, hot_water_share::float8 AS hot_water FROM fm_buildings WHERE id = $1',
        [buildingId],
      )
    ).rows[0];
    if (!b) throw notFound();
    const meters = (
      await tx.sql.query<MeterRow>(
        'SELECT id, code, kind, unit, parent_id FROM fm_meters WHERE building_id = $1 ORDER BY kind, code',
        [buildingId],
      )
    ).rows;
    // Main meters only (sub-meters are inside them: adding both would count twice).
    const monthly = (
      await tx.sql.query<{ month: string; kind: MeterKind; amount: number }>(
        `SELECT to_char(date_trunc('month', r.period_start ${LOCAL}), 'YYYY-MM') AS month, m.kind,
                sum(r.consumption * ${TO_KWH})::float8 AS amount
           FROM fm_readings r JOIN fm_meters m ON m.id = r.meter_id
          WHERE m.building_id = $1 AND m.parent_id IS NULL
          GROUP BY 1, 2 ORDER BY 1`,
        [buildingId],
      )
    ).rows;
    const byMonth = new Map<string, { heat: number; electricity: number; water: number }>();
    for (const r of monthly) {
      const m = byMonth.get(r.month) ?? { heat: 0, electricity: 0, water: 0 };
      m[r.kind] += r.amount;
      byMonth.set(r.month, m);
    }
    const degreeDays = await degreeDaysByMonth(tx);
    const target = kwhTarget(b.use_code);
    const years = new Map<
      number,
      {
        heat: number;
        el: number;
        water: number;
        gd: number;
        gdNormal: number;
        months: number;
        gdMonths: number;
      }
    >();
    for (const [month, v] of byMonth) {
      const y = Number(month.slice(0, 4));
      const acc = years.get(y) ?? { heat: 0, el: 0, water: 0, gd: 0, gdNormal: 0, months: 0, gdMonths: 0 };
      acc.heat += v.heat;
      acc.el += v.electricity;
      acc.water += v.water;
      acc.months++;
      const dd = degreeDays.get(month);
      if (dd) {
        acc.gd += dd.actual;
        acc.gdNormal += dd.normal;
        acc.gdMonths++;
      }
      years.set(y, acc);
    }
    const area = b.heated;
    return {
      buildingId,
      heatedArea: area,
      meters: meters.map((m) => ({
        id: m.id,
        code: m.code,
        kind: m.kind,
        unit: m.unit,
        parentId: m.parent_id,
      })),
      years: [...years.entries()]
        .sort((a, c) => a[0] - c[0])
        .map(([year, v]) => {
          // Correction only for complete years with degree days for every month (same source throughout).
          const complete = v.months === 12 && v.gdMonths === 12 && v.gd > 0;
          const corrected = complete ? normalYearConsumption(v.heat, b.hot_water, v.gdNormal, v.gd) : null;
          const perM2 = area && v.months === 12 ? (v.heat + v.el) / area : null;
          const perM2Corrected = area && corrected !== null ? (corrected + v.el) / area : null;
          const graded = perM2Corrected ?? perM2;
          return {
            year,
            heatKwh: round(v.heat),
            heatKwhCorrected: corrected === null ? null : round(corrected),
            electricityKwh: round(v.el),
            waterM3: round(v.water),
            kwhPerM2: perM2 === null ? null : round(perM2),
            kwhPerM2Corrected: perM2Corrected === null ? null : round(perM2Corrected),
            target,
            light: graded === null ? null : gradeKwhPerM2(graded, target),
          };
        }),
      monthly: [...byMonth.entries()].map(([month, v]) => ({
        month,
        heat: round(v.heat),
        electricity: round(v.electricity),
        water: round(v.water),
      })),
      alerts: await storedAlerts(tx, buildingId),
    };
  });
}

const round = (x: number) => Math.round(x * 10) / 10;

/** Degree days of one source (the one with most months): never mix sources' actual and normal years. */
async function degreeDaysByMonth(tx: TenantTx): Promise<Map<string, { actual: number; normal: number }>> {
  const rows = (
    await tx.sql.query<{ month: string; actual: number; normal: number }>(
      `SELECT to_char(month, 'YYYY-MM') AS month, actual, normal FROM fm_degree_days
        WHERE source = (SELECT source FROM fm_degree_days GROUP BY source ORDER BY count(*) DESC, source LIMIT 1)`,
    )
  ).rows;
  return new Map(rows.map((r) => [r.month, { actual: r.actual, normal: r.normal }]));
}

async function storedAlerts(tx: TenantTx, buildingId: string): Promise<TEnergyAlert[]> {
  return (
    await tx.sql.query<{
      kind: TEnergyAlert['kind'];
      meter_id: string;
      code: string;
      since: string;
      ratio: number;
      baseline: number;
      recent: number;
      series: TEnergyAlert['series'];
    }>(
      `SELECT a.kind, a.meter_id, m.code, a.since, a.ratio, a.baseline, a.recent, a.series
         FROM fm_energy_alerts a JOIN fm_meters m ON m.id = a.meter_id WHERE a.building_id = $1 ORDER BY a.kind`,
      [buildingId],
    )
  ).rows.map((a) => ({
    kind: a.kind,
    meterId: a.meter_id,
    meterCode: a.code,
    since: a.since,
    ratio: a.ratio,
    baseline: a.baseline,
    recent: a.recent,
    series: a.series,
  }));
}

// ---- anomaly scan --------------------------------------------------------------------------------------

export type ScanResult = { meters: number; alerts: number; byKind: Record<string, number> };

/**
 * Scans every meter of the tenant (or of the given buildings) relative to its own latest reading and
 * replaces the stored alerts. Heavy aggregation runs in the database, one query per alert type.
 */
export async function scanEnergy(tx: TenantTx, buildingIds: string[] | null = null): Promise<ScanResult> {
  const scope = `($1::uuid[] IS NULL OR m.building_id = ANY($1::uuid[]))`;
  const found: { buildingId: string; meterId: string; alert: Omit<TEnergyAlert, 'meterId' | 'meterCode'> }[] =
    [];

  const weeks = (
    await tx.sql.query<{
      meter_id: string;
      building_id: string;
      week: string;
      night: number;
      weekend: number;
      day: number;
    }>(
      `WITH last AS (SELECT r.meter_id, max(r.period_start) AS t FROM fm_readings r JOIN fm_meters m ON m.id = r.meter_id
                      WHERE m.kind = 'electricity' AND r.resolution = 'hour' AND ${scope} GROUP BY r.meter_id)
       SELECT r.meter_id, m.building_id, to_char(date_trunc('week', r.period_start ${LOCAL}), 'YYYY-MM-DD') AS week,
              coalesce(avg(r.consumption) FILTER (WHERE extract(hour FROM r.period_start ${LOCAL}) < 5
                AND extract(isodow FROM r.period_start ${LOCAL}) < 6), 0)::float8 AS night,
              coalesce(avg(r.consumption) FILTER (WHERE extract(isodow FROM r.period_start ${LOCAL}) >= 6), 0)::float8 AS weekend,
              coalesce(avg(r.consumption) FILTER (WHERE extract(hour FROM r.period_start ${LOCAL}) BETWEEN 8 AND 15
                AND extract(isodow FROM r.period_start ${LOCAL}) < 6), 0)::float8 AS day
         FROM fm_readings r JOIN last l ON l.meter_id = r.meter_id JOIN fm_meters m ON m.id = r.meter_id
        WHERE r.resolution = 'hour' AND r.period_start > l.t - interval '364 days'
          AND date_trunc('week', r.period_start ${LOCAL}) < date_trunc('week', l.t ${LOCAL})
        GROUP BY 1, 2, 3 ORDER BY 1, 3`,
      [buildingIds],
    )
  ).rows;
  for (const [meterId, rows] of groupBy(weeks, (w) => w.meter_id)) {
    const alert = baseLoadAlert(
      rows.map((w) => ({ week: w.week, nightMean: w.night, weekendMean: w.weekend, dayMean: w.day })),
    );
    if (alert)
      found.push({
        buildingId: rows[0]!.building_id,
        meterId,
        alert: {
          ...alert,
          kind: 'base_load',
          series: rows.map((w) => ({ x: w.week, y: round(w.night), expected: round(alert.baseline) })),
        },
      });
  }

  const days = (
    await tx.sql.query<{ meter_id: string; building_id: string; day: string; min: number }>(
      `WITH last AS (SELECT r.meter_id, max(r.period_start) AS t FROM fm_readings r JOIN fm_meters m ON m.id = r.meter_id
                      WHERE m.kind = 'water' AND r.resolution = 'hour' AND ${scope} GROUP BY r.meter_id)
       SELECT r.meter_id, m.building_id, to_char(r.period_start ${LOCAL}, 'YYYY-MM-DD') AS day,
              min(CASE m.unit WHEN 'm3' THEN r.consumption ELSE r.consumption END)::float8 AS min
         FROM fm_readings r JOIN last l ON l.meter_id = r.meter_id JOIN fm_meters m ON m.id = r.meter_id
        WHERE r.resolution = 'hour' AND r.period_start > l.t - interval '60 days'
          AND (r.period_start ${LOCAL})::date < (l.t ${LOCAL})::date
        GROUP BY 1, 2, 3 ORDER BY 1, 3`,
      [buildingIds],
    )
  ).rows;
  for (const [meterId, rows] of groupBy(days, (d) => d.meter_id)) {
    const alert = continuousFlowAlert(rows.map((d) => ({ day: d.day, minHourly: d.min })));
    if (alert)
      found.push({
        buildingId: rows[0]!.building_id,
        meterId,
        alert: {
          ...alert,
          ratio: Number.isFinite(alert.ratio) ? alert.ratio : 999,
          kind: 'continuous_flow',
          series: rows.map((d) => ({ x: d.day, y: Math.round(d.min * 1000) / 1000, expected: 0.02 })),
        },
      });
  }

  const degreeDays = await degreeDaysByMonth(tx);
  const months = (
    await tx.sql.query<{ meter_id: string; building_id: string; month: string; amount: number }>(
      `SELECT r.meter_id, m.building_id, to_char(date_trunc('month', r.period_start ${LOCAL}), 'YYYY-MM') AS month,
              sum(r.consumption * ${TO_KWH})::float8 AS amount
         FROM fm_readings r JOIN fm_meters m ON m.id = r.meter_id
        WHERE m.kind = 'heat' AND ${scope} GROUP BY 1, 2, 3 ORDER BY 1, 3`,
      [buildingIds],
    )
  ).rows;
  for (const [meterId, rows] of groupBy(months, (m) => m.meter_id)) {
    // The month in progress is incomplete: leave it out.
    const complete = rows.slice(0, -1).filter((m) => degreeDays.has(m.month));
    const series = complete
      .slice(-24)
      .map((m) => ({ month: m.month, consumption: m.amount, degreeDays: degreeDays.get(m.month)!.actual }));
    const alert = expectationAlert(series);
    if (alert) {
      const offset = series.length - alert.expected.length;
      found.push({
        buildingId: rows[0]!.building_id,
        meterId,
        alert: {
          kind: 'above_expectation',
          since: alert.since,
          ratio: alert.ratio,
          baseline: alert.baseline,
          recent: alert.recent,
          series: series.map((m, i) => ({
            x: m.month,
            y: round(m.consumption),
            expected: i >= offset ? round(alert.expected[i - offset]!) : null,
          })),
        },
      });
    }
  }

  await tx.sql.query(
    `DELETE FROM fm_energy_alerts a USING fm_meters m WHERE m.id = a.meter_id AND ${scope}`,
    [buildingIds],
  );
  for (const f of found)
    await tx.sql.query(
      `INSERT INTO fm_energy_alerts (tenant_id, building_id, meter_id, kind, since, ratio, baseline, recent, series)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        tx.tenantId,
        f.buildingId,
        f.meterId,
        f.alert.kind,
        f.alert.since,
        f.alert.ratio,
        f.alert.baseline,
        f.alert.recent,
        JSON.stringify(f.alert.series),
      ],
    );
  const meterCount = new Set([...weeks, ...days, ...months].map((r) => r.meter_id)).size;
  const byKind: Record<string, number> = {};
  for (const f of found) byKind[f.alert.kind] = (byKind[f.alert.kind] ?? 0) + 1;
  return { meters: meterCount, alerts: found.length, byKind };
}

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

export async function scanEnergyFor(db: Db, actor: Actor): Promise<ScanResult> {
  requirePermission(actor, 'facilities.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    const result = await scanEnergy(tx);
    await writeAudit(tx, actor, {
      action: 'facilities.energy.scan',
      objectType: 'fm_energy_alerts',
      details: result,
    });
    return result;
  });
}
