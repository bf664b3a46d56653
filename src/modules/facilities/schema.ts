// Tables of the facilities module (hand-written migrations 0050–0051 match this file). Every table except the
// national BBR code lists carries tenant_id and row-level security.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { orgUnits } from '../org/index.js';
import { tenants } from '../../platform/tenancy/schema.js';

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);
const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** BBR code lists (use, heating, materials …): national reference data, readable by every tenant. */
export const fmBbrCodes = pgTable(
  'fm_bbr_codes',
  {
    list: text('list').notNull(),
    code: text('code').notNull(),
    label: text('label').notNull(),
    asbestos: boolean('asbestos').notNull().default(false),
    phasedOut: boolean('phased_out').notNull().default(false),
    source: text('source').notNull(),
  },
  (t) => [primaryKey({ columns: [t.list, t.code] })],
);

export const fmProperties = pgTable(
  'fm_properties',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('fm_properties_code_uq').on(t.tenantId, t.code)],
);

export const fmBuildings = pgTable(
  'fm_buildings',
  {
    id: id(),
    tenantId: tenantId(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => fmProperties.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    useCode: text('use_code'),
    yearBuilt: integer('year_built'),
    yearRebuilt: integer('year_rebuilt'),
    grossArea: numeric('gross_area', { precision: 12, scale: 2 }),
    heatedArea: numeric('heated_area', { precision: 12, scale: 2 }),
    builtArea: numeric('built_area', { precision: 12, scale: 2 }),
    floorsCount: integer('floors_count'),
    heatingInstallation: text('heating_installation'),
    heatingMedium: text('heating_medium'),
    supplementaryHeating: text('supplementary_heating'),
    wallMaterial: text('wall_material'),
    roofMaterial: text('roof_material'),
    /** Asbestos known from a survey or register, in addition to what the material codes imply. */
    asbestosNoted: boolean('asbestos_noted').notNull().default(false),
    energyLabel: text('energy_label'),
    energyLabelExpires: date('energy_label_expires', { mode: 'string' }),
    /** 1–5, 5 most important (weights condition in the maintenance plan). */
    importance: integer('importance').notNull().default(3),
    /** People the building serves (pupils, children, residents): for m² per resident. */
    residents: integer('residents'),
    hotWaterShare: numeric('hot_water_share', { precision: 5, scale: 2 }).notNull().default('20'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fm_buildings_code_uq').on(t.tenantId, t.code),
    index('fm_buildings_property_idx').on(t.tenantId, t.propertyId),
  ],
);

export const fmFloors = pgTable(
  'fm_floors',
  {
    id: id(),
    tenantId: tenantId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    level: integer('level').notNull(),
    name: text('name').notNull(),
  },
  (t) => [uniqueIndex('fm_floors_level_uq').on(t.tenantId, t.buildingId, t.level)],
);

export const fmRooms = pgTable(
  'fm_rooms',
  {
    id: id(),
    tenantId: tenantId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    floorId: uuid('floor_id').references(() => fmFloors.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    area: numeric('area', { precision: 10, scale: 2 }),
    /** The organisation unit using the room (org module master data). */
    unitId: uuid('unit_id').references(() => orgUnits.id),
    /** Random token in the room's QR link to the public fault report form. */
    reportToken: text('report_token').notNull().unique(),
  },
  (t) => [uniqueIndex('fm_rooms_code_uq').on(t.tenantId, t.buildingId, t.code)],
);

/** Building parts per Forvaltnings Klassifikation group (e.g. 27 roof, 21 external walls). */
export const fmBuildingParts = pgTable(
  'fm_building_parts',
  {
    id: id(),
    tenantId: tenantId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    fkCode: text('fk_code').notNull(),
    name: text('name').notNull(),
    asbestos: boolean('asbestos').notNull().default(false),
  },
  (t) => [uniqueIndex('fm_building_parts_uq').on(t.tenantId, t.buildingId, t.fkCode)],
);

export const fmSurveys = pgTable(
  'fm_surveys',
  {
    id: id(),
    tenantId: tenantId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    surveyedOn: date('surveyed_on', { mode: 'string' }).notNull(),
    surveyor: text('surveyor').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [index('fm_surveys_building_idx').on(t.tenantId, t.buildingId, t.surveyedOn)],
);

export const fmSurveyItems = pgTable(
  'fm_survey_items',
  {
    id: id(),
    tenantId: tenantId(),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => fmSurveys.id),
    partId: uuid('part_id')
      .notNull()
      .references(() => fmBuildingParts.id),
    /** KL's condition grade 1–5, 1 best. */
    grade: integer('grade').notNull(),
    remark: text('remark'),
    action: text('action'),
    actionCost: numeric('action_cost', { precision: 14, scale: 2 }),
    actionYear: integer('action_year'),
    riskSafety: boolean('risk_safety').notNull().default(false),
    riskWater: boolean('risk_water').notNull().default(false),
    riskEnergy: boolean('risk_energy').notNull().default(false),
    /** Planner's locks for the optimiser. */
    mustDo: boolean('must_do').notNull().default(false),
    notBefore: integer('not_before'),
    done: boolean('done').notNull().default(false),
  },
  (t) => [index('fm_survey_items_survey_idx').on(t.tenantId, t.surveyId)],
);

/** Photos (survey items, fault reports, work orders); the bytes live in the document store by SHA-256. */
export const fmPhotos = pgTable(
  'fm_photos',
  {
    id: id(),
    tenantId: tenantId(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    sha256: text('sha256').notNull(),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    addedBy: text('added_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('fm_photos_owner_idx').on(t.tenantId, t.ownerType, t.ownerId)],
);

export const fmWorkOrders = pgTable(
  'fm_work_orders',
  {
    id: id(),
    tenantId: tenantId(),
    number: integer('number').notNull(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    roomId: uuid('room_id').references(() => fmRooms.id),
    partId: uuid('part_id').references(() => fmBuildingParts.id),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    priority: text('priority').notNull(),
    status: text('status').notNull().default('new'),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    assigneeKind: text('assignee_kind'),
    assigneeName: text('assignee_name'),
    /** SHA-256 of the contractor's link token (the token itself is shown once). */
    contractorTokenHash: text('contractor_token_hash').unique(),
    plannedOn: date('planned_on', { mode: 'string' }),
    estimatedCost: numeric('estimated_cost', { precision: 14, scale: 2 }),
    actualCost: numeric('actual_cost', { precision: 14, scale: 2 }).notNull().default('0'),
    hours: numeric('hours', { precision: 10, scale: 2 }).notNull().default('0'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    scheduleId: uuid('schedule_id'),
    createdBy: text('created_by').notNull(),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('fm_work_orders_number_uq').on(t.tenantId, t.number),
    index('fm_work_orders_open_idx').on(t.tenantId, t.status, t.dueAt),
  ],
);

/** The work order's own history (comments, time, cost, contractor steps); append-only for the app. */
export const fmWorkOrderEvents = pgTable(
  'fm_work_order_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: tenantId(),
    workOrderId: uuid('work_order_id')
      .notNull()
      .references(() => fmWorkOrders.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorLabel: text('actor_label').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
    data: jsonb('data')
      .notNull()
      .default(sql`'{}'::jsonb`),
  },
  (t) => [index('fm_work_order_events_wo_idx').on(t.tenantId, t.workOrderId, t.id)],
);

export const fmFaultReports = pgTable(
  'fm_fault_reports',
  {
    id: id(),
    tenantId: tenantId(),
    roomId: uuid('room_id')
      .notNull()
      .references(() => fmRooms.id),
    text: text('text').notNull(),
    reporterName: text('reporter_name'),
    reporterContact: text('reporter_contact'),
    statusTokenHash: text('status_token_hash').notNull().unique(),
    status: text('status').notNull().default('received'),
    workOrderId: uuid('work_order_id').references(() => fmWorkOrders.id),
    createdAt: createdAt(),
  },
  (t) => [index('fm_fault_reports_status_idx').on(t.tenantId, t.status, t.createdAt)],
);

export const fmMeters = pgTable(
  'fm_meters',
  {
    id: id(),
    tenantId: tenantId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => fmMeters.id),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    unit: text('unit').notNull(),
    /** Register maximum after which a cumulative meter starts from zero again. */
    rollover: numeric('rollover', { precision: 16, scale: 3 }),
  },
  (t) => [uniqueIndex('fm_meters_code_uq').on(t.tenantId, t.code)],
);

/** Consumption per period (hour or month) in the meter's unit; the key makes a re-import idempotent. */
export const fmReadings = pgTable(
  'fm_readings',
  {
    tenantId: tenantId(),
    meterId: uuid('meter_id')
      .notNull()
      .references(() => fmMeters.id),
    resolution: text('resolution').notNull(),
    periodStart: timestamp('period_start', { withTimezone: true }).notNull(),
    consumption: doublePrecision('consumption').notNull(),
  },
  (t) => [primaryKey({ columns: [t.meterId, t.resolution, t.periodStart] })],
);

/** Degree days per month from one source, with that source's own normal year. */
export const fmDegreeDays = pgTable(
  'fm_degree_days',
  {
    tenantId: tenantId(),
    source: text('source').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    actual: doublePrecision('actual').notNull(),
    normal: doublePrecision('normal').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.source, t.month] })],
);

export const fmSchedules = pgTable('fm_schedules', {
  id: id(),
  tenantId: tenantId(),
  buildingId: uuid('building_id')
    .notNull()
    .references(() => fmBuildings.id),
  partId: uuid('part_id').references(() => fmBuildingParts.id),
  meterId: uuid('meter_id').references(() => fmMeters.id),
  title: text('title').notNull(),
  kind: text('kind').notNull(),
  everyN: integer('every_n'),
  everyUnit: text('every_unit'),
  anchor: text('anchor').notNull().default('scheduled'),
  nextDue: date('next_due', { mode: 'string' }),
  threshold: doublePrecision('threshold'),
  leadDays: integer('lead_days').notNull().default(14),
  priority: text('priority').notNull().default('normal'),
  active: boolean('active').notNull().default(true),
});

export const fmPlanScenarios = pgTable('fm_plan_scenarios', {
  id: id(),
  tenantId: tenantId(),
  name: text('name').notNull(),
  firstYear: integer('first_year').notNull(),
  budgets: jsonb('budgets').notNull(),
  status: text('status').notNull().default('queued'),
  jobId: text('job_id'),
  result: jsonb('result'),
  createdBy: text('created_by').notNull(),
  createdAt: createdAt(),
});

/** Current energy alerts from the anomaly scan (migration 0052): one per meter and kind. */
export const fmEnergyAlerts = pgTable(
  'fm_energy_alerts',
  {
    tenantId: tenantId(),
    buildingId: uuid('building_id')
      .notNull()
      .references(() => fmBuildings.id),
    meterId: uuid('meter_id')
      .notNull()
      .references(() => fmMeters.id),
    kind: text('kind').notNull(),
    since: text('since').notNull(),
    ratio: doublePrecision('ratio').notNull(),
    baseline: doublePrecision('baseline').notNull(),
    recent: doublePrecision('recent').notNull(),
    series: jsonb('series').notNull(),
    foundAt: timestamp('found_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.meterId, t.kind] }),
    index('fm_energy_alerts_building_idx').on(t.tenantId, t.buildingId),
  ],
);
