// One work order with its history and photos (staff view), and a photo's bytes.
import type { Readable } from 'node:stream';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { documentStoreFor } from '../../../platform/documents/platform.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { TWorkOrderDetail } from '../contract.js';
import { num } from './shared.js';
import { asbestosWarning } from './work-order-create.js';
import { iso, summary, type SummaryRow } from './work-order-list.js';

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

/**
 * A photo of a work order or of its fault report (staff only): the stored bytes and their type. The store
 * keeps files by content, so the tenant check is the row lookup inside the tenant's transaction.
 */
export async function readPhoto(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ stream: Readable; mime: string; size: number }> {
  requirePermission(actor, 'facilities.read');
  const photo = await withTenant(
    db,
    actor.tenantId,
    async (tx) =>
      (
        await tx.sql.query<{ sha256: string; mime: string; size: number }>(
          'SELECT sha256, mime, size FROM fm_photos WHERE id = $1',
          [id],
        )
      ).rows[0],
  );
  if (!photo) throw notFound();
  return { stream: await documentStoreFor(db).get(photo.sha256), mime: photo.mime, size: Number(photo.size) };
}
