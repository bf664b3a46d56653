// Metadata of uploaded documents (tenant-scoped, RLS). The bytes live in the content-addressed store,
// shared between documents with the same content; the row is what makes a file visible to a tenant.
import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { tenants } from '../tenancy/schema.js';

export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    sha256: text('sha256').notNull(),
    /** As given by the uploader; shown to users and used in downloads, never used to decide the type. */
    filename: text('filename').notNull(),
    /** Sniffed from the content. */
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('documents_tenant_created_idx').on(t.tenantId, sql`${t.createdAt} DESC`),
    index('documents_sha256_idx').on(t.sha256),
  ],
);
