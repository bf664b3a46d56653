// The audit chain: hash = sha256(prevHash + canonical JSON of the row's content). Canonical JSON sorts object
// keys so the jsonb round trip (which reorders keys) does not change the hash.
import { createHash } from 'node:crypto';

export type AuditContent = {
  tenantId: string;
  seq: number;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  objectType: string;
  objectId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: unknown;
  createdAt: string;
};

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function genesisHash(tenantId: string): string {
  return createHash('sha256').update(`rodtrad-audit-genesis:${tenantId}`).digest('hex');
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}
