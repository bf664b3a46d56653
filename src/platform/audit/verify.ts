// Verification of the audit chains: recomputes every hash, checks the sequence has no gaps and that the chain
// ends at the recorded head. Any altered, inserted or removed row is reported. Runs as the owner (all tenants).
import type { Db } from '../db/database.js';
import { anchorSignatureProblem, type Anchor } from './anchor.js';
import { auditHash, genesisHash, type AuditContent } from './hash.js';

export type AuditProblem = { tenantId: string; seq: number | null; problem: string };
export type VerifyResult = { tenants: number; rows: number; problems: AuditProblem[] };

type Row = {
  tenant_id: string;
  seq: string | number;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  object_type: string;
  object_id: string | null;
  ip: string | null;
  user_agent: string | null;
  details: unknown;
  created_at: Date | string;
  prev_hash: string;
  hash: string;
};

const BATCH = 5000;

export type VerifyOptions = {
  tenantId?: string;
  /** Heads stored outside the database earlier (anchor.ts): each must still be part of its chain. */
  expectHeads?: Anchor[];
  /** RODTRAD_AUDIT_HEAD_KEY, to check the heads' signatures. */
  headKey?: string | null;
};

export async function verifyAudit(db: Db, options: VerifyOptions = {}): Promise<VerifyResult> {
  const tenants = (
    await db.sql.query<{ id: string; seq: string | number | null; hash: string | null }>(
      `SELECT t.id, h.seq, h.hash FROM tenants t LEFT JOIN audit_heads h ON h.tenant_id = t.id
       WHERE $1::uuid IS NULL OR t.id = $1::uuid ORDER BY t.id`,
      [options.tenantId ?? null],
    )
  ).rows;
  const problems: AuditProblem[] = [];
  let rows = 0;
  const known = new Set(tenants.map((t) => t.id));
  for (const anchor of options.expectHeads ?? [])
    if (!known.has(anchor.tenantId) && (!options.tenantId || anchor.tenantId === options.tenantId))
      problems.push({
        tenantId: anchor.tenantId,
        seq: anchor.seq,
        problem: 'the stored head names a tenant that no longer exists',
      });
  for (const tenant of tenants) {
    const anchors = (options.expectHeads ?? []).filter((a) => a.tenantId === tenant.id);
    for (const anchor of anchors) {
      const signature = anchorSignatureProblem(anchor, options.headKey ?? null);
      if (signature) problems.push({ tenantId: tenant.id, seq: anchor.seq, problem: signature });
    }
    const anchorAt = new Map(anchors.map((a) => [a.seq, a]));
    let expectedSeq = 1;
    let prev = genesisHash(tenant.id);
    for (;;) {
      const batch = (
        await db.sql.query<Row>(
          'SELECT * FROM audit_log WHERE tenant_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3',
          [tenant.id, expectedSeq, BATCH],
        )
      ).rows;
      for (const row of batch) {
        rows++;
        const seq = Number(row.seq);
        if (seq !== expectedSeq) {
          problems.push({
            tenantId: tenant.id,
            seq: expectedSeq,
            problem: `rows ${expectedSeq}..${seq - 1} are missing`,
          });
        }
        if (row.prev_hash !== prev)
          problems.push({ tenantId: tenant.id, seq, problem: 'prev_hash does not match the previous row' });
        const content: AuditContent = {
          tenantId: row.tenant_id,
          seq,
          actorUserId: row.actor_user_id,
          actorLabel: row.actor_label,
          action: row.action,
          objectType: row.object_type,
          objectId: row.object_id,
          ip: row.ip,
          userAgent: row.user_agent,
          details: row.details,
          createdAt: new Date(row.created_at).toISOString(),
        };
        if (auditHash(row.prev_hash, content) !== row.hash)
          problems.push({ tenantId: tenant.id, seq, problem: 'content was altered (hash mismatch)' });
        const anchor = anchorAt.get(seq);
        if (anchor && anchor.hash !== row.hash)
          problems.push({
            tenantId: tenant.id,
            seq,
            problem: `entry ${seq} differs from the stored head (the chain was rewritten from here or earlier)`,
          });
        prev = row.hash;
        expectedSeq = seq + 1;
      }
      if (batch.length < BATCH) break;
    }
    const last = expectedSeq - 1;
    for (const anchor of anchors)
      if (anchor.seq > last)
        problems.push({
          tenantId: tenant.id,
          seq: anchor.seq,
          problem: `the chain ends at ${last} but a stored head says it had reached ${anchor.seq} (entries were removed: truncation)`,
        });
    const headSeq = tenant.seq === null ? 0 : Number(tenant.seq);
    if (headSeq !== expectedSeq - 1) {
      problems.push({
        tenantId: tenant.id,
        seq: headSeq,
        problem: `the chain ends at ${expectedSeq - 1} but the head says ${headSeq} (rows removed or added)`,
      });
    } else if (headSeq > 0 && tenant.hash !== prev) {
      problems.push({
        tenantId: tenant.id,
        seq: headSeq,
        problem: 'the head hash does not match the last row',
      });
    }
  }
  return { tenants: tenants.length, rows, problems };
}
