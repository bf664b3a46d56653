// Managing a request: who handles it (caseworker, unit) and the case context that screening uses.
import { ROLE_PERMISSIONS, ROLES } from '../../../platform/access/permissions.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TUpdateRequestBody } from '../contract.js';
import { loadRequest, recordsError } from './shared.js';

/** The roles whose holders may work on (and so be given) an aktindsigt request. */
const caseworkerRoles = () => ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('records.write'));

export async function updateRequest(db: Db, actor: Actor, requestId: string, body: TUpdateRequestBody) {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const before = await loadRequest(tx, actor, requestId, true);
    if (body.assignedTo) {
      // Only someone who may work on aktindsigt: a case given to anyone else would be stuck.
      const user = await tx.sql.query(
        `SELECT 1 FROM users u JOIN user_roles r ON r.user_id = u.id
          WHERE u.id = $1 AND u.active AND r.role = ANY($2::text[])`,
        [body.assignedTo, caseworkerRoles()],
      );
      if (user.rows.length === 0)
        throw recordsError('invalid', 'unknown caseworker', [
          {
            path: 'assignedTo',
            message:
              'Ukendt sagsbehandler, eller en bruger uden adgang til aktindsigt. / Unknown caseworker, or a user without access to aktindsigt.',
          },
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

/**
 * Who a request can be given to: the municipality's active users whose role may work on aktindsigt. Staff
 * names acting in office are directory data, read without an audit entry (docs/decisions/0006).
 */
export async function listCaseworkers(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  requirePermission(actor, 'records.read');
  const roles = caseworkerRoles();
  return withTenant(
    db,
    actor.tenantId,
    async (tx) =>
      (
        await tx.sql.query<{ id: string; name: string }>(
          `SELECT DISTINCT u.id, u.name FROM users u JOIN user_roles r ON r.user_id = u.id
            WHERE u.active AND r.role = ANY($1::text[]) ORDER BY u.name`,
          [roles],
        )
      ).rows,
  );
}
