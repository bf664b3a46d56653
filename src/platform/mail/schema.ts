// The outbox: every e-mail the platform sends (or only stores, when no SMTP server is configured).
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { tenants } from '../tenancy/schema.js';

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    fromAddress: text('from_address').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    html: text('html'),
    /** Name, content type and size of each attachment (the content itself is not kept). */
    attachments: jsonb('attachments').notNull().default([]),
    /** pending (being sent) → sent | failed; stored = no SMTP server configured. */
    status: text('status').notNull(),
    error: text('error'),
    /** The SMTP server's message id. */
    messageId: text('message_id'),
    attempts: integer('attempts').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_outbox_tenant_time_idx').on(t.tenantId, t.createdAt)],
);
