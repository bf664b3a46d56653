// Organisation master data: the unit tree and the employees. Other modules refer to these ids.
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.js';

export const orgUnits = pgTable(
  'org_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgUnits.id),
    /** Stable external key (from the HR system); used by CSV import. */
    code: text('code').notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('org_units_tenant_code_uq').on(t.tenantId, t.code),
    index('org_units_parent_idx').on(t.tenantId, t.parentId),
  ],
);

export const employees = pgTable(
  'employees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => orgUnits.id),
    /** Employee number from the HR/payroll system; used by CSV import. */
    employeeNo: text('employee_no').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    email: text('email'),
    title: text('title'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('employees_tenant_no_uq').on(t.tenantId, t.employeeNo),
    index('employees_unit_name_idx').on(t.tenantId, t.unitId, t.familyName, t.givenName, t.id),
    index('employees_name_idx').on(t.tenantId, sql`lower(${t.familyName} || ' ' || ${t.givenName})`),
  ],
);
