// Helpers shared by the records use cases: loading a request within the actor's scope, tokens, presenting.
import { createHash, randomBytes } from 'node:crypto';
import { copenhagenDate, type PlainDate } from '../../../platform/calendar/index.js';
import type { TenantTx } from '../../../platform/db/database.js';
import type { Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { unitsInScope } from '../../org/index.js';
import { computeDeadlines, deadlineStatus, type Law, type LawDeadlines } from '../domain/deadlines.js';
import type { DocumentDecisionInput } from '../domain/document-decision.js';
import { isAwaitingDecision, type RequestStatus } from '../domain/request.js';
import {
  documentFlags,
  releaseBlocks,
  releases,
  unreviewedCount,
  type GateInput,
} from '../domain/release-gate.js';
import type { TDocument, TRedaction, TSuggestion } from '../contract.js';

export type RequestRow = {
  id: string;
  case_number: string;
  requester_type: 'citizen' | 'press' | 'company' | 'party';
  requester_name: string;
  requester_email: string | null;
  requester_address: string[];
  laws: Law[];
  governing_law: Law;
  large_or_complex: boolean;
  subject: string;
  case_references: string[];
  channel: 'web_form' | 'email' | 'phone' | 'letter' | 'in_person';
  received: string;
  decision_due: string;
  fristbrev_due: string;
  status: RequestStatus;
  unit_id: string | null;
  assigned_to: string | null;
  fristbrev_sent_on: string | null;
  expected_decision_date: string | null;
  decided_on: string | null;
  released_on: string | null;
  letter_draft: Record<string, unknown>;
  created_by: string | null;
  case_type: 'citizen' | 'building';
  parties: string[];
  case_subjects: string[];
};

export type DocumentRow = {
  id: string;
  request_id: string;
  number: number;
  title: string;
  doc_date: string | null;
  kind: 'file' | 'journal';
  filename: string | null;
  media_type: string | null;
  size_bytes: number;
  sha256: string | null;
  /** The redacted PDF made for release, in the document store (cleared when the decision changes). */
  redacted_sha256: string | null;
  duplicate_of: string | null;
  screening_status: string;
  suggestions: TSuggestion[];
  /** Set by DOCUMENT_SUMMARY_COLUMNS, which leaves the arrays in the database. */
  suggestion_count?: number;
  redaction_count?: number;
  decision: TDocument['decision'];
  basis_keys: string[];
  redactions: TRedaction[];
  internal: boolean;
  extraction_note: string | null;
  meroffentlighed_considered: boolean;
  meroffentlighed_note: string | null;
  emission_information: boolean;
  not_covered_reason: string | null;
  suggestion_verdicts: Record<string, 'accepted' | 'rejected'>;
  unredacted_reason: string | null;
  released_at: Date | string | null;
  sender: string | null;
};

export const DOCUMENT_COLUMNS = `id, request_id, number, title, to_char(doc_date, 'YYYY-MM-DD') AS doc_date, kind, filename, media_type,
  size_bytes, sha256, redacted_sha256, duplicate_of, screening_status, suggestions, decision, basis_keys, redactions, internal, extraction_note,
  meroffentlighed_considered, meroffentlighed_note, emission_information, not_covered_reason, suggestion_verdicts,
  unredacted_reason, released_at, sender`;

/**
 * The document columns without the suggestion and redaction arrays (a screened 400-page bundle holds
 * megabytes of them): their lengths, only the ids of the suggestions nobody has decided yet (what the release
 * gate's markers count), and the distinct ground/label pairs of the redactions, which is all that presenting a
 * document needs. The gate itself always checks the full rows.
 */
export const DOCUMENT_SUMMARY_COLUMNS = DOCUMENT_COLUMNS.replace(
  'suggestions, decision, basis_keys, redactions,',
  `(SELECT coalesce(jsonb_agg(jsonb_build_object('id', s->'id')), '[]'::jsonb) FROM jsonb_array_elements(suggestions) s
     WHERE NOT (coalesce(suggestion_verdicts, '{}'::jsonb) ? (s->>'id'))) AS suggestions,
   jsonb_array_length(suggestions) AS suggestion_count,
   jsonb_array_length(redactions) AS redaction_count, decision, basis_keys,
   (SELECT coalesce(jsonb_agg(DISTINCT jsonb_build_object('basisKey', r->>'basisKey', 'label', r->>'label')), '[]'::jsonb)
    FROM jsonb_array_elements(redactions) r) AS redactions,`,
);

const dateCols = [
  'received',
  'decision_due',
  'fristbrev_due',
  'fristbrev_sent_on',
  'expected_decision_date',
  'decided_on',
  'released_on',
];
export const REQUEST_COLUMNS = `id, case_number, requester_type, requester_name, requester_email, requester_address, laws, governing_law,
  large_or_complex, subject, case_references, channel, status, unit_id, assigned_to, letter_draft, created_by,
  case_type, parties, case_subjects,
  ${dateCols.map((c) => `to_char(${c}, 'YYYY-MM-DD') AS ${c}`).join(', ')}`;

export const RECORDS_ERRORS = {
  invalid: { status: 400, da: 'Anmodningen kan ikke registreres.', en: 'The request cannot be registered.' },
  transition: {
    status: 409,
    da: 'Handlingen passer ikke til sagens status.',
    en: 'The action does not fit the status of the request.',
  },
  blocked: { status: 409, da: 'Afgørelsen mangler oplysninger.', en: 'The decision is missing information.' },
  file: { status: 400, da: 'Filen kan ikke læses.', en: 'The file cannot be read.' },
  redaction: {
    status: 422,
    da: 'Sværtningen kunne ikke bekræftes. Se siden og elementet nedenfor: tegn en boks over det, eller lad det stå.',
    en: 'The redaction could not be verified. See the page and item below: draw a box over it, or keep it readable.',
  },
  preview: {
    status: 409,
    da: 'Dokumentet kan ikke vises side for side. Åbn filen i stedet.',
    en: 'The document cannot be shown page by page. Open the file instead.',
  },
  changed: {
    status: 409,
    da: 'Dokumenterne blev ændret, mens udleveringen blev lavet. Prøv igen.',
    en: 'The documents changed while the release was being made. Try again.',
  },
  unchecked: {
    status: 409,
    da: 'Dokumentet kan ikke udleveres, før det er screenet og hvert forslag er gennemgået, eller du har bekræftet udlevering uden overstregning med en begrundelse.',
    en: 'The document cannot be released until it has been screened and every suggestion reviewed, or you have confirmed release without redaction with a reason.',
  },
  locked: {
    status: 409,
    da: 'Dokumenterne er udleveret og kan ikke længere ændres.',
    en: 'The documents have been released and can no longer be changed.',
  },
  expired: {
    status: 410,
    da: 'Linket er udløbet. Kontakt kommunen for et nyt.',
    en: 'The link has expired. Ask the municipality for a new one.',
  },
};

export function recordsError(
  kind: keyof typeof RECORDS_ERRORS,
  detail?: string,
  fields?: { path: string; message: string }[],
): AppError {
  return new AppError(`records.${kind}`, detail, fields, RECORDS_ERRORS[kind]);
}

export const today = (): PlainDate => copenhagenDate(new Date());

export function newToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function deadlinesOf(
  r: Pick<RequestRow, 'governing_law' | 'received' | 'large_or_complex'>,
): LawDeadlines {
  return computeDeadlines(r.governing_law, r.received, { largeOrComplex: r.large_or_complex });
}

export function deadlineInfo(r: RequestRow, on: PlainDate = today()) {
  const d = deadlinesOf(r);
  const status = deadlineStatus(
    d,
    {
      decided: !isAwaitingDecision(r.status) || r.decided_on !== null,
      fristbrevSent: r.fristbrev_sent_on !== null,
      expectedDecisionDate: r.expected_decision_date,
    },
    on,
  );
  return {
    governingLaw: d.law,
    decisionDue: d.decisionDue,
    fristbrevDue: d.fristbrevDue,
    fristbrevReminder: d.fristbrevReminder,
    extendedDecisionDue: d.extendedDecisionDue,
    delayComplaintPossibleAfter: d.delayComplaintPossibleAfter,
    status,
  };
}

/** SQL condition (and its parameters) limiting requests to the actor's scope: 'all', or their units / own. */
export async function scopeFilter(
  tx: TenantTx,
  actor: Actor,
  firstParam: number,
): Promise<{ clause: string; params: unknown[] }> {
  const units = await unitsInScope(tx, actor.roles, 'records.read');
  if (!units) return { clause: 'TRUE', params: [] };
  return {
    clause: `(unit_id = ANY($${firstParam}::uuid[]) OR assigned_to = $${firstParam + 1} OR created_by = $${firstParam + 1})`,
    params: [[...units], actor.userId],
  };
}

/** The request, if the actor may see it; otherwise 404 (never 403, so nothing can be probed). */
export async function loadRequest(
  tx: TenantTx,
  actor: Actor,
  id: string,
  forUpdate = false,
): Promise<RequestRow> {
  const scope = await scopeFilter(tx, actor, 2);
  const row = (
    await tx.sql.query<RequestRow>(
      `SELECT ${REQUEST_COLUMNS} FROM records_requests WHERE id = $1 AND ${scope.clause}${forUpdate ? ' FOR UPDATE' : ''}`,
      [id, ...scope.params],
    )
  ).rows[0];
  if (!row) throw notFound();
  return row;
}

export async function loadDocuments(tx: TenantTx, requestId: string): Promise<DocumentRow[]> {
  return (
    await tx.sql.query<DocumentRow>(
      `SELECT ${DOCUMENT_COLUMNS} FROM records_documents WHERE request_id = $1 ORDER BY number`,
      [requestId],
    )
  ).rows;
}

export function gateInput(d: DocumentRow): GateInput {
  return {
    number: d.number,
    screeningStatus: d.screening_status,
    duplicateOf: d.duplicate_of,
    suggestionIds: d.suggestions.map((s) => s.id),
    decidedSuggestionIds: Object.keys(d.suggestion_verdicts ?? {}),
    unredactedReason: d.unredacted_reason,
  };
}

/**
 * Never release what nobody checked: refuses when a document to be released (in full or redacted) is
 * unscreened, unsupported, failed, a duplicate or has undecided suggestions, without the caseworker's
 * confirmation. Decisions saved before the gate existed are caught here too.
 */
export function assertAllChecked(docs: DocumentRow[]): void {
  const blocks = docs.filter((d) => releases(d.decision)).flatMap((d) => releaseBlocks(gateInput(d)));
  if (blocks.length > 0)
    throw recordsError(
      'unchecked',
      blocks.map((b) => `${b.number}: ${b.code}`).join(', '),
      blocks.map((b) => ({ path: `documents.${b.number}.${b.code}`, message: `${b.da} / ${b.en}` })),
    );
}

/** Requests whose documents went out for good: nothing may be added, screened or decided any more. */
export const LOCKED_STATUSES: readonly RequestStatus[] = ['released', 'closed', 'complaint_forwarded'];

export function assertUnlocked(r: RequestRow): void {
  if (LOCKED_STATUSES.includes(r.status)) throw recordsError('locked', `request is ${r.status}`);
}

export function presentDocument(d: DocumentRow): TDocument {
  const gate = gateInput(d);
  return {
    flags: documentFlags(gate),
    unreviewed: d.screening_status === 'done' ? unreviewedCount(gate) : 0,
    suggestionVerdicts: d.suggestion_verdicts ?? {},
    unredactedReason: d.unredacted_reason,
    releasedAt: d.released_at === null ? null : new Date(d.released_at).toISOString(),
    sender: d.sender,
    id: d.id,
    number: d.number,
    title: d.title,
    date: d.doc_date,
    kind: d.kind,
    filename: d.filename,
    mediaType: d.media_type,
    sizeBytes: Number(d.size_bytes),
    duplicateOf: d.duplicate_of,
    screeningStatus: d.screening_status,
    suggestionCount: Number(d.suggestion_count ?? d.suggestions.length),
    redactionCount: Number(d.redaction_count ?? d.redactions.length),
    redactionBasisKeys: [...new Set(d.redactions.map((r) => r.basisKey))],
    decision: d.decision,
    basisKeys: d.basis_keys,
    internal: d.internal,
    extractionNote: d.extraction_note,
    meroffentlighedConsidered: d.meroffentlighed_considered,
    meroffentlighedNote: d.meroffentlighed_note,
    emissionInformation: d.emission_information,
    notCoveredReason: d.not_covered_reason,
  };
}

export function decisionInput(d: DocumentRow): DocumentDecisionInput {
  return {
    number: d.number,
    title: d.title,
    date: d.doc_date,
    decision: d.decision,
    basisKeys: d.basis_keys,
    redactions: d.redactions.map((r) => ({ basisKey: r.basisKey, label: r.label })),
    internal: d.internal,
    extractionNote: d.extraction_note,
    meroffentlighedConsidered: d.meroffentlighed_considered,
    meroffentlighedNote: d.meroffentlighed_note,
    emissionInformation: d.emission_information,
    notCoveredReason: d.not_covered_reason,
  };
}
