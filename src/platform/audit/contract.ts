import { z } from 'zod';

export const ZAuditQuery = z.strictObject({
  /** A user id, or (part of) the actor label such as an e-mail. */
  actor: z.string().max(254).optional(),
  objectType: z.string().max(100).optional(),
  objectId: z.string().max(200).optional(),
  /** Exact action, or a prefix ending in '.' or '*' (e.g. 'auth.*'). */
  action: z.string().max(100).optional(),
  from: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  to: z.iso.datetime({ offset: true }).or(z.iso.date()).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZAuditEntry = z.object({
  id: z.number(),
  seq: z.number(),
  createdAt: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  objectType: z.string(),
  objectId: z.string().nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditPage = z.object({ entries: z.array(ZAuditEntry), total: z.number() });
