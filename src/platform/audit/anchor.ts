// Anchoring the audit chains outside the database. Someone with owner or superuser rights can disable the
// append-only triggers, delete the newest rows and move `audit_heads` back; the remaining chain is then
// consistent and `verify` alone cannot notice. An operator therefore copies the heads (`rodtrad audit head`)
// somewhere the database's administrators cannot write — a ticket, a WORM bucket, a syslog server, paper —
// and `rodtrad audit verify --expect-head` checks that today's chain still contains every stored head.
//
// A head token: `rodtrad-audit-head:v1:<tenant id>:<seq>:<hash>[:<hmac>]`. The hash already commits to every
// entry up to seq. With RODTRAD_AUDIT_HEAD_KEY set, the token also carries HMAC-SHA256(key, "v1:<tenant>:<seq>:
// <hash>"), so a token edited where it is stored (to an older, shorter head) fails verification as well.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database.js';

export type ChainHead = { tenantId: string; slug: string; seq: number; hash: string };
export type Anchor = { tenantId: string; seq: number; hash: string; mac: string | null };

const PREFIX = 'rodtrad-audit-head:v1:';
const TOKEN = /^rodtrad-audit-head:v1:([0-9a-f-]{36}):(\d+):([0-9a-f]{64})(?::([0-9a-f]{64}))?$/;

export async function chainHeads(db: Db, tenantId?: string): Promise<ChainHead[]> {
  const rows = await db.sql.query<{ id: string; slug: string; seq: string | number; hash: string }>(
    `SELECT t.id, t.slug, h.seq, h.hash FROM tenants t JOIN audit_heads h ON h.tenant_id = t.id
     WHERE $1::uuid IS NULL OR t.id = $1::uuid ORDER BY t.slug`,
    [tenantId ?? null],
  );
  return rows.rows.map((r) => ({ tenantId: r.id, slug: r.slug, seq: Number(r.seq), hash: r.hash }));
}

function mac(key: string, tenantId: string, seq: number, hash: string): string {
  return createHmac('sha256', key).update(`v1:${tenantId}:${seq}:${hash}`).digest('hex');
}

export function formatAnchor(head: Pick<ChainHead, 'tenantId' | 'seq' | 'hash'>, key: string | null): string {
  const base = `${PREFIX}${head.tenantId}:${head.seq}:${head.hash}`;
  return key ? `${base}:${mac(key, head.tenantId, head.seq, head.hash)}` : base;
}

/** Parses one token; throws with the reason for anything else. */
export function parseAnchor(token: string): Anchor {
  const m = TOKEN.exec(token.trim());
  if (!m) throw new Error(`not an audit head token: "${token.trim().slice(0, 120)}"`);
  return { tenantId: m[1]!, seq: Number(m[2]), hash: m[3]!, mac: m[4] ?? null };
}

/** Tokens in a text (the output of `rodtrad audit head`, one per line; other words are ignored). */
export function anchorsIn(text: string): Anchor[] {
  return text
    .split(/\s+/)
    .filter((word) => word.startsWith(PREFIX))
    .map(parseAnchor);
}

/** null when the token's signature is fine (or it carries none and no key is required), else the reason. */
export function anchorSignatureProblem(anchor: Anchor, key: string | null): string | null {
  if (!anchor.mac)
    return key ? 'the stored head carries no signature although RODTRAD_AUDIT_HEAD_KEY is set' : null;
  if (!key) return 'the stored head is signed; set RODTRAD_AUDIT_HEAD_KEY to check it';
  const expected = Buffer.from(mac(key, anchor.tenantId, anchor.seq, anchor.hash), 'hex');
  const given = Buffer.from(anchor.mac, 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given)
    ? null
    : 'the stored head’s signature is wrong (the token was edited, or another key signed it)';
}
