// Tables of the shift-planning (roster) application. Every table carries tenant_id and row-level security
// (migrations/0031_roster_rls.sql). Employees, their names and units are the organisation's master data
// (org module): the roster refers to them by id and never copies them. The unit's set-up (shift types, skills,
// demand template, special days, agreement and cost settings) is one versioned document per planning unit.
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { employees, orgUnits } from '../org/schema.js';
import { tenants } from '../../platform/tenancy/schema.js';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/** A planning unit: one organisation unit whose staff is planned together (a plejecenter, a district). */
export const rosterUnits = pgTable(
  'roster_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    orgUnitId: uuid('org_unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** TUnitSetup (contract.ts): shift types, skills, demand, special days, agreement, cost. */
    setup: jsonb('setup').notNull(),
    /** Optimistic concurrency: bumped on every change of the set-up. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('roster_units_org_unit_uq').on(t.tenantId, t.orgUnitId)],
);

/**
 * The roster terms of an employee in a planning unit: contract minutes per week, skills and pay grade. The
 * organisation's master data has no such fields today; they live here, keyed by the master-data employee.
 */
export const rosterMembers = pgTable(
  'roster_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => rosterUnits.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    weeklyMinutes: integer('weekly_minutes').notNull(),
    skills: text('skills').array().notNull(),
    grade: text('grade').notNull(),
    /** Own hourly pay (kr.); null: the grade's pay from the unit's cost settings. */
    hourlyPay: numeric('hourly_pay'),
  },
  (t) => [uniqueIndex('roster_members_unit_employee_uq').on(t.tenantId, t.unitId, t.employeeId)],
);

export const rosterPeriods = pgTable(
  'roster_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => rosterUnits.id),
    startDate: date('start_date').notNull(),
    days: integer('days').notNull(),
    /** PeriodState (domain/lifecycle.ts). */
    state: text('state').notNull().default('draft'),
    wishDeadline: date('wish_deadline'),
    /** Budget for the period in kroner (base + allowances + overtime). */
    budget: numeric('budget'),
    /** Optimistic concurrency: bumped on every change of the period or its cells. */
    version: integer('version').notNull().default(1),
    optimiseJobId: text('optimise_job_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    publishReason: text('publish_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roster_periods_unit_idx').on(t.tenantId, t.unitId, t.startDate)],
);

export const rosterAssignments = pgTable(
  'roster_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => rosterPeriods.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    date: date('date').notNull(),
    shift: text('shift').notNull(),
    /** 'planned', 'sick' (did not work), 'extra' (added after publication). */
    kind: text('kind').notNull().default('planned'),
    overtimeMinutes: integer('overtime_minutes').notNull().default(0),
  },
  (t) => [uniqueIndex('roster_assignments_cell_uq').on(t.tenantId, t.periodId, t.employeeId, t.date)],
);

export const rosterWishes = pgTable(
  'roster_wishes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => rosterPeriods.id),
    employeeId: uuid('employee_id')
      .notNull()
      .references(() => employees.id),
    date: date('date').notNull(),
    /** null: the whole day (want = true: a day off). */
    shift: text('shift'),
    want: boolean('want').notNull(),
    weight: integer('weight').notNull().default(3),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('roster_wishes_cell_uq').on(t.tenantId, t.periodId, t.employeeId, t.date)],
);

/** Every change of a cell: who, when, why, and the employee's consent after publication. */
export const rosterChanges = pgTable(
  'roster_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => rosterPeriods.id),
    employeeId: uuid('employee_id').notNull(),
    date: date('date').notNull(),
    before: text('before'),
    after: text('after'),
    reason: text('reason'),
    afterPublication: boolean('after_publication').notNull().default(false),
    consent: boolean('consent'),
    changedBy: uuid('changed_by'),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roster_changes_period_idx').on(t.tenantId, t.periodId, t.changedAt)],
);

export const rosterSwaps = pgTable(
  'roster_swaps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    periodId: uuid('period_id')
      .notNull()
      .references(() => rosterPeriods.id),
    date: date('date').notNull(),
    fromEmployeeId: uuid('from_employee_id').notNull(),
    toEmployeeId: uuid('to_employee_id').notNull(),
    /** requested → accepted (by the colleague) → approved | rejected (by the planner). */
    state: text('state').notNull().default('requested'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('roster_swaps_period_idx').on(t.tenantId, t.periodId)],
);
