// Tenants (municipalities). The only platform table without tenant_id: it *is* the tenant.
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const tenants = pgTable('tenants', {
  id: uuid('id').primaryKey().defaultRandom(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Set by `rodtrad tenant disable`: no logins, no sessions, hidden from the login page. */
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});
