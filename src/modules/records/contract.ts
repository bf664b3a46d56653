// API schemas of the records (aktindsigt) module, shared by routes and the web client.
import { z } from 'zod';
import { CHANNELS, REQUESTER_TYPES, STATUSES } from './domain/request.js';
import { DECISIONS } from './domain/document-decision.js';
import { LAWS } from './domain/deadlines.js';
import { GATE_FLAGS } from './domain/release-gate.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const ZLaw = z.enum(LAWS);

export const ZPublicRequestBody = z.strictObject({
  requesterType: z.enum(REQUESTER_TYPES).default('citizen'),
  name: z.string().trim().min(1).max(200),
  email: z.string().trim().max(320).optional().nullable(),
  address: z.array(z.string().max(200)).max(5).default([]),
  laws: z.array(ZLaw).max(3).default([]),
  subject: z.string().max(5000),
  caseReferences: z.array(z.string().max(100)).max(20).default([]),
});
export type TPublicRequestBody = z.infer<typeof ZPublicRequestBody>;

/** The case's context for screening: case type, private parties, and the public subject (kept readable). */
function caseContext() {
  return {
    caseType: z.enum(['citizen', 'building']).default('citizen'),
    parties: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
    caseSubjects: z.array(z.string().trim().min(1).max(300)).max(20).default([]),
  };
}

export const ZRegisterRequestBody = ZPublicRequestBody.extend({
  channel: z.enum(CHANNELS),
  received: ZDate,
  largeOrComplex: z.boolean().default(false),
  unitId: z.uuid().nullable().default(null),
  assignedTo: z.uuid().nullable().default(null),
  ...caseContext(),
});
export type TRegisterRequestBody = z.infer<typeof ZRegisterRequestBody>;

/** Changes to a request: who handles it, and the case context screening uses. */
export const ZUpdateRequestBody = z.strictObject({
  assignedTo: z.uuid().nullable().optional(),
  unitId: z.uuid().nullable().optional(),
  caseType: z.enum(['citizen', 'building']).optional(),
  parties: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
  caseSubjects: z.array(z.string().trim().min(1).max(300)).max(20).optional(),
});
export type TUpdateRequestBody = z.infer<typeof ZUpdateRequestBody>;

export const ZAcknowledgement = z.object({
  caseNumber: z.string(),
  received: ZDate,
  decisionDue: ZDate,
  laws: z.array(ZLaw),
  statusToken: z.string(),
  message_da: z.string(),
  message_en: z.string(),
});

export const ZDeadlineInfo = z.object({
  governingLaw: ZLaw,
  decisionDue: ZDate,
  fristbrevDue: ZDate,
  fristbrevReminder: ZDate,
  extendedDecisionDue: ZDate.nullable(),
  delayComplaintPossibleAfter: ZDate.nullable(),
  status: z.enum(['done', 'ok', 'fristbrev_needed', 'due_today', 'overdue', 'extended']),
});

export const ZRequestSummary = z.object({
  id: z.uuid(),
  caseNumber: z.string(),
  requesterType: z.enum(REQUESTER_TYPES),
  requesterName: z.string(),
  subject: z.string(),
  laws: z.array(ZLaw),
  status: z.enum(STATUSES),
  received: ZDate,
  deadline: ZDeadlineInfo,
  documents: z.number().int(),
  assignedTo: z.uuid().nullable(),
  unitId: z.uuid().nullable(),
});
export type TRequestSummary = z.infer<typeof ZRequestSummary>;
export const ZRequestList = z.object({ requests: z.array(ZRequestSummary) });

