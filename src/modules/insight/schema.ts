// Tables of management information: daily totals per key figure and unit (what dashboards read), the items
// behind each total (drill-down), each tenant's progress through the event stream, and targets.
import {
  bigint,
  bigserial,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.js';

/** The unit key of figures that belong to no unit (a NULL cannot be part of a primary key). */
export const NO_UNIT = '00000000-0000-0000-0000-000000000000';
/**
 * The unit key of the municipality-wide total kept beside the per-unit rows (daily totals only), so a
 * municipality-wide dashboard reads one row per figure and day instead of one per unit.
 */
export const ALL_UNITS = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

export const insightDaily = pgTable(
  'insight_daily',
  {
    tenantId: tenantId(),
    figure: text('figure').notNull(),
    unitKey: uuid('unit_key').notNull(),
    day: date('day').notNull(),
    n: bigint('n', { mode: 'number' }).notNull(),
    total: doublePrecision('total').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.figure, t.unitKey, t.day] }),
    index('insight_daily_day_idx').on(t.tenantId, t.day),
  ],
);

export const insightItems = pgTable(
  'insight_items',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    figure: text('figure').notNull(),
    unitKey: uuid('unit_key').notNull(),
    day: date('day').notNull(),
    objectType: text('object_type').notNull(),
    objectId: text('object_id').notNull(),
    label: text('label').notNull(),
    value: doublePrecision('value').notNull(),
    eventId: bigint('event_id', { mode: 'number' }).notNull(),
  },
  (t) => [index('insight_items_figure_day_idx').on(t.tenantId, t.figure, t.day)],
);

export const insightProgress = pgTable('insight_progress', {
  tenantId: tenantId().primaryKey(),
  lastEventId: bigint('last_event_id', { mode: 'number' }).notNull(),
  lastEventAt: timestamp('last_event_at', { withTimezone: true }).notNull(),
  processedAt: timestamp('processed_at', { withTimezone: true }).notNull(),
  lagMs: integer('lag_ms').notNull(),
});

export const insightTargets = pgTable(
  'insight_targets',
  {
    tenantId: tenantId(),
    figure: text('figure').notNull(),
    unitKey: uuid('unit_key').notNull(),
    target: doublePrecision('target').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.figure, t.unitKey] })],
);
