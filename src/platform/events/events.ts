// Domain events: modules append business events inside their withTenant transaction (same commit as the
// change); consumers read them in id order, at least once, remembering their position per consumer name.
// Appends take a transaction-scoped advisory lock, so ids become visible in commit order and a consumer that
// has seen id N never later finds a smaller id appear.
import type { Db, TenantTx } from '../db/database.js';
import type { Actor } from '../http/context.js';

const APPEND_LOCK = 7_319_002;

export type NewEvent = {
  /** '<module>.<object>.<happened>', e.g. 'records.request.received'. */
  type: string;
  objectType?: string;
  objectId?: string;
  payload?: Record<string, unknown>;
};

export type DomainEvent = {
  id: number;
  tenantId: string;
  type: string;
  objectType: string | null;
  objectId: string | null;
  actorUserId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
};

export async function appendEvent(tx: TenantTx, actor: Actor, event: NewEvent): Promise<number> {
  await tx.sql.query('SELECT pg_advisory_xact_lock($1)', [APPEND_LOCK]);
  const row = (
    await tx.sql.query<{ id: string | number }>(
      `INSERT INTO domain_events (tenant_id, type, object_type, object_id, actor_user_id, payload)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        tx.tenantId,
        event.type,
        event.objectType ?? null,
        event.objectId ?? null,
        actor.userId,
        JSON.stringify(event.payload ?? {}),
      ],
    )
  ).rows[0];
  return Number(row?.id);
}

type EventRow = {
  id: string | number;
  tenant_id: string;
  type: string;
  object_type: string | null;
  object_id: string | null;
  actor_user_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date | string;
};

function toEvent(r: EventRow): DomainEvent {
  return {
    id: Number(r.id),
    tenantId: r.tenant_id,
    type: r.type,
    objectType: r.object_type,
    objectId: r.object_id,
    actorUserId: r.actor_user_id,
    payload: r.payload,
    createdAt: new Date(r.created_at),
  };
}

export type ReadOptions = { limit?: number; types?: string[] };

/** The consumer's stored position (0 when it has never run). */
export async function consumerPosition(db: Db, consumer: string): Promise<number> {
  const row = (
    await db.sql.query<{ position: string | number }>(
      'SELECT position FROM event_consumers WHERE name = $1',
      [consumer],
    )
  ).rows[0];
  return row ? Number(row.position) : 0;
}

/** Events after the consumer's position, oldest first (all tenants; the consumer acts per event.tenantId). */
export async function readEvents(
  db: Db,
  consumer: string,
  options: ReadOptions = {},
): Promise<DomainEvent[]> {
  const position = await consumerPosition(db, consumer);
  const rows = await db.sql.query<EventRow>(
    `SELECT * FROM domain_events WHERE id > $1 AND ($2::text[] IS NULL OR type = ANY($2::text[])) ORDER BY id LIMIT $3`,
    [position, options.types ?? null, options.limit ?? 100],
  );
  return rows.rows.map(toEvent);
}

/** Stores the consumer's position (never moves backwards). */
export async function ackEvents(db: Db, consumer: string, lastId: number): Promise<void> {
  await db.sql.query(
    `INSERT INTO event_consumers (name, position, updated_at) VALUES ($1, $2, now())
     ON CONFLICT (name) DO UPDATE SET position = GREATEST(event_consumers.position, EXCLUDED.position), updated_at = now()`,
    [consumer, lastId],
  );
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

/**
 * Handles one batch: each event in order, storing the position after each success. If the handler throws,
 * the position stays before that event and it is delivered again next time (at least once).
 */
export async function processEvents(
  db: Db,
  consumer: string,
  handler: EventHandler,
  options: ReadOptions = {},
): Promise<number> {
  const events = await readEvents(db, consumer, options);
  let handled = 0;
  for (const event of events) {
    await handler(event);
    await ackEvents(db, consumer, event.id);
    handled++;
  }
  return handled;
}

export type Subscription = { stop(): Promise<void> };

/** Polls for new events every intervalMs until stopped. Handler errors are reported and retried. */
export function subscribe(
  db: Db,
  consumer: string,
  handler: EventHandler,
  options: ReadOptions & { intervalMs?: number; onError?: (error: unknown) => void } = {},
): Subscription {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    try {
      while (!stopped && (await processEvents(db, consumer, handler, options)) > 0);
    } catch (error) {
      options.onError?.(error);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), options.intervalMs ?? 1000);
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
