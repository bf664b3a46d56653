// The digitalisation portfolio: initiatives (process records with automation potential, maturity, levers,
// business case and a link to a measured key figure) and the municipality's maturity assessments per area.
import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.js';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

export const portfolioInitiatives = pgTable(
  'portfolio_initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    description: text('description').notNull().default(''),
    area: text('area').notNull(),
    kle: text('kle'),
    unitIds: uuid('unit_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    systems: text('systems')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    phase: text('phase').notNull(),
    status: text('status').notNull(),
    owner: text('owner').notNull().default(''),
    contact: text('contact').notNull().default(''),
    visibility: text('visibility').notNull(),
    suitability: integer('suitability')
      .array()
      .notNull()
      .default(sql`'{}'::int[]`),
    runsPerYear: integer('runs_per_year'),
    minutesPerRun: doublePrecision('minutes_per_run'),
    savingPct: doublePrecision('saving_pct'),
    maturityLevel: integer('maturity_level'),
    levers: jsonb('levers').notNull().default({}),
    businessCase: jsonb('business_case').notNull().default([]),
    benefitOwner: text('benefit_owner').notNull().default(''),
    figureId: text('figure_id'),
    figureUnitId: uuid('figure_unit_id'),
    baseline: doublePrecision('baseline'),
    goal: doublePrecision('goal'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('portfolio_initiatives_area_idx').on(t.tenantId, t.area, t.phase)],
);

export const portfolioMaturity = pgTable('portfolio_maturity', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  area: text('area').notNull(),
  level: integer('level').notNull(),
  assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
  note: text('note').notNull().default(''),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
