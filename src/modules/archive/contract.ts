// Zod contracts of the archive's HTTP API (shared with the web client).
import { z } from 'zod';

export const ZTenantParams = z.object({ tenant: z.string().min(1).max(63) });
export const ZPublicDocParams = ZTenantParams.extend({ id: z.uuid() });
export const ZIdParams = z.object({ id: z.uuid() });

export const ZSearchQuery = z.object({
  q: z.string().max(200).optional(),
  kind: z.enum(['all', 'address', 'matrikel', 'case', 'text']).optional(),
  caseType: z.string().max(60).optional(),
  year: z.coerce.number().int().min(1800).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  perPage: z.coerce.number().int().min(1).max(50).default(10),
});
export type TSearchQueryInput = z.infer<typeof ZSearchQuery>;

const ZPortalDocument = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  pages: z.number().nullable(),
});
const ZPortalCase = z.object({
  id: z.string(),
  caseNumber: z.string(),
  caseType: z.string(),
  title: z.string(),
  year: z.number().nullable(),
  closed: z.boolean(),
  documents: z.array(ZPortalDocument),
  withheld: z.number(),
  locked: z.number(),
  inProgress: z.number(),
});
export const ZPortalProperty = z.object({
  id: z.string(),
  address: z.string(),
  ejerlav: z.string().nullable(),
  matrikel: z.string().nullable(),
  cases: z.array(ZPortalCase),
});
export type TPortalProperty = z.infer<typeof ZPortalProperty>;
export type TPortalCase = z.infer<typeof ZPortalCase>;

export const ZSearchResult = z.object({
  data: z.array(ZPortalProperty),
  count: z.number(),
  page: z.number(),
  perPage: z.number(),
});
export type TSearchResult = z.infer<typeof ZSearchResult>;

export const ZPortalInfo = z.object({
  name: z.string(),
  slug: z.string(),
  enabled: z.boolean(),
  noindex: z.boolean(),
  caseTypes: z.array(z.string()),
  years: z.array(z.number()),
  documents: z.number(),
});
export type TPortalInfo = z.infer<typeof ZPortalInfo>;

export const ZSuggestQuery = z.object({ q: z.string().max(200) });
export const ZSuggestions = z.object({ data: z.array(z.string()) });

export const ZPublicDocument = z.object({
  id: z.string(),
  caseNumber: z.string(),
  address: z.string(),
  matrikel: z.string().nullable(),
  title: z.string(),
  date: z.string().nullable(),
  pages: z.number().nullable(),
});
export type TPublicDocument = z.infer<typeof ZPublicDocument>;

export const ZReportBody = z.strictObject({
  reason: z.enum(['personal_data', 'wrong_property', 'other']),
  message: z.string().max(2000).optional(),
  contact: z.string().max(200).optional(),
});
export type TReportBody = z.infer<typeof ZReportBody>;
export const ZReportReceipt = z.object({
  received: z.literal(true),
  message_da: z.string(),
  message_en: z.string(),
});

// ---- staff ----
export const ZStates = z.enum(['pending', 'published', 'review', 'withheld', 'locked', 'failed']);

export const ZOverview = z.object({
  states: z.record(z.string(), z.number()),
  review: z.number(),
  reported: z.number(),
  reasons: z.record(z.string(), z.number()),
  cases: z.number(),
  properties: z.number(),
});
export type TOverview = z.infer<typeof ZOverview>;

export const ZQueueQuery = z.object({
  state: z
    .enum(['review', 'reported', 'failed', 'withheld', 'locked', 'published', 'pending'])
    .default('review'),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  perPage: z.coerce.number().int().min(1).max(100).default(25),
});
const ZQueueItem = z.object({
  id: z.string(),
  title: z.string(),
  caseId: z.string(),
  caseNumber: z.string(),
  address: z.string(),
  state: ZStates,
  reason: z.string().nullable(),
  reasonDetail: z.string().nullable(),
  pages: z.number().nullable(),
  reported: z.boolean(),
});
export const ZQueue = z.object({
  data: z.array(ZQueueItem),
  count: z.number(),
  page: z.number(),
  perPage: z.number(),
});
export type TQueue = z.infer<typeof ZQueue>;
export type TQueueItem = z.infer<typeof ZQueueItem>;

const ZRect = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export const ZSuggestion = z.object({
  id: z.string(),
  page: z.number(),
  boxes: z.array(ZRect),
  label: z.string(),
  legalBasis: z.string(),
  confidence: z.number(),
  source: z.enum(['text', 'ocr']),
});
export const ZManualBox = z.strictObject({
  page: z.number().int().min(1),
  x0: z.number(),
  y0: z.number(),
  x1: z.number(),
  y1: z.number(),
  legalBasis: z.string().min(1).max(200),
});
export const ZReviewDocument = ZQueueItem.extend({
  caseTitle: z.string(),
  caseType: z.string(),
  documentDate: z.string().nullable(),
  suggestions: z.array(ZSuggestion),
  manualBoxes: z.array(ZManualBox),
  rejected: z.array(z.string()),
  pageSizes: z.array(z.object({ width: z.number(), height: z.number() })),
  hasPublishedCopy: z.boolean(),
  /** Changes whenever the published copy does (the viewer's page images are fetched again). */
  copyVersion: z.string().nullable(),
  reports: z.array(z.object({ reason: z.string(), message: z.string().nullable(), createdAt: z.string() })),
});
export type TReviewDocument = z.infer<typeof ZReviewDocument>;

export const ZDecisionBody = z.strictObject({
  action: z.enum(['approve', 'redact', 'withhold', 'lock']),
  reason: z.string().max(500).optional(),
  manualBoxes: z.array(ZManualBox).max(500).optional(),
  rejected: z.array(z.string().max(100)).max(1000).optional(),
});
export type TDecisionBody = z.infer<typeof ZDecisionBody>;
export const ZDecisionResult = z.object({ state: ZStates, jobId: z.string().nullable() });

export const ZPageParams = z.object({ id: z.uuid(), page: z.coerce.number().int().min(1).max(10_000) });
export const ZPageQuery = z.object({
  copy: z.enum(['original', 'published']).default('published'),
  v: z.string().max(64).optional(),
});

export const ZCaseApproval = z.object({ approved: z.number() });

export const ZSettings = z.strictObject({
  neverPublishedTypes: z.array(z.string().min(1).max(60)).max(100),
  holdOpenCases: z.boolean(),
  minOcrConfidence: z.number().int().min(0).max(100),
  portalEnabled: z.boolean(),
  portalNoindex: z.boolean(),
});
export type TSettings = z.infer<typeof ZSettings>;

export const ZImportQuery = z.object({ dryRun: z.enum(['true', 'false', '1', '0']).optional() });
export const ZImportResult = z.object({
  dryRun: z.boolean(),
  rows: z.number(),
  ok: z.number(),
  problems: z.array(
    z.object({ line: z.number(), file: z.string().nullable(), message: z.string(), messageDa: z.string() }),
  ),
  jobId: z.string().nullable(),
});
export type TImportResult = z.infer<typeof ZImportResult>;
