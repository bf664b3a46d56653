// Lists of work orders and fault reports, filtered and paged.
import type { z } from 'zod';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { ZWorkOrderList, ZWorkOrderQuery } from '../contract.js';
import { type Priority, type Status } from '../domain/work-orders.js';

const OPEN = `status NOT IN ('done', 'cancelled')`;

export async function listWorkOrders(
  db: Db,
  actor: Actor,
  q: z.infer<typeof ZWorkOrderQuery>,
): Promise<z.infer<typeof ZWorkOrderList>> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const filter = `WHERE ($1 = 'all' OR ($1 = 'open') = (w.${OPEN}))
      AND ($2::uuid IS NULL OR w.building_id = $2::uuid)
      AND ($3::text IS NULL OR lower(w.title) LIKE $3 OR lower(b.name) LIKE $3 OR w.number::text = $4)`;
    const like = q.q ? `%${q.q.toLowerCase()}%` : null;
    const params = [q.status, q.buildingId ?? null, like, q.q ?? null];
    const count = (
      await tx.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM fm_work_orders w JOIN fm_buildings b ON b.id = w.building_id ${filter}`,
        params,
      )
    ).rows[0]!.n;
    const rows = (
      await tx.sql.query<SummaryRow>(
        `${SUMMARY_SQL} ${filter} ORDER BY (w.${OPEN}) DESC, w.due_at, w.number LIMIT $5 OFFSET $6`,
        [...params, q.perPage, (q.page - 1) * q.perPage],
      )
    ).rows;
    return { data: rows.map(summary), count, page: q.page, perPage: q.perPage };
  });
}

export type SummaryRow = {
  id: string;
  number: number;
  title: string;
  building_id: string;
  building_name: string;
  room_name: string | null;
  priority: Priority;
  status: Status;
  due_at: Date | string;
  assignee_kind: 'crew' | 'contractor' | null;
  assignee_name: string | null;
};
export const SUMMARY_SQL = `SELECT w.id, w.number, w.title, w.building_id, b.name AS building_name, r.name AS room_name,
    w.priority, w.status, w.due_at, w.assignee_kind, w.assignee_name
  FROM fm_work_orders w JOIN fm_buildings b ON b.id = w.building_id LEFT JOIN fm_rooms r ON r.id = w.room_id`;

export const iso = (d: Date | string) => new Date(d).toISOString();
export function summary(r: SummaryRow) {
  const closed = r.status === 'done' || r.status === 'cancelled';
  return {
    id: r.id,
    number: r.number,
    title: r.title,
    buildingId: r.building_id,
    buildingName: r.building_name,
    roomName: r.room_name,
    priority: r.priority,
    status: r.status,
    dueAt: iso(r.due_at),
    overdue: !closed && new Date(r.due_at).getTime() < Date.now(),
    assigneeKind: r.assignee_kind,
    assigneeName: r.assignee_name,
  };
}