export const ZRedaction = z.object({
  source: z.enum(['suggestion', 'manual']),
  suggestionId: z.string().nullable(),
  page: z.number().int().positive().nullable(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  label: z.string().max(200),
  basisKey: z.string().max(40),
});
export type TRedaction = z.infer<typeof ZRedaction>;

export const ZSuggestion = z.object({
  id: z.string(),
  page: z.number().int(),
  boxes: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  label: z.string(),
  legalBasis: z.string(),
  basisKey: z.string().nullable(),
  confidence: z.number(),
  /** The text the boxes cover (absent on documents screened before it was stored). */
  text: z.string().optional(),
});
export type TSuggestion = z.infer<typeof ZSuggestion>;

/** One suggestion in the review viewer's paged list: with the text it covers and whether it is accepted. */
export const ZSuggestionItem = ZSuggestion.extend({
  text: z.string().nullable(),
  accepted: z.boolean(),
  /** The ground an accepted suggestion was redacted under (may differ from the suggested one). */
  acceptedBasisKey: z.string().nullable(),
});
export type TSuggestionItem = z.infer<typeof ZSuggestionItem>;

/** The one list envelope: a page of `data`, the total `count`, and the paging used. */
export const listEnvelope = <T extends z.ZodType>(item: T) =>
  z.object({
    data: z.array(item),
    count: z.number().int(),
    page: z.number().int(),
    perPage: z.number().int(),
  });
export const ZSuggestionPage = listEnvelope(ZSuggestionItem);
export type TSuggestionPage = z.infer<typeof ZSuggestionPage>;

export const ZSuggestionQuery = z.object({
  /** Only the suggestions on this page of the document (1-based). */
  documentPage: z.coerce.number().int().min(1).max(100_000).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  perPage: z.coerce.number().int().min(1).max(500).default(200),
});

/**
 * What the viewer needs to navigate and save a whole document without loading every suggestion: ids with their
 * page (compact, in document order), the accepted ones with their ground, and the manual boxes.
 */
export const ZReviewState = z.object({
  ids: z.array(z.string()),
  pages: z.array(z.number().int()),
  accepted: z.record(z.string(), z.string()),
  manual: z.array(
    z.object({
      page: z.number().int(),
      box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
      label: z.string(),
      basisKey: z.string(),
    }),
  ),
});
export type TReviewState = z.infer<typeof ZReviewState>;

/** Where a phrase occurs in a document (for "redact every occurrence of …"). */
export const ZTextHit = z.object({
  page: z.number().int(),
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
});
export const ZTextHitPage = listEnvelope(ZTextHit);

export const ZDocument = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  date: ZDate.nullable(),
  kind: z.enum(['file', 'journal']),
  filename: z.string().nullable(),
  mediaType: z.string().nullable(),
  sizeBytes: z.number().int(),
  duplicateOf: z.uuid().nullable(),
  screeningStatus: z.string(),
  /** Counts only: the suggestions and redactions themselves are paged (GET …/documents/:id/suggestions). */
  suggestionCount: z.number().int(),
  redactionCount: z.number().int(),
  /** The grounds the document's redactions use (for the request page's table). */
  redactionBasisKeys: z.array(z.string()),
  decision: z.enum(DECISIONS).nullable(),
  basisKeys: z.array(z.string()),
  internal: z.boolean(),
  extractionNote: z.string().nullable(),
  meroffentlighedConsidered: z.boolean(),
  meroffentlighedNote: z.string().nullable(),
  emissionInformation: z.boolean(),
  notCoveredReason: z.string().nullable(),
  /** Markers: unscreened, unsupported, failed, duplicate, unreviewed (domain/release-gate.ts). */
  flags: z.array(z.enum(GATE_FLAGS)),
  /** Suggestions the caseworker has neither accepted nor rejected. */
  unreviewed: z.number().int(),
  suggestionVerdicts: z.record(z.string(), z.enum(['accepted', 'rejected'])),
  /** Set when the caseworker confirmed release without redaction, with this reason. */
  unredactedReason: z.string().nullable(),
  /** When the document went out in a release (it is locked from then on). */
  releasedAt: z.string().nullable(),
  sender: z.string().nullable(),
});
export type TDocument = z.infer<typeof ZDocument>;

export const ZProblem = z.object({
  number: z.number().int().nullable(),
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  da: z.string(),
  en: z.string(),
});

export const ZRequestDetail = ZRequestSummary.extend({
  requesterEmail: z.string().nullable(),
  requesterAddress: z.array(z.string()),
  caseType: z.enum(['citizen', 'building']),
  parties: z.array(z.string()),
  caseSubjects: z.array(z.string()),
  unitId: z.uuid().nullable(),
  assignedTo: z.uuid().nullable(),
  caseReferences: z.array(z.string()),
  channel: z.enum(CHANNELS),
  fristbrevSentOn: ZDate.nullable(),
  expectedDecisionDate: ZDate.nullable(),
  decidedOn: ZDate.nullable(),
  documentList: z.array(ZDocument),
  minutesSpent: z.number().int(),
  timeStatus: z.enum(['ok', 'approaching_limit', 'over_limit']),
  complaints: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(['decision', 'delay']),
      received: ZDate,
      forwardDue: ZDate,
      forwardedOn: ZDate.nullable(),
    }),
  ),
  problems: z.array(ZProblem),
  letterDraft: z.record(z.string(), z.unknown()),
  /** The latest screening job of the request (running or last finished); also at GET /api/jobs/:id. */
  screening: z
    .object({
      jobId: z.uuid(),
      state: z.string(),
      percent: z.number().int(),
      message: z.string().nullable(),
      startedAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
    })
    .nullable(),
});
export type TRequestDetail = z.infer<typeof ZRequestDetail>;

