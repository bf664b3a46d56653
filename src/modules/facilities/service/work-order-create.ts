// Creating a work order (from a fault report or by hand) with its SLA due date and the asbestos check; the
// order's history, written in the same transaction as every change.
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { TCreateWorkOrder } from '../contract.js';
import { asbestosReasons, asbestosWarningForPart } from '../domain/alerts.js';
import { dueAt } from '../domain/work-orders.js';
import { asbestosCodes, fmError } from './shared.js';

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

export async function history(
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
