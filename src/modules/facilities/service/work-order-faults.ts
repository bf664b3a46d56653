// The fault reports waiting to become work orders.
import type { z } from 'zod';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { ZFaultReportList, ZPageQuery } from '../contract.js';
import { iso } from './work-order-list.js';

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
