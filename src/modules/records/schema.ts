// Tables of the aktindsigt (records) module. Every table carries tenant_id and row-level security
// (migrations/*_records_rls.sql). Legal dates are `date` columns (calendar dates in Europe/Copenhagen).
import { sql } from 'drizzle-orm';
import {
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

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const tenantId = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/** Case-number counters per tenant and year (AI-2026-000042). */
export const recordsSequences = pgTable(
  'records_sequences',
  { tenantId: tenantId(), year: integer('year').notNull(), last: integer('last').notNull().default(0) },
  (t) => [uniqueIndex('records_sequences_uq').on(t.tenantId, t.year)],
);

export const recordsRequests = pgTable(
  'records_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    caseNumber: text('case_number').notNull(),
    requesterType: text('requester_type').notNull(),
    requesterName: text('requester_name').notNull(),
    requesterEmail: text('requester_email'),
    requesterAddress: text('requester_address')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    laws: text('laws').array().notNull(),
    governingLaw: text('governing_law').notNull(),
    largeOrComplex: boolean('large_or_complex').notNull().default(false),
    subject: text('subject').notNull(),
    caseReferences: text('case_references')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    channel: text('channel').notNull(),
    received: date('received', { mode: 'string' }).notNull(),
    decisionDue: date('decision_due', { mode: 'string' }).notNull(),
    fristbrevDue: date('fristbrev_due', { mode: 'string' }).notNull(),
    status: text('status').notNull().default('received'),
    /** The unit handling the request: team leads see the requests of their units. */
    unitId: uuid('unit_id'),
    assignedTo: uuid('assigned_to'),
    fristbrevSentOn: date('fristbrev_sent_on', { mode: 'string' }),
    expectedDecisionDate: date('expected_decision_date', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    releasedOn: date('released_on', { mode: 'string' }),
    /** The case the request concerns is a citizen case or a building case: screening follows its policy. */
    caseType: text('case_type').notNull().default('citizen'),
    /** Private persons of the case besides the requester (screening context). */
    parties: text('parties')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The public subject of the case, e.g. the property of a building case: screening keeps it readable. */
    caseSubjects: text('case_subjects')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The latest screening job (platform jobs table), so the request page can show it after a reload. */
    screeningJobId: uuid('screening_job_id'),
    /** The decision letter draft: reasoning per ground, meroffentlighed, appeal body, extra paragraphs. */
    letterDraft: jsonb('letter_draft')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** SHA-256 of the requester's status token (the token itself is only given to the requester). */
    statusTokenHash: text('status_token_hash').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('records_requests_case_uq').on(t.tenantId, t.caseNumber),
    index('records_requests_status_idx').on(t.tenantId, t.status, t.decisionDue),
  ],
);

export const recordsDocuments = pgTable(
  'records_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => recordsRequests.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    title: text('title').notNull(),
    docDate: date('doc_date', { mode: 'string' }),
    /** 'file' for an uploaded document, 'journal' for a journal entry without a file (OFL § 7). */
    kind: text('kind').notNull().default('file'),
    filename: text('filename'),
    mediaType: text('media_type'),
    sizeBytes: integer('size_bytes').notNull().default(0),
    sha256: text('sha256'),
    duplicateOf: uuid('duplicate_of'),
    /**
     * The file (or a journal entry's text) is in the content-addressed document store under `sha256`
     * (src/platform/documents); this row is what makes it visible to the tenant.
     */
    /** The redacted PDF produced for release, in the document store. */
    redactedSha256: text('redacted_sha256'),
    screeningStatus: text('screening_status').notNull().default('none'),
    /** Suggestions from screening: [{ page, box, label, basisKey, accepted }]. */
    suggestions: jsonb('suggestions')
      .notNull()
      .default(sql`'[]'::jsonb`),
    decision: text('decision'),
    basisKeys: text('basis_keys')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    redactions: jsonb('redactions')
      .notNull()
      .default(sql`'[]'::jsonb`),
    internal: boolean('internal').notNull().default(false),
    extractionNote: text('extraction_note'),
    meroffentlighedConsidered: boolean('meroffentlighed_considered').notNull().default(false),
    meroffentlighedNote: text('meroffentlighed_note'),
    emissionInformation: boolean('emission_information').notNull().default(false),
    notCoveredReason: text('not_covered_reason'),
    /** The caseworker's verdict per suggestion id: 'accepted' or 'rejected' (release gate). */
    suggestionVerdicts: jsonb('suggestion_verdicts')
      .notNull()
      .default(sql`'{}'::jsonb`),
    /** The reason given when the caseworker confirmed release without redaction (audited). */
    unredactedReason: text('unredacted_reason'),
    /** When the document went out in a release; a released document is locked. */
    releasedAt: timestamp('released_at', { withTimezone: true }),
    /** Who sent or wrote the document, as the aktliste shows it. */
    sender: text('sender'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('records_documents_number_uq').on(t.tenantId, t.requestId, t.number),
    index('records_documents_hash_idx').on(t.tenantId, t.requestId, t.sha256),
  ],
);

export const recordsTimeEntries = pgTable(
  'records_time_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => recordsRequests.id, { onDelete: 'cascade' }),
    userId: uuid('user_id'),
    minutes: integer('minutes').notNull(),
    activity: text('activity').notNull(),
    spentOn: date('spent_on', { mode: 'string' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('records_time_request_idx').on(t.tenantId, t.requestId)],
);

export const recordsComplaints = pgTable(
  'records_complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => recordsRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    received: date('received', { mode: 'string' }).notNull(),
    forwardDue: date('forward_due', { mode: 'string' }).notNull(),
    forwardedOn: date('forwarded_on', { mode: 'string' }),
    outcome: text('outcome'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('records_complaints_request_idx').on(t.tenantId, t.requestId)],
);

/** Letters sent (fristbrev, decision letter), kept as the PDF that was sent. */
export const recordsLetters = pgTable(
  'records_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => recordsRequests.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    pdf: bytea('pdf').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('records_letters_request_idx').on(t.tenantId, t.requestId)],
);

/** Release packages behind an expiring download link (only the token's hash is stored). */
export const recordsReleases = pgTable(
  'records_releases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenantId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => recordsRequests.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** The zip, in the content-addressed document store (service/storage.ts). */
    packageSha256: text('package_sha256').notNull(),
    downloads: integer('downloads').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('records_releases_token_uq').on(t.tokenHash)],
);

/**
 * Files stored as bytea before migration 0008, waiting to be copied into the document store (SQL cannot write
 * files). Keyed by SHA-256, no tenant: only system transactions read it (no grant to the app role); the
 * application drains it on start and on first read (service/storage.ts).
 */
export const recordsLegacyContent = pgTable('records_legacy_content', {
  sha256: text('sha256').primaryKey(),
  content: bytea('content').notNull(),
});
