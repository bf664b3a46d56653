// Use cases of management information: the dashboard, the breakdown of a figure by unit, the items behind a
// figure, targets, and export rows. Everything reads the daily totals, never the raw event history, and every
// read is confined to the units the viewer may see (their roles' scope for insight.read, units below
// included); figures that belong to no unit are visible only to a municipality-wide viewer.
import { copenhagenDate } from '../../platform/calendar/index.js';
import { writeAudit } from '../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../platform/db/database.js';
import { requirePermission, type Actor } from '../../platform/http/context.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import { listUnitsTx, unitsInScope, unitWithDescendants, type TUnit } from '../org/index.js';
import type { TBreakdown, TDashboard, TItemPage, TTargetBody, TTile, TViewQuery } from './contract.js';
import { daysOf, monthToDate, previousPeriod, type Period } from './domain/aggregate.js';
import {
  FIGURES,
  figureById,
  figureEventTypes,
  figureValue,
  targetStatus,
  type FigureDefinition,
} from './domain/figures.js';
import { ALL_UNITS, NO_UNIT } from './schema.js';

/**
 * Which unit keys the viewer may read: null = all (municipality-wide), else the ids (descendants included).
 * A role on a top unit (one without a parent) is municipality-wide: the municipality's leader also sees the
 * figures that belong to no unit, such as requests not yet given to a unit.
 */
async function scopeOf(tx: TenantTx, actor: Actor, permission: 'insight.read' | 'insight.manage') {
  const units = await unitsInScope(tx, actor.roles, permission);
  if (!units) return null;
  const roots = await tx.sql.query<{ id: string }>(
    'SELECT id FROM org_units WHERE parent_id IS NULL AND id = ANY($1::uuid[])',
    [[...units]],
  );
  return roots.rows.length > 0 ? null : units;
}

type View = { period: Period; unit: TUnit | null; keys: string[] | null; units: TUnit[] };

/** The period, the selected unit and the unit keys the view covers, checked against the viewer's scope. */
async function viewOf(tx: TenantTx, actor: Actor, q: Omit<TViewQuery, never>): Promise<View> {
  const period = q.from && q.to ? { from: q.from, to: q.to } : monthToDate(copenhagenDate(new Date()));
  if (q.from && q.to && daysOf(period).length > 3700)
    throw new AppError('request.invalid', 'period over 10 years');
  const scope = await scopeOf(tx, actor, 'insight.read');
  const all = await listUnitsTx(tx);
  const units = scope ? all.filter((u) => scope.has(u.id)) : all;
  if (!q.unitId) return { period, unit: null, keys: scope ? [...scope] : null, units };
  const unit = units.find((u) => u.id === q.unitId);
  if (!unit) throw notFound();
  return { period, unit, keys: await unitWithDescendants(tx, unit.id), units };
}

type Totals = Map<string, { n: number; total: number }>;

async function dailyTotals(tx: TenantTx, from: string, to: string, keys: string[] | null) {
  const rows = await tx.sql.query<{ figure: string; day: string; n: string; total: number }>(
    `SELECT figure, to_char(day, 'YYYY-MM-DD') AS day, sum(n) AS n, sum(total) AS total FROM insight_daily
     WHERE day BETWEEN $1 AND $2 AND (CASE WHEN $3::uuid[] IS NULL THEN unit_key = $4 ELSE unit_key = ANY($3::uuid[]) END)
     GROUP BY figure, day`,
    [from, to, keys, ALL_UNITS],
  );
  return rows.rows.map((r) => ({ ...r, n: Number(r.n), total: Number(r.total) }));
}

function sumInto(map: Totals, key: string, n: number, total: number) {
  const t = map.get(key) ?? { n: 0, total: 0 };
  t.n += n;
  t.total += total;
  map.set(key, t);
}

async function targetsOf(tx: TenantTx, unitKey: string): Promise<Map<string, number>> {
  // A unit's own target wins over the municipality's: the municipality's rows come first and are overwritten.
  const rows = await tx.sql.query<{ figure: string; target: number }>(
    `SELECT figure, target FROM insight_targets WHERE unit_key = $1 OR unit_key = $2
      ORDER BY (unit_key = $1 AND unit_key <> $2)`,
    [unitKey, NO_UNIT],
  );
  return new Map(rows.rows.map((r) => [r.figure, Number(r.target)]));
}

async function freshness(tx: TenantTx) {
  const p = (
    await tx.sql.query<{ last_event_id: string; last_event_at: Date; processed_at: Date; lag_ms: number }>(
      'SELECT last_event_id, last_event_at, processed_at, lag_ms FROM insight_progress',
    )
  ).rows[0];
  const pending = (
    await tx.sql.query<{ n: string }>(
      'SELECT count(*) AS n FROM domain_events WHERE id > $1 AND type = ANY($2::text[])',
      [p ? Number(p.last_event_id) : 0, figureEventTypes()],
    )
  ).rows[0];
  return {
    lastEventAt: p ? new Date(p.last_event_at).toISOString() : null,
    processedAt: p ? new Date(p.processed_at).toISOString() : null,
    lagMs: p ? Number(p.lag_ms) : null,
    pending: Number(pending?.n ?? 0),
  };
}

