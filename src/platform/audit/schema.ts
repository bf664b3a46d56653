// The audit log: append-only (a trigger rejects UPDATE/DELETE/TRUNCATE), hash-chained per tenant.
import {
  bigint,
  bigserial,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.js';

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** Position in the tenant's chain: 1, 2, 3 … without gaps. */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorLabel: text('actor_label').notNull(),
    action: text('action').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
    details: jsonb('details').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    uniqueIndex('audit_log_tenant_seq_uq').on(t.tenantId, t.seq),
    index('audit_log_object_idx').on(t.tenantId, t.objectType, t.objectId),
    index('audit_log_actor_idx').on(t.tenantId, t.actorUserId, t.createdAt),
    index('audit_log_time_idx').on(t.tenantId, t.createdAt),
  ],
);

/** The head of each tenant's chain, locked FOR UPDATE while appending; lets verify detect removed tail rows. */
export const auditHeads = pgTable('audit_heads', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  seq: bigint('seq', { mode: 'number' }).notNull(),
  hash: text('hash').notNull(),
});
