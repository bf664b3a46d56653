// Tables of the open building archive. Every table carries tenant_id and row-level security
// (migrations/0041_archive_rls.sql). The SQL is hand-written in migrations/0040_archive_tables.sql to match
// this file; the trigram and full-text indexes are declared there (Drizzle cannot express gin_trgm_ops and
// generated tsvector columns portably).
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenants } from '../../platform/tenancy/schema.js';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Publication rules and portal settings per municipality (one row per tenant, defaults when absent). */
export const archiveSettings = pgTable('archive_settings', {
  tenantId: uuid('tenant_id')
    .primaryKey()
    .references(() => tenants.id),
  neverPublishedTypes: text('never_published_types')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  holdOpenCases: boolean('hold_open_cases').notNull().default(true),
  portalEnabled: boolean('portal_enabled').notNull().default(true),
  portalNoindex: boolean('portal_noindex').notNull().default(false),
  minOcrConfidence: integer('min_ocr_confidence').notNull().default(70),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const archiveProperties = pgTable(
  'archive_properties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    municipalityCode: text('municipality_code'),
    street: text('street').notNull(),
    houseNumber: text('house_number'),
    floor: text('floor'),
    door: text('door'),
    postcode: text('postcode'),
    town: text('town'),
    addressText: text('address_text').notNull(),
    /** Normalised address for matching and trigram search (domain/address.ts). */
    addressKey: text('address_key').notNull(),
    ejerlav: text('ejerlav'),
    matrikel: text('matrikel'),
    matrikelKey: text('matrikel_key'),
    bbrBuilding: text('bbr_building'),
    /** Protected properties (shelters, police, …): every document is locked. */
    protected: boolean('protected').notNull().default(false),
    protectedReason: text('protected_reason'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('archive_properties_address_uq').on(t.tenantId, t.addressKey),
    index('archive_properties_matrikel').on(t.tenantId, t.matrikelKey),
  ],
);

export const archiveCases = pgTable(
  'archive_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    propertyId: uuid('property_id')
      .notNull()
      .references(() => archiveProperties.id),
    caseNumber: text('case_number').notNull(),
    caseType: text('case_type').notNull(),
    title: text('title').notNull(),
    year: integer('year'),
    closed: boolean('closed').notNull().default(true),
    parties: text('parties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    staff: text('staff')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('archive_cases_number_uq').on(t.tenantId, t.caseNumber),
    index('archive_cases_property').on(t.propertyId),
  ],
);

export const ARCHIVE_STATES = ['pending', 'published', 'review', 'withheld', 'locked', 'failed'] as const;

export const archiveDocuments = pgTable(
  'archive_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => archiveCases.id),
    title: text('title').notNull(),
    documentDate: date('document_date'),
    pages: integer('pages'),
    filename: text('filename').notNull(),
    /** The original in the document store: never served by the portal. */
    sha256: text('sha256').notNull(),
    mime: text('mime'),
    size: bigint('size', { mode: 'number' }),
    ocrUsed: boolean('ocr_used').notNull().default(false),
    ocrText: text('ocr_text'),
    /** The redacted, verified copy in the document store: the only file the portal serves. */
    publishedSha256: text('published_sha256'),
    /** Text of the published copy: the only text the public full-text index sees. */
    publishedText: text('published_text'),
    state: text('state', { enum: ARCHIVE_STATES }).notNull().default('pending'),
    /** Reason code (domain/publication.ts) and its detail in English (page numbers, labels). */
    reason: text('reason'),
    reasonDetail: text('reason_detail'),
    suggestions: jsonb('suggestions')
      .notNull()
      .default(sql`'[]'::jsonb`),
    manualBoxes: jsonb('manual_boxes')
      .notNull()
      .default(sql`'[]'::jsonb`),
    rejected: jsonb('rejected')
      .notNull()
      .default(sql`'[]'::jsonb`),
    screeningJobId: uuid('screening_job_id'),
    screenedAt: timestamp('screened_at', { withTimezone: true }),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    hiddenByReport: boolean('hidden_by_report').notNull().default(false),
    importId: uuid('import_id'),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    searchTsv: tsvector('search_tsv').generatedAlwaysAs(
      sql`to_tsvector('danish'::regconfig, coalesce("title", '') || ' ' || coalesce("published_text", ''))`,
    ),
  },
  (t) => [
    uniqueIndex('archive_documents_content_uq').on(t.tenantId, t.caseId, t.sha256),
    index('archive_documents_case').on(t.caseId),
    index('archive_documents_state').on(t.tenantId, t.state),
  ],
);

export const archiveImports = pgTable('archive_imports', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: tenantId(),
  source: text('source').notNull(),
  createdBy: uuid('created_by'),
  jobId: uuid('job_id'),
  report: jsonb('report')
    .notNull()
    .default(sql`'{}'::jsonb`),
  createdAt: createdAt(),
});

/** "Indberet et problem": a citizen's report hides the document at once until a caseworker decides. */
export const archiveReports = pgTable(
  'archive_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => archiveDocuments.id),
    reason: text('reason').notNull(),
    message: text('message'),
    contact: text('contact'),
    createdAt: createdAt(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: uuid('resolved_by'),
    resolution: text('resolution'),
  },
  (t) => [index('archive_reports_open').on(t.tenantId, t.resolvedAt)],
);
