// Searching the audit log of the actor's tenant (permission audit.read). The search itself is audited.
import { withTenant, isUuid, type Db } from '../db/database.js';
import { requirePermission, type Actor } from '../http/context.js';
import type { TAuditEntry, TAuditQuery } from './contract.js';
import { writeAudit } from './log.js';

type Row = {
  id: string | number;
  seq: string | number;
  created_at: Date | string;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  object_type: string;
  object_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: Record<string, unknown>;
  total: string | number;
};

/**
 * Who sees which entries: a municipality-wide administrator sees the whole log; anyone else with audit.read
 * (team leads) sees only the entries of their own actions. The log records reads of cases and persons across
 * the municipality, including requests a team lead may not open, so a wider view would leak exactly what the
 * other permissions hide (docs/security.md).
 */
export function seesWholeLog(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'administrator' && r.unitId === null);
}

function where(q: TAuditQuery, actor: Actor): { clause: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (!seesWholeLog(actor)) add('actor_user_id = ?::uuid', actor.userId);
  if (q.actor) {
    const actor: string = q.actor;
    if (isUuid(actor)) add('actor_user_id = ?::uuid', actor);
    // The actor's text is matched literally: % and _ are escaped, not wildcards.
    else add("actor_label ILIKE '%' || ? || '%' ESCAPE '\\'", String(actor).replace(/[\\%_]/g, '\\$&'));
  }
  if (q.objectType) add('object_type = ?', q.objectType);
  if (q.objectId) add('object_id = ?', q.objectId);
  if (q.action) {
    if (q.action.endsWith('*') || q.action.endsWith('.'))
      add("action LIKE ? || '%' ESCAPE '\\'", q.action.replace(/\*$/, '').replace(/[\\%_]/g, '\\$&'));
    else add('action = ?', q.action);
  }
  if (q.from) add('created_at >= ?::timestamptz', q.from);
  if (q.to) add('created_at <= ?::timestamptz', q.to.length === 10 ? `${q.to}T23:59:59.999Z` : q.to);
  return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

function present(r: Row): TAuditEntry {
  return {
    id: Number(r.id),
    seq: Number(r.seq),
    createdAt: new Date(r.created_at).toISOString(),
    actorUserId: r.actor_user_id,
    actorLabel: r.actor_label,
    action: r.action,
    objectType: r.object_type,
    objectId: r.object_id,
    ip: r.ip,
    userAgent: r.user_agent,
    details: r.details ?? {},
  };
}

export async function searchAudit(
  db: Db,
  actor: Actor,
  q: TAuditQuery,
): Promise<{ entries: TAuditEntry[]; total: number }> {
  requirePermission(actor, 'audit.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { clause, params } = where(q, actor);
    const rows = (
      await tx.sql.query<Row>(
        `SELECT *, count(*) OVER () AS total FROM audit_log ${clause} ORDER BY seq DESC LIMIT ${q.limit} OFFSET ${q.offset}`,
        params,
      )
    ).rows;
    await writeAudit(tx, actor, { action: 'audit.search', objectType: 'audit_log', details: { ...q } });
    return { entries: rows.map(present), total: rows[0] ? Number(rows[0].total) : 0 };
  });
}

const COLUMNS: (keyof TAuditEntry)[] = [
  'seq',
  'createdAt',
  'actorLabel',
  'actorUserId',
  'action',
  'objectType',
  'objectId',
  'ip',
  'userAgent',
  'details',
];

function csvCell(value: unknown): string {
  const text =
    value === null || value === undefined
      ? ''
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  // Neutralise spreadsheet formulas (CSV injection) and quote every cell.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

export async function exportAuditCsv(db: Db, actor: Actor, q: TAuditQuery): Promise<string> {
  requirePermission(actor, 'audit.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const { clause, params } = where(q, actor);
    const rows = (
      await tx.sql.query<Row>(
        `SELECT *, 0 AS total FROM audit_log ${clause} ORDER BY seq LIMIT 100000`,
        params,
      )
    ).rows;
    await writeAudit(tx, actor, {
      action: 'audit.export',
      objectType: 'audit_log',
      details: { ...q, rows: rows.length },
    });
    const lines = [
      COLUMNS.join(','),
      ...rows.map((r) => COLUMNS.map((c) => csvCell(present(r)[c])).join(',')),
    ];
    return `${lines.join('\r\n')}\r\n`;
  });
}
