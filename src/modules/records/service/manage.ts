// Managing a request: who handles it (caseworker, unit) and the case context that screening uses.
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TUpdateRequestBody } from '../contract.js';
import { loadRequest, recordsError } from './shared.js';

export async function updateRequest(db: Db, actor: Actor, requestId: string, body: TUpdateRequestBody) {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const before = await loadRequest(tx, actor, requestId, true);
    if (body.assignedTo) {
      const user = await tx.sql.query('SELECT 1 FROM users WHERE id = $1', [body.assignedTo]);
      if (user.rows.length === 0)
        throw recordsError('invalid', 'unknown caseworker', [
          { path: 'assignedTo', message: 'Ukendt sagsbehandler. / Unknown caseworker.' },
        ]);
    }
    if (body.unitId) {
      const unit = await tx.sql.query('SELECT 1 FROM org_units WHERE id = $1', [body.unitId]);
      if (unit.rows.length === 0)
        throw recordsError('invalid', 'unknown unit', [
          { path: 'unitId', message: 'Ukendt enhed. / Unknown unit.' },
        ]);
    }
    const has = (k: keyof TUpdateRequestBody) => body[k] !== undefined;
    await tx.sql.query(
      `UPDATE records_requests SET
         assigned_to = CASE WHEN $2::boolean THEN $3::uuid ELSE assigned_to END,
         unit_id = CASE WHEN $4::boolean THEN $5::uuid ELSE unit_id END,
         case_type = coalesce($6, case_type), parties = coalesce($7, parties), case_subjects = coalesce($8, case_subjects),
         updated_at = now()
       WHERE id = $1`,
      [
        requestId,
        has('assignedTo'),
        body.assignedTo ?? null,
        has('unitId'),
        body.unitId ?? null,
        body.caseType ?? null,
        body.parties ?? null,
        body.caseSubjects ?? null,
      ],
    );
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (has('assignedTo')) changes.assignedTo = { from: before.assigned_to, to: body.assignedTo };
    if (has('unitId')) changes.unitId = { from: before.unit_id, to: body.unitId };
    if (has('caseType')) changes.caseType = { from: before.case_type, to: body.caseType };
    if (has('parties')) changes.parties = { from: before.parties.length, to: body.parties!.length };
    if (has('caseSubjects')) changes.caseSubjects = { from: before.case_subjects, to: body.caseSubjects };
    await writeAudit(tx, actor, {
      action: has('assignedTo') || has('unitId') ? 'records.request.assign' : 'records.request.update',
      objectType: 'records_request',
      objectId: requestId,
      details: changes,
    });
    return { ok: true as const };
  });
}