/** Long periods are shown month by month: a daily share of a handful of cases is noise. */
function bucketOf(period: Period): {
  granularity: 'day' | 'month';
  key: (day: string) => string;
  buckets: string[];
} {
  const days = daysOf(period);
  if (days.length <= 62) return { granularity: 'day', key: (d) => d, buckets: days };
  const month = (d: string) => `${d.slice(0, 7)}-01`;
  return { granularity: 'month', key: month, buckets: [...new Set(days.map(month))] };
}

function tileOf(
  f: FigureDefinition,
  view: View,
  current: Totals,
  before: Totals,
  perBucket: Totals,
  target: number | null,
): TTile {
  const c = current.get(f.id) ?? { n: 0, total: 0 };
  const p = before.get(f.id) ?? { n: 0, total: 0 };
  const value = figureValue(f.aggregation, c.n, c.total);
  const buckets = bucketOf(view.period);
  const additive = f.aggregation === 'count' || f.aggregation === 'sum';
  return {
    figure: f.id,
    value,
    previous: figureValue(f.aggregation, p.n, p.total),
    target,
    status: targetStatus(f.better, value, target),
    granularity: buckets.granularity,
    series: buckets.buckets.map((day) => {
      const d = perBucket.get(`${f.id}|${day}`);
      return { day, value: d ? figureValue(f.aggregation, d.n, d.total) : additive ? 0 : null };
    }),
  };
}

export async function getDashboard(db: Db, actor: Actor, q: TViewQuery): Promise<TDashboard> {
  requirePermission(actor, 'insight.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const view = await viewOf(tx, actor, q);
    const prev = previousPeriod(view.period);
    const rows = await dailyTotals(tx, prev.from, view.period.to, view.keys);
    const current: Totals = new Map();
    const before: Totals = new Map();
    const perBucket: Totals = new Map();
    const { key } = bucketOf(view.period);
    for (const r of rows) {
      if (r.day >= view.period.from) {
        sumInto(current, r.figure, r.n, r.total);
        sumInto(perBucket, `${r.figure}|${key(r.day)}`, r.n, r.total);
      } else sumInto(before, r.figure, r.n, r.total);
    }
    const targets = await targetsOf(tx, view.unit?.id ?? NO_UNIT);
    return {
      period: view.period,
      previous: prev,
      unit: view.unit ? { id: view.unit.id, name: view.unit.name } : null,
      units: view.units.map((u) => ({ id: u.id, name: u.name, parentId: u.parentId })),
      freshness: await freshness(tx),
      tiles: FIGURES.map((f) => tileOf(f, view, current, before, perBucket, targets.get(f.id) ?? null)),
    };
  });
}

function figureOr404(id: string): FigureDefinition {
  const f = figureById(id);
  if (!f) throw notFound(`no key figure ${id}`);
  return f;
}

/** The figure per unit one level below the selected unit (or the top units the viewer sees). */
export async function getBreakdown(
  db: Db,
  actor: Actor,
  figureId: string,
  q: TViewQuery,
): Promise<TBreakdown> {
  requirePermission(actor, 'insight.read');
  const f = figureOr404(figureId);
  return withTenant(db, actor.tenantId, async (tx) => {
    const view = await viewOf(tx, actor, q);
    const visible = new Set(view.units.map((u) => u.id));
    const children = view.unit
      ? view.units.filter((u) => u.parentId === view.unit!.id)
      : view.units.filter((u) => !u.parentId || !visible.has(u.parentId));
    const rows = await tx.sql.query<{ unit_key: string; n: string; total: number }>(
      `SELECT unit_key, sum(n) AS n, sum(total) AS total FROM insight_daily
       WHERE figure = $1 AND day BETWEEN $2 AND $3 AND unit_key <> $4 GROUP BY unit_key`,
      [f.id, view.period.from, view.period.to, ALL_UNITS],
    );
    const byUnit = new Map(rows.rows.map((r) => [r.unit_key, { n: Number(r.n), total: Number(r.total) }]));
    const out = [];
    for (const child of children) {
      let n = 0;
      let total = 0;
      for (const id of await unitWithDescendants(tx, child.id)) {
        const t = byUnit.get(id);
        if (t) {
          n += t.n;
          total += t.total;
        }
      }
      out.push({
        unitId: child.id,
        name: child.name,
        value: figureValue(f.aggregation, n, total),
        hasChildren: view.units.some((u) => u.parentId === child.id),
      });
    }
    return { figure: f.id, period: view.period, rows: out };
  });
}