export const ZDecisionBody = z.strictObject({
  decision: z.enum(DECISIONS),
  basisKeys: z.array(z.string().max(40)).max(20).default([]),
  acceptSuggestionIds: z.array(z.string().max(100)).max(50_000).default([]),
  /** Suggestions the caseworker looked at and kept readable; with the accepted ones, every suggestion decided. */
  rejectSuggestionIds: z.array(z.string().max(100)).max(50_000).default([]),
  /**
   * "Released without redaction": the caseworker confirms they checked the document themselves (needed for a
   * document that is unscreened, unsupported, failed, a duplicate or has undecided suggestions). Audited.
   */
  unredactedReason: z.string().trim().min(5).max(2000).nullable().default(null),
  manualBoxes: z
    .array(
      z.strictObject({
        page: z.number().int().positive(),
        box: z.tuple([z.number(), z.number(), z.number(), z.number()]),
        label: z.string().max(200),
        basisKey: z.string().max(40),
      }),
    )
    .max(20_000)
    .default([]),
  /** Basis per accepted suggestion id when the caseworker changed it (default: the mapped suggestion basis). */
  basisOverrides: z.record(z.string(), z.string().max(40)).default({}),
  internal: z.boolean().default(false),
  extractionNote: z.string().max(5000).nullable().default(null),
  meroffentlighedConsidered: z.boolean().default(false),
  meroffentlighedNote: z.string().max(5000).nullable().default(null),
  emissionInformation: z.boolean().default(false),
  notCoveredReason: z.string().max(2000).nullable().default(null),
  title: z.string().max(300).optional(),
  date: ZDate.nullable().optional(),
});
export type TDecisionBody = z.infer<typeof ZDecisionBody>;

export const ZDocumentDetailsBody = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  date: ZDate.nullable().optional(),
  sender: z.string().trim().max(300).nullable().optional(),
});

export const ZJournalEntryBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  date: ZDate.nullable().default(null),
  text: z.string().max(20000).default(''),
});

export const ZFristbrevBody = z.strictObject({ reason: z.string().max(5000), expectedDecisionDate: ZDate });

export const ZLetterDraftBody = z.strictObject({
  reasoning: z
    .record(
      z.string(),
      z.strictObject({ considerations: z.string().max(10000), facts: z.string().max(10000).default('') }),
    )
    .default({}),
  meroffentlighed: z.string().max(10000).nullable().default(null),
  appealBody: z
    .strictObject({
      name: z.string().min(1).max(200),
      contact: z.string().max(500).nullable(),
      timeLimit: z.string().max(200).nullable(),
    })
    .nullable()
    .default(null),
  additionalParagraphs: z.array(z.string().max(10000)).max(20).default([]),
  requesterAddress: z.array(z.string().max(200)).max(5).optional(),
});
export type TLetterDraftBody = z.infer<typeof ZLetterDraftBody>;

export const ZTimeBody = z.strictObject({
  minutes: z.number().int().min(1).max(1440),
  activity: z.string().trim().min(1).max(300),
  spentOn: ZDate.optional(),
});
export const ZComplaintBody = z.strictObject({
  kind: z.enum(['decision', 'delay']),
  received: ZDate.optional(),
  note: z.string().max(5000).nullable().default(null),
});

export const ZRelease = z.object({
  downloadUrl: z.string(),
  expiresAt: z.string(),
  files: z.array(z.string()),
});
export const ZPublicStatus = z.object({
  caseNumber: z.string(),
  status: z.enum(STATUSES),
  status_da: z.string(),
  status_en: z.string(),
  received: ZDate,
  decisionDue: ZDate,
  expectedDecisionDate: ZDate.nullable(),
  decidedOn: ZDate.nullable(),
  download: z.object({ url: z.string(), expiresAt: z.string() }).nullable(),
});

export const ZIdParams = z.object({ id: z.uuid() });
export const ZTenantParams = z.object({ tenant: z.string().min(1).max(63) });
export const ZTokenParams = z.object({
  tenant: z.string().min(1).max(63),
  token: z.string().min(20).max(100),
});
export const ZOk = z.object({ ok: z.literal(true) });

/** A page's size in PDF points (top-left origin), the coordinate system of suggestion and manual boxes. */
export const ZPageSize = z.object({ page: z.number().int(), width: z.number(), height: z.number() });
