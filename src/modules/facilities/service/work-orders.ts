// Work orders: create (from a fault report or by hand; SLA due date; asbestos check), assign to the in-house
// crew or a contractor (link without account), steps (accept/reject/plan/start/complete, notes, time, cost).
// Every step is written to the order's history and to the audit log in the same transaction.
import type { z } from 'zod';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type {
  TCreateWorkOrder,
  TStepBody,
  TWorkOrderDetail,
  ZFaultReportList,
  ZPageQuery,
  ZWorkOrderList,
  ZWorkOrderQuery,
} from '../contract.js';
import { asbestosReasons, asbestosWarningForPart } from '../domain/alerts.js';
import {
  CONTRACTOR_STEPS,
  dueAt,
  nextStatus,
  type Priority,
  type Status,
  type Step,
} from '../domain/work-orders.js';
import { asbestosCodes, fmError, newToken, num, sha256 } from './shared.js';

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

type SummaryRow = {
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
const SUMMARY_SQL = `SELECT w.id, w.number, w.title, w.building_id, b.name AS building_name, r.name AS room_name,
    w.priority, w.status, w.due_at, w.assignee_kind, w.assignee_name
  FROM fm_work_orders w JOIN fm_buildings b ON b.id = w.building_id LEFT JOIN fm_rooms r ON r.id = w.room_id`;

const iso = (d: Date | string) => new Date(d).toISOString();
function summary(r: SummaryRow) {
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

/** Whether a work order on this building part must warn about asbestos. */
export async function asbestosWarning(
  tx: TenantTx,
  buildingId: string,
  partId: string | null,
): Promise<boolean> {
  const b = (
    await tx.sql.query<{
      wall_material: string | null;
      roof_material: string | null;
      asbestos_noted: boolean;
    }>('SELECT wall_material, roof_material, asbestos_noted FROM fm_buildings WHERE id = $1', [buildingId])
  ).rows[0];
  if (!b) return false;
  const part = partId
    ? ((
        await tx.sql.query<{ fk_code: string; asbestos: boolean }>(
          'SELECT fk_code, asbestos FROM fm_building_parts WHERE id = $1',
          [partId],
        )
      ).rows[0] ?? null)
    : null;
  const reasons = asbestosReasons(
    { wallMaterial: b.wall_material, roofMaterial: b.roof_material, asbestosNoted: b.asbestos_noted },
    await asbestosCodes(tx),
  );
  return asbestosWarningForPart(part ? { fkCode: part.fk_code, asbestos: part.asbestos } : null, reasons);
}

export async function createWorkOrder(
  db: Db,
  actor: Actor,
  input: TCreateWorkOrder,
): Promise<{ id: string; number: number }> {
  requirePermission(actor, 'facilities.work');
  return withTenant(db, actor.tenantId, (tx) => createWorkOrderTx(tx, actor, input, new Date()));
}

export async function createWorkOrderTx(
  tx: TenantTx,
  actor: Actor,
  input: TCreateWorkOrder & { scheduleId?: string | null },
  now: Date,
): Promise<{ id: string; number: number }> {
  const building = (await tx.sql.query('SELECT id FROM fm_buildings WHERE id = $1', [input.buildingId]))
    .rows[0];
  if (!building) throw notFound('building');
  if (input.roomId) {
    const room = await tx.sql.query('SELECT 1 FROM fm_rooms WHERE id = $1 AND building_id = $2', [
      input.roomId,
      input.buildingId,
    ]);
    if (room.rows.length === 0)
      throw fmError(
        'facilities.bad_room',
        400,
        'Rummet hører ikke til bygningen.',
        'The room is not in the building.',
      );
  }
  if (input.partId) {
    const part = await tx.sql.query('SELECT 1 FROM fm_building_parts WHERE id = $1 AND building_id = $2', [
      input.partId,
      input.buildingId,
    ]);
    if (part.rows.length === 0)
      throw fmError(
        'facilities.bad_part',
        400,
        'Bygningsdelen hører ikke til bygningen.',
        'The building part is not in the building.',
      );
  }
  const warn = await asbestosWarning(tx, input.buildingId, input.partId);
  if (warn && !input.asbestosAcknowledged)
    throw fmError(
      'facilities.asbestos_unacknowledged',
      409,
      'Bygningsdelen kan indeholde asbest. Bekræft, at du har set advarslen, før arbejdsordren oprettes.',
      'The building part may contain asbestos. Confirm that you have seen the warning before creating the work order.',
    );
  let report: { id: string; room_id: string; status: string } | undefined;
  if (input.faultReportId) {
    report = (
      await tx.sql.query<{ id: string; room_id: string; status: string }>(
        'SELECT id, room_id, status FROM fm_fault_reports WHERE id = $1 FOR UPDATE',
        [input.faultReportId],
      )
    ).rows[0];
    if (!report) throw notFound('fault report');
    if (report.status !== 'received')
      throw fmError(
        'facilities.report_handled',
        409,
        'Fejlmeldingen er allerede behandlet.',
        'The fault report has already been handled.',
      );
  }
  // Numbers run per municipality without gaps from concurrent creation: a transaction-scoped lock per tenant.
  await tx.sql.query("SELECT pg_advisory_xact_lock(hashtext('fm_work_orders:' || $1))", [tx.tenantId]);
  const number = (
    await tx.sql.query<{ n: number }>('SELECT coalesce(max(number), 0)::int + 1 AS n FROM fm_work_orders')
  ).rows[0]!.n;
  const due = dueAt(input.priority, now);
  const id = (
    await tx.sql.query<{ id: string }>(
      `INSERT INTO fm_work_orders (tenant_id, number, building_id, room_id, part_id, title, description, priority,
         due_at, estimated_cost, schedule_id, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        tx.tenantId,
        number,
        input.buildingId,
        input.roomId ?? report?.room_id ?? null,
        input.partId,
        input.title,
        input.description,
        input.priority,
        due,
        input.estimatedCost,
        input.scheduleId ?? null,
        actor.label,
        now,
      ],
    )
  ).rows[0]!.id;
  if (report)
    await tx.sql.query("UPDATE fm_fault_reports SET status = 'converted', work_order_id = $2 WHERE id = $1", [
      report.id,
      id,
    ]);
  await history(tx, id, actor.label, 'created', null, {
    priority: input.priority,
    dueAt: due.toISOString(),
    asbestosWarning: warn,
    faultReportId: input.faultReportId,
  });
  await writeAudit(tx, actor, {
    action: 'facilities.work_order.create',
    objectType: 'fm_work_order',
    objectId: id,
    details: { number, priority: input.priority, faultReportId: input.faultReportId, asbestosWarning: warn },
  });
  await appendEvent(tx, actor, {
    type: 'facilities.work_order.created',
    objectType: 'fm_work_order',
    objectId: id,
    payload: { number, buildingId: input.buildingId, priority: input.priority, dueAt: due.toISOString() },
  });
  return { id, number };
}

async function history(
  tx: TenantTx,
  workOrderId: string,
  actorLabel: string,
  kind: string,
  note: string | null,
  data: Record<string, unknown>,
) {
  await tx.sql.query(
    'INSERT INTO fm_work_order_events (tenant_id, work_order_id, actor_label, kind, note, data) VALUES ($1, $2, $3, $4, $5, $6)',
    [tx.tenantId, workOrderId, actorLabel, kind, note, JSON.stringify(data)],
  );
}

export async function assignWorkOrder(
  db: Db,
  actor: Actor,
  id: string,
  input: { kind: 'crew' | 'contractor'; name: string },
): Promise<{ contractorToken: string | null }> {
  requirePermission(actor, 'facilities.work');
  return withTenant(db, actor.tenantId, async (tx) => {
    const wo = await lockOrder(tx, id);
    const status = nextStatus(wo.status, 'assign');
    if (!status) throw badStep(wo.status, 'assign');
    // A new link every time: a previous contractor's link stops working when the order is reassigned.
    const token = input.kind === 'contractor' ? newToken() : null;
    await tx.sql.query(
      `UPDATE fm_work_orders SET status = $2, assignee_kind = $3, assignee_name = $4, contractor_token_hash = $5,
         updated_at = now() WHERE id = $1`,
      [id, status, input.kind, input.name, token ? sha256(token) : null],
    );
    await history(tx, id, actor.label, 'assign', null, { kind: input.kind, name: input.name });
    await writeAudit(tx, actor, {
      action: 'facilities.work_order.assign',
      objectType: 'fm_work_order',
      objectId: id,
      details: { kind: input.kind, name: input.name },
    });
    return { contractorToken: token };
  });
}

type OrderRow = { id: string; status: Status; tenant_id: string };
async function lockOrder(tx: TenantTx, id: string): Promise<OrderRow> {
  const row = (
    await tx.sql.query<OrderRow>(
      'SELECT id, status, tenant_id FROM fm_work_orders WHERE id = $1 FOR UPDATE',
      [id],
    )
  ).rows[0];
  if (!row) throw notFound();
  return row;
}

const badStep = (status: Status, step: Step) =>
  fmError(
    'facilities.bad_step',
    409,
    `Trinnet "${step}" kan ikke bruges, når ordren har status "${status}".`,
    `The step "${step}" is not possible while the order is "${status}".`,
  );

/** One step on an order (status change and/or note, planned date, hours, cost), by staff or contractor. */
export async function applyStep(
  tx: TenantTx,
  actor: Actor,
  id: string,
  body: TStepBody,
  via: 'staff' | 'contractor',
): Promise<Status> {
  const wo = await lockOrder(tx, id);
  let status = wo.status;
  if (body.step) {
    if (via === 'contractor' && !CONTRACTOR_STEPS.includes(body.step)) throw badStep(wo.status, body.step);
    const next = nextStatus(wo.status, body.step);
    if (!next) throw badStep(wo.status, body.step);
    if (body.step === 'plan' && !body.plannedOn)
      throw fmError(
        'facilities.planned_date_missing',
        400,
        'Angiv en dato for planlægningen.',
        'Give a planned date.',
      );
    status = next;
  } else if (!body.note && body.hours === undefined && body.cost === undefined && !body.plannedOn) {
    throw fmError('facilities.empty_step', 400, 'Der er intet at gemme.', 'There is nothing to save.');
  }
  await tx.sql.query(
    `UPDATE fm_work_orders SET status = $2,
       planned_on = coalesce($3::date, planned_on),
       hours = hours + coalesce($4::numeric, 0),
       actual_cost = actual_cost + coalesce($5::numeric, 0),
       completed_at = CASE WHEN $2 = 'done' THEN now() WHEN $2 = 'new' THEN NULL ELSE completed_at END,
       assignee_kind = CASE WHEN $6 THEN NULL ELSE assignee_kind END,
       assignee_name = CASE WHEN $6 THEN NULL ELSE assignee_name END,
       contractor_token_hash = CASE WHEN $6 THEN NULL ELSE contractor_token_hash END,
       updated_at = now() WHERE id = $1`,
    [id, status, body.plannedOn ?? null, body.hours ?? null, body.cost ?? null, body.step === 'reject'],
  );
  await history(tx, id, actor.label, body.step ?? 'note', body.note ?? null, {
    ...(body.plannedOn ? { plannedOn: body.plannedOn } : {}),
    ...(body.hours !== undefined ? { hours: body.hours } : {}),
    ...(body.cost !== undefined ? { cost: body.cost } : {}),
    from: wo.status,
    to: status,
    via,
  });
  await writeAudit(tx, actor, {
    action: `facilities.work_order.${body.step ?? 'note'}`,
    objectType: 'fm_work_order',
    objectId: id,
    details: {
      from: wo.status,
      to: status,
      via,
      plannedOn: body.plannedOn,
      hours: body.hours,
      cost: body.cost,
    },
  });
  if (status !== wo.status) {
    if (status === 'done' || status === 'cancelled')
      await tx.sql.query("UPDATE fm_fault_reports SET status = 'closed' WHERE work_order_id = $1", [id]);
    await appendEvent(tx, actor, {
      type: `facilities.work_order.${status}`,
      objectType: 'fm_work_order',
      objectId: id,
      payload: { from: wo.status, to: status },
    });
  }
  return status;
}

export async function stepWorkOrder(
  db: Db,
  actor: Actor,
  id: string,
  body: TStepBody,
): Promise<{ status: Status }> {
  requirePermission(actor, 'facilities.work');
  return withTenant(db, actor.tenantId, async (tx) => ({
    status: await applyStep(tx, actor, id, body, 'staff'),
  }));
}

export async function getWorkOrder(db: Db, actor: Actor, id: string): Promise<TWorkOrderDetail> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = (
      await tx.sql.query<
        SummaryRow & {
          description: string;
          part_id: string | null;
          part_name: string | null;
          room_id: string | null;
          planned_on: string | null;
          estimated_cost: number | null;
          actual_cost: number;
          hours: number;
          completed_at: Date | null;
        }
      >(
        `SELECT w.id, w.number, w.title, w.building_id, b.name AS building_name, r.name AS room_name, w.priority,
                w.status, w.due_at, w.assignee_kind, w.assignee_name, w.description, w.part_id, p.name AS part_name,
                w.room_id, w.planned_on::text AS planned_on, w.estimated_cost::float8 AS estimated_cost,
                w.actual_cost::float8 AS actual_cost, w.hours::float8 AS hours, w.completed_at
           FROM fm_work_orders w JOIN fm_buildings b ON b.id = w.building_id
           LEFT JOIN fm_rooms r ON r.id = w.room_id LEFT JOIN fm_building_parts p ON p.id = w.part_id
          WHERE w.id = $1`,
        [id],
      )
    ).rows[0];
    if (!row) throw notFound();
    const report = (
      await tx.sql.query<{ id: string; text: string; reporter_name: string | null }>(
        'SELECT id, text, reporter_name FROM fm_fault_reports WHERE work_order_id = $1',
        [id],
      )
    ).rows[0];
    if (report)
      await writeAudit(tx, actor, {
        action: 'facilities.fault_report.read',
        objectType: 'fm_fault_report',
        objectId: report.id,
      });
    return {
      ...summary(row),
      description: row.description,
      partId: row.part_id,
      partName: row.part_name,
      roomId: row.room_id,
      plannedOn: row.planned_on,
      estimatedCost: num(row.estimated_cost),
      actualCost: Number(row.actual_cost),
      hours: Number(row.hours),
      completedAt: row.completed_at ? iso(row.completed_at) : null,
      asbestosWarning: await asbestosWarning(tx, row.building_id, row.part_id),
      events: await orderEvents(tx, id),
      photos: await photosOf(tx, id, report?.id ?? null),
      faultReport: report ? { id: report.id, text: report.text, reporterName: report.reporter_name } : null,
    };
  });
}

export async function orderEvents(tx: TenantTx, id: string) {
  return (
    await tx.sql.query<{
      at: Date;
      actor_label: string;
      kind: string;
      note: string | null;
      data: Record<string, unknown>;
    }>(
      'SELECT at, actor_label, kind, note, data FROM fm_work_order_events WHERE work_order_id = $1 ORDER BY id',
      [id],
    )
  ).rows.map((e) => ({ at: iso(e.at), actor: e.actor_label, kind: e.kind, note: e.note, data: e.data }));
}

async function photosOf(tx: TenantTx, orderId: string, reportId: string | null) {
  return (
    await tx.sql.query<{ id: string; mime: string; size: number; added_by: string }>(
      `SELECT id, mime, size, added_by FROM fm_photos
        WHERE (owner_type = 'work_order' AND owner_id = $1) OR (owner_type = 'fault_report' AND owner_id = $2)
        ORDER BY created_at`,
      [orderId, reportId],
    )
  ).rows.map((p) => ({ id: p.id, mime: p.mime, size: p.size, addedBy: p.added_by }));
}

export async function listFaultReports(
  db: Db,
  actor: Actor,
  q: z.infer<typeof ZPageQuery> & { status?: 'received' | 'all' },
): Promise<z.infer<typeof ZFaultReportList>> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const filter = `WHERE ($1 = 'all' OR f.status = 'received')`;
    const status = q.status ?? 'received';
    const count = (
      await tx.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM fm_fault_reports f ${filter}`, [
        status,
      ])
    ).rows[0]!.n;
    const rows = (
      await tx.sql.query<{
        id: string;
        room_id: string;
        room_name: string;
        building_id: string;
        building_name: string;
        text: string;
        reporter_name: string | null;
        reporter_contact: string | null;
        status: string;
        work_order_id: string | null;
        photos: number;
        created_at: Date;
      }>(
        `SELECT f.id, f.room_id, r.name AS room_name, b.id AS building_id, b.name AS building_name, f.text,
                f.reporter_name, f.reporter_contact, f.status, f.work_order_id, f.created_at,
                (SELECT count(*)::int FROM fm_photos p WHERE p.owner_type = 'fault_report' AND p.owner_id = f.id) AS photos
           FROM fm_fault_reports f JOIN fm_rooms r ON r.id = f.room_id JOIN fm_buildings b ON b.id = r.building_id
           ${filter} ORDER BY f.created_at DESC LIMIT $2 OFFSET $3`,
        [status, q.perPage, (q.page - 1) * q.perPage],
      )
    ).rows;
    // Reporter names and contact details are personal data: the list read is logged.
    if (rows.length > 0)
      await writeAudit(tx, actor, {
        action: 'facilities.fault_report.list',
        objectType: 'fm_fault_report',
        details: { ids: rows.map((r) => r.id) },
      });
    return {
      data: rows.map((r) => ({
        id: r.id,
        roomId: r.room_id,
        roomName: r.room_name,
        buildingId: r.building_id,
        buildingName: r.building_name,
        text: r.text,
        reporterName: r.reporter_name,
        reporterContact: r.reporter_contact,
        status: r.status,
        workOrderId: r.work_order_id,
        photos: r.photos,
        createdAt: iso(r.created_at),
      })),
      count,
      page: q.page,
      perPage: q.perPage,
    };
  });
}
