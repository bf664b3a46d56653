// Writing the audit log. Call inside the same withTenant transaction as the change it records, so the record
// exists exactly when the change does. Reads of personal data are logged with logPersonalDataRead().
import type { TenantTx } from '../db/database.js';
import type { Actor } from '../http/context.js';
import { auditHash, genesisHash, type AuditContent } from './hash.js';

export type AuditEntry = {
  /** Dotted verb, e.g. 'org.employee.create', 'auth.login', 'records.document.read'. */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** Small JSON: what changed (field names, old/new values where useful), never secrets. */
  details?: Record<string, unknown>;
};

export async function writeAudit(tx: TenantTx, actor: Actor, entry: AuditEntry): Promise<void> {
  if (actor.tenantId !== tx.tenantId) throw new Error('writeAudit: actor and transaction tenant differ');
  // Locking the tenant's chain head serialises appends per tenant; other tenants are not blocked.
  let head = (
    await tx.sql.query<{ seq: string | number; hash: string }>(
      'SELECT seq, hash FROM audit_heads WHERE tenant_id = $1 FOR UPDATE',
      [tx.tenantId],
    )
  ).rows[0];
  if (!head) {
    head = { seq: 0, hash: genesisHash(tx.tenantId) };
    await tx.sql.query('INSERT INTO audit_heads (tenant_id, seq, hash) VALUES ($1, 0, $2)', [
      tx.tenantId,
      head.hash,
    ]);
  }
  const content: AuditContent = {
    tenantId: tx.tenantId,
    seq: Number(head.seq) + 1,
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId ?? null,
    ip: actor.ip,
    userAgent: actor.userAgent,
    details: JSON.parse(JSON.stringify(entry.details ?? {})),
    createdAt: new Date().toISOString(),
  };
  const hash = auditHash(head.hash, content);
  await tx.sql.query(
    `WITH ins AS (
       INSERT INTO audit_log (tenant_id, seq, actor_user_id, actor_label, action, object_type, object_id, ip, user_agent,
                              details, created_at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13))
     UPDATE audit_heads SET seq = $2, hash = $13 WHERE tenant_id = $1`,
    [
      content.tenantId,
      content.seq,
      content.actorUserId,
      content.actorLabel,
      content.action,
      content.objectType,
      content.objectId,
      content.ip,
      content.userAgent,
      JSON.stringify(content.details),
      content.createdAt,
      head.hash,
      hash,
    ],
  );
}

/** Records that personal data was shown to the actor (who saw what, when). */
export async function logPersonalDataRead(
  tx: TenantTx,
  actor: Actor,
  objectType: string,
  objectIds: string | string[],
  details: Record<string, unknown> = {},
): Promise<void> {
  const ids = Array.isArray(objectIds) ? objectIds : [objectIds];
  if (ids.length === 0) return;
  await writeAudit(tx, actor, {
    action: `${objectType}.read`,
    objectType,
    objectId: ids.length === 1 ? ids[0] : null,
    details: ids.length === 1 ? details : { ...details, ids },
  });
}
