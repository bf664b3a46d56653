// Tables of the background-job runner. pg-boss keeps the queue itself in its own schema (`pgboss`, created
// and migrated by pg-boss on start); these tables add what pg-boss does not model: the tenant and owner of a
// job, progress for the UI, durable steps (exactly-once effects) and worker leases (crash detection).
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/schema.js';
import { tenants } from '../tenancy/schema.js';

/** One row per job; tenant-scoped (RLS). The id is pg-boss's job id. */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: text('name').notNull(),
    /** queued | active | retry | completed | failed | cancelled */
    state: text('state').notNull().default('queued'),
    attempt: integer('attempt').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull(),
    progressPct: integer('progress_pct').notNull().default(0),
    progressMessage: text('progress_message'),
    result: jsonb('result'),
    error: text('error'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('jobs_tenant_created_idx').on(t.tenantId, sql`${t.createdAt} DESC`)],
);

/** Completed steps of a job: a step's effect and its row commit in one transaction (tenant-scoped, RLS). */
export const jobSteps = pgTable(
  'job_steps',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    jobId: uuid('job_id')
      .notNull()
      .references(() => jobs.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    result: jsonb('result'),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.jobId, t.key] })],
);

/** Platform table (no tenant data, no RLS, not granted to the app role): which worker runs which job. */
export const jobLeases = pgTable('job_leases', {
  jobId: uuid('job_id').primaryKey(),
  token: uuid('token').notNull(),
  workerId: text('worker_id').notNull(),
  heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
});
