// Keeps the key figures current: reads new domain events in batches and folds them into daily totals per
// tenant, unit and day, with the items behind each total for drill-down. A tenant's batch is written in one
// transaction together with the id of the last event applied to that tenant, so an event delivered twice
// (a crash between the write and the consumer's acknowledgement) is skipped, never counted twice.
import { withTenant, isUuid, type Db, type TenantTx } from '../../platform/db/database.js';
import { ackEvents, readEvents, type DomainEvent } from '../../platform/events/events.js';
import { foldDaily } from './domain/aggregate.js';
import { contributionsOf, figureEventTypes, type Contribution } from './domain/figures.js';
import { ALL_UNITS, NO_UNIT } from './schema.js';

export const INSIGHT_CONSUMER = 'insight';
const BATCH = 2000;
/** Replaying history reads bigger batches: fewer round trips and upserts per event. */
const REBUILD_BATCH = 20_000;

const unitKey = (unitId: string | null) => (unitId && isUuid(unitId) ? unitId : NO_UNIT);

/**
 * The id of the tenant's last applied event, under a transaction lock: two consumers (two app servers, or the
 * server and `rodtrad insight rebuild`) that read the same batch apply it once — the second waits and then
 * sees the first one's progress.
 */
async function lastApplied(tx: TenantTx): Promise<number> {
  await tx.sql.query("SELECT pg_advisory_xact_lock(hashtext('insight_progress:' || $1))", [tx.tenantId]);
  const row = (await tx.sql.query<{ id: string }>('SELECT last_event_id AS id FROM insight_progress'))
    .rows[0];
  return row ? Number(row.id) : 0;
}

async function writeTotals(tx: TenantTx, contributions: Contribution[]): Promise<void> {
  const perUnit = foldDaily(contributions);
  if (perUnit.length === 0) return;
  const all = foldDaily(contributions.map((c) => ({ ...c, unitId: ALL_UNITS })));
  const daily = [...perUnit, ...all];
  await tx.sql.query(
    `INSERT INTO insight_daily (tenant_id, figure, unit_key, day, n, total)
     SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::date[], $5::bigint[], $6::float8[])
     ON CONFLICT (tenant_id, figure, unit_key, day)
       DO UPDATE SET n = insight_daily.n + EXCLUDED.n, total = insight_daily.total + EXCLUDED.total`,
    [
      tx.tenantId,
      daily.map((d) => d.figure),
      daily.map((d) => unitKey(d.unitId)),
      daily.map((d) => d.day),
      daily.map((d) => d.n),
      daily.map((d) => d.total),
    ],
  );
}

async function writeItems(tx: TenantTx, items: { c: Contribution; eventId: number }[]): Promise<void> {
  if (items.length === 0) return;
  await tx.sql.query(
    `INSERT INTO insight_items (tenant_id, figure, unit_key, day, object_type, object_id, label, value, event_id)
     SELECT $1, * FROM unnest($2::text[], $3::uuid[], $4::date[], $5::text[], $6::text[], $7::text[], $8::float8[], $9::bigint[])`,
    [
      tx.tenantId,
      items.map((i) => i.c.figure),
      items.map((i) => unitKey(i.c.unitId)),
      items.map((i) => i.c.day),
      items.map((i) => i.c.objectType),
      items.map((i) => i.c.objectId),
      items.map((i) => i.c.label.slice(0, 200)),
      items.map((i) => i.c.value),
      items.map((i) => i.eventId),
    ],
  );
}

/** Applies one tenant's events (in id order) exactly once; returns how many were new. */
export async function applyTenantEvents(db: Db, tenantId: string, events: DomainEvent[]): Promise<number> {
  return withTenant(db, tenantId, async (tx) => {
    const after = await lastApplied(tx);
    const fresh = events.filter((e) => e.id > after);
    const last = fresh.at(-1);
    if (!last) return 0;
    const items = fresh.flatMap((e) => contributionsOf(e).map((c) => ({ c, eventId: e.id })));
    await writeTotals(
      tx,
      items.map((i) => i.c),
    );
    await writeItems(tx, items);
    const lagMs = Math.max(0, Date.now() - last.createdAt.getTime());
    await tx.sql.query(
      `INSERT INTO insight_progress (tenant_id, last_event_id, last_event_at, processed_at, lag_ms)
       VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (tenant_id) DO UPDATE SET last_event_id = EXCLUDED.last_event_id,
         last_event_at = EXCLUDED.last_event_at, processed_at = now(), lag_ms = EXCLUDED.lag_ms`,
      [tx.tenantId, last.id, last.createdAt.toISOString(), Math.min(lagMs, 2_147_483_647)],
    );
    return fresh.length;
  });
}

/** Reads and applies one batch of events for every tenant; returns the number of events read. */
export async function runInsightBatch(db: Db, limit = BATCH): Promise<number> {
  const events = await readEvents(db, INSIGHT_CONSUMER, { types: figureEventTypes(), limit });
  if (events.length === 0) return 0;
  const byTenant = new Map<string, DomainEvent[]>();
  for (const e of events) byTenant.set(e.tenantId, [...(byTenant.get(e.tenantId) ?? []), e]);
  for (const [tenantId, list] of byTenant) await applyTenantEvents(db, tenantId, list);
  await ackEvents(db, INSIGHT_CONSUMER, events.at(-1)!.id);
  return events.length;
}

/** Applies batches until the stream is caught up. */
export async function catchUp(db: Db, batch = BATCH): Promise<number> {
  let total = 0;
  for (let n = await runInsightBatch(db, batch); n > 0; n = await runInsightBatch(db, batch)) total += n;
  return total;
}

export type InsightConsumer = { stop(): Promise<void> };

/**
 * Runs the consumer in the server: polls every intervalMs (half a second keeps the dashboard under the 2 s
 * target for lag) and catches up in batches. Errors are reported and retried on the next tick.
 */
export function startInsightConsumer(
  db: Db,
  options: { intervalMs?: number; onError?: (error: unknown) => void } = {},
): InsightConsumer {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while (!stopped && (await runInsightBatch(db)) > 0);
    } catch (error) {
      if (!stopped) options.onError?.(error);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), options.intervalMs ?? 500);
  };
  running = tick();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}

/** Drops every aggregate and replays the whole event stream (after a change of a figure's definition). */
export async function rebuildInsight(db: Db): Promise<number> {
  await db.sql.transaction(async (tx) => {
    await tx.exec('DELETE FROM insight_items; DELETE FROM insight_daily; DELETE FROM insight_progress;');
    await tx.query('UPDATE event_consumers SET position = 0, updated_at = now() WHERE name = $1', [
      INSIGHT_CONSUMER,
    ]);
  });
  return catchUp(db, REBUILD_BATCH);
}