/** The cases behind a figure, newest first. */
export async function getItems(
  db: Db,
  actor: Actor,
  figureId: string,
  q: TViewQuery & { page: number; perPage: number },
): Promise<TItemPage> {
  requirePermission(actor, 'insight.read');
  const f = figureOr404(figureId);
  return withTenant(db, actor.tenantId, async (tx) => {
    const view = await viewOf(tx, actor, q);
    const params = [f.id, view.period.from, view.period.to, view.keys];
    const where = `figure = $1 AND day BETWEEN $2 AND $3 AND ($4::uuid[] IS NULL OR unit_key = ANY($4::uuid[]))`;
    const [rows, count] = await Promise.all([
      tx.sql.query<{ day: string; object_type: string; object_id: string; label: string; value: number }>(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, object_type, object_id, label, value FROM insight_items
         WHERE ${where} ORDER BY day DESC, id DESC LIMIT $5 OFFSET $6`,
        [...params, q.perPage, (q.page - 1) * q.perPage],
      ),
      tx.sql.query<{ n: string }>(`SELECT count(*) AS n FROM insight_items WHERE ${where}`, params),
    ]);
    return {
      data: rows.rows.map((r) => ({
        day: r.day,
        objectType: r.object_type,
        objectId: r.object_id,
        label: r.label,
        value: Number(r.value),
      })),
      count: Number(count.rows[0]?.n ?? 0),
      page: q.page,
      perPage: q.perPage,
    };
  });
}

/** Sets or removes a target for a figure, municipality-wide (unitId null) or for a unit in the setter's scope. */
export async function setTarget(db: Db, actor: Actor, body: TTargetBody): Promise<void> {
  requirePermission(actor, 'insight.manage');
  figureOr404(body.figure);
  await withTenant(db, actor.tenantId, async (tx) => {
    const scope = await scopeOf(tx, actor, 'insight.manage');
    if (scope && (body.unitId === null || !scope.has(body.unitId))) throw new AppError('auth.forbidden');
    if (body.unitId && !(await listUnitsTx(tx)).some((u) => u.id === body.unitId)) throw notFound();
    const key = body.unitId ?? NO_UNIT;
    if (body.target === null)
      await tx.sql.query('DELETE FROM insight_targets WHERE figure = $1 AND unit_key = $2', [
        body.figure,
        key,
      ]);
    else
      await tx.sql.query(
        `INSERT INTO insight_targets (tenant_id, figure, unit_key, target) VALUES ($1, $2, $3, $4)
         ON CONFLICT (tenant_id, figure, unit_key) DO UPDATE SET target = EXCLUDED.target, updated_at = now()`,
        [tx.tenantId, body.figure, key, body.target],
      );
    await writeAudit(tx, actor, {
      action: 'insight.target.set',
      objectType: 'insight_target',
      objectId: `${body.figure}:${key}`,
      details: { figure: body.figure, unitId: body.unitId, target: body.target },
    });
  });
}

/** Figures off target this month, per unit that has targets, in the viewer's scope: "Min forside" for leaders. */
export async function offTarget(db: Db, actor: Actor) {
  if (!actor.abilities.has('insight.read')) return [];
  const keys = await withTenant(db, actor.tenantId, async (tx) => {
    const scope = await scopeOf(tx, actor, 'insight.read');
    const rows = await tx.sql.query<{ unit_key: string }>('SELECT DISTINCT unit_key FROM insight_targets');
    return rows.rows
      .map((r) => r.unit_key)
      .filter((k) => (k === NO_UNIT ? scope === null : scope === null || scope.has(k)));
  });
  const out = [];
  for (const key of keys) {
    const d = await getDashboard(db, actor, key === NO_UNIT ? {} : { unitId: key });
    for (const tile of d.tiles) if (tile.status === 'missed') out.push({ ...tile, unit: d.unit });
  }
  return out;
}

/**
 * A figure per calendar month for the last `months` months (this one included), for a unit and the units
 * below it or the whole municipality. Aggregates only — no case behind them is listed — which is what other
 * modules (the portfolio's benefits realised) may show to their own readers.
 */
export async function monthlyFigure(
  db: Db,
  tenantId: string,
  figureId: string,
  unitId: string | null,
  months = 12,
): Promise<{ month: string; value: number | null }[] | null> {
  const f = figureById(figureId);
  if (!f) return null;
  const today = copenhagenDate(new Date());
  const [y, m] = today.split('-').map(Number) as [number, number];
  const list = Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (months - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
  return withTenant(db, tenantId, async (tx) => {
    const keys = unitId ? await unitWithDescendants(tx, unitId) : null;
    const rows = await tx.sql.query<{ month: string; n: string; total: number }>(
      `SELECT to_char(day, 'YYYY-MM') AS month, sum(n) AS n, sum(total) AS total FROM insight_daily
       WHERE figure = $1 AND day >= $2 AND (CASE WHEN $3::uuid[] IS NULL THEN unit_key = $4 ELSE unit_key = ANY($3::uuid[]) END)
       GROUP BY 1`,
      [f.id, `${list[0]}-01`, keys, ALL_UNITS],
    );
    const byMonth = new Map(rows.rows.map((r) => [r.month, r]));
    return list.map((month) => {
      const r = byMonth.get(month);
      return { month, value: figureValue(f.aggregation, Number(r?.n ?? 0), Number(r?.total ?? 0)) };
    });
  });
}
