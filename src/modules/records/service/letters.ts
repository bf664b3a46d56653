// Letters: the decision-letter draft (editable before sending), its preview, the fristbrev, and the decision
// itself, which checks every document, renders and stores the signed letter and emits the statistics event.
import { daysBetween } from '../../../platform/calendar/index.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TLetterDraftBody } from '../contract.js';
import { defaultAppealBody } from '../domain/appeal.js';
import {
  buildDecisionLetter,
  checkLetterInput,
  type DecisionLetterInput,
} from '../domain/decision-letter.js';
import { checkAllDecisions, hasBlockingProblems, summariseDecisions } from '../domain/document-decision.js';
import { RECORDS_EVENTS, type FristbrevSentPayload, type RequestDecidedPayload } from '../domain/events.js';
import { buildFristbrev, checkFristbrev, fristbrevInTime, type FristbrevInput } from '../domain/fristbrev.js';
import { applyEdits, checkEdits, editsFrom, type SectionEdits } from '../domain/letter-edits.js';
import { transition, TransitionError } from '../domain/request.js';
import { workingDaysUsed } from '../domain/deadlines.js';
import { renderLetterPdf } from '../output/letter-pdf.js';
import { danishDate } from '../domain/letters.js';
import {
  decisionInput,
  deadlinesOf,
  assertAllChecked,
  loadDocuments,
  loadRequest,
  recordsError,
  today,
  type RequestRow,
} from './shared.js';

export async function senderOf(tx: TenantTx, actor: Actor) {
  const tenant = (
    await tx.sql.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1', [tx.tenantId])
  ).rows[0];
  const user = actor.userId
    ? (await tx.sql.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [actor.userId])).rows[0]
    : undefined;
  return {
    municipality: { name: tenant?.name ?? 'Kommunen', unit: null, address: [] as string[] },
    caseworker: { name: user?.name ?? actor.label, title: null },
  };
}

export type StoredDraft = TLetterDraftBody & {
  /** The caseworker's edits of the decision letter's generated sections. */
  sections: SectionEdits;
  /** The fristbrev being prepared: its reason, expected date and edited text. */
  fristbrev: { reason: string; expectedDecisionDate: string | null; sections: SectionEdits };
};

export function draftOf(r: RequestRow): StoredDraft {
  const d = r.letter_draft as Partial<TLetterDraftBody> & { sections?: unknown; fristbrev?: unknown };
  const f = (d.fristbrev ?? {}) as { reason?: unknown; expectedDecisionDate?: unknown; sections?: unknown };
  return {
    reasoning: d.reasoning ?? {},
    meroffentlighed: d.meroffentlighed ?? null,
    appealBody: d.appealBody ?? defaultAppealBody(r.governing_law, false),
    additionalParagraphs: d.additionalParagraphs ?? [],
    sections: editsFrom(d.sections),
    fristbrev: {
      reason: typeof f.reason === 'string' ? f.reason : '',
      expectedDecisionDate: typeof f.expectedDecisionDate === 'string' ? f.expectedDecisionDate : null,
      sections: editsFrom(f.sections),
    },
  };
}

/** Edit problems as API validation details. */
export function editDetails(problems: ReturnType<typeof checkEdits>) {
  return problems.map((p) => ({ path: `sections.${p.key}`, message: `${p.da} / ${p.en}` }));
}

function nextStatus(r: RequestRow, event: Parameters<typeof transition>[1]) {
  try {
    return transition(r.status, event);
  } catch (e) {
    if (e instanceof TransitionError) throw recordsError('transition', e.message);
    throw e;
  }
}

export async function saveLetterDraft(
  db: Db,
  actor: Actor,
  requestId: string,
  body: TLetterDraftBody,
): Promise<{ ok: true }> {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    await loadRequest(tx, actor, requestId, true);
    // Merged into the stored draft (jsonb ||): the section edits and the fristbrev draft are kept.
    const { requesterAddress, ...draft } = body;
    await tx.sql.query(
      `UPDATE records_requests SET letter_draft = letter_draft || $2::jsonb, requester_address = coalesce($3, requester_address), updated_at = now() WHERE id = $1`,
      [requestId, JSON.stringify(draft), requesterAddress ?? null],
    );
    await writeAudit(tx, actor, {
      action: 'records.letter.draft',
      objectType: 'records_request',
      objectId: requestId,
      details: { grounds: Object.keys(draft.reasoning) },
    });
    return { ok: true as const };
  });
}

export async function letterInput(tx: TenantTx, actor: Actor, r: RequestRow): Promise<DecisionLetterInput> {
  const docs = await loadDocuments(tx, r.id);
  const sender = await senderOf(tx, actor);
  const draft = draftOf(r);
  return {
    ...sender,
    caseNumber: r.case_number,
    letterDate: today(),
    requester: { name: r.requester_name, address: r.requester_address },
    received: r.received,
    subject: r.subject,
    caseReferences: r.case_references,
    laws: r.laws,
    governingLaw: r.governing_law,
    documents: docs.map(decisionInput),
    reasoning: draft.reasoning,
    meroffentlighed: draft.meroffentlighed,
    appealBody: draft.appealBody,
    additionalParagraphs: draft.additionalParagraphs,
  };
}

/** The letter as it would be sent now, as a PDF (not stored). */
export async function previewDecisionLetter(db: Db, actor: Actor, requestId: string): Promise<Uint8Array> {
  requirePermission(actor, 'records.read');
  const { input, r } = await withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, requestId);
    return { input: await letterInput(tx, actor, r), r };
  });
  return renderLetterPdf(applyEdits(buildDecisionLetter(input), draftOf(r).sections));
}

export async function fristbrevInput(
  tx: TenantTx,
  actor: Actor,
  r: RequestRow,
  body: { reason: string; expectedDecisionDate: string },
  sentOn: string,
): Promise<FristbrevInput> {
  return {
    ...(await senderOf(tx, actor)),
    caseNumber: r.case_number,
    sentOn,
    requester: { name: r.requester_name, address: r.requester_address },
    deadlines: deadlinesOf(r),
    ...body,
  };
}

export async function sendFristbrev(
  db: Db,
  actor: Actor,
  requestId: string,
  body: { reason: string; expectedDecisionDate: string },
) {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, requestId, true);
    const status = nextStatus(r, 'send_fristbrev');
    const sentOn = today();
    const input = await fristbrevInput(tx, actor, r, body, sentOn);
    const problems = checkFristbrev(input);
    const letter0 = buildFristbrev(input);
    const edits = draftOf(r).fristbrev.sections;
    const editProblems = checkEdits(letter0, edits);
    if (problems.length > 0 || editProblems.length > 0)
      throw recordsError('blocked', [...problems, ...editProblems].map((p) => p.en).join(' '), [
        ...problems.map((p) => ({ path: p.code, message: `${p.da} / ${p.en}` })),
        ...editDetails(editProblems),
      ]);
    const pdf = await renderLetterPdf(applyEdits(letter0, edits));
    const letter = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO records_letters (tenant_id, request_id, kind, sent_on, pdf, created_by) VALUES ($1, $2, 'fristbrev', $3, $4, $5) RETURNING id`,
        [tx.tenantId, requestId, sentOn, pdf, actor.userId],
      )
    ).rows[0]!;
    await tx.sql.query(
      `UPDATE records_requests SET status = $2, fristbrev_sent_on = $3, expected_decision_date = $4, updated_at = now() WHERE id = $1`,
      [requestId, status, sentOn, body.expectedDecisionDate],
    );
    const inTime = fristbrevInTime(input.deadlines, sentOn);
    await writeAudit(tx, actor, {
      action: 'records.fristbrev.send',
      objectType: 'records_request',
      objectId: requestId,
      details: { letterId: letter.id, expectedDecisionDate: body.expectedDecisionDate, inTime },
    });
    const payload: FristbrevSentPayload = {
      requestId,
      caseNumber: input.caseNumber,
      unitId: r.unit_id,
      sentOn,
      expectedDecisionDate: body.expectedDecisionDate,
      inTime,
    };
    await appendEvent(tx, actor, {
      type: RECORDS_EVENTS.fristbrevSent,
      objectType: 'records_request',
      objectId: requestId,
      payload: { ...payload },
    });
    return { letterId: letter.id, inTime, status };
  });
}

/**
 * Decides the request: every document must have a valid decision and the letter must be complete. With
 * `partial`, only the documents decided so far are covered (a partial decision); the rest follow later.
 */
export async function decideRequest(
  db: Db,
  actor: Actor,
  requestId: string,
  options: { partial?: boolean } = {},
) {
  requirePermission(actor, 'records.write');
  const partial = options.partial === true;
  return withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, requestId, true);
    const status = nextStatus(r, partial ? 'decide_partially' : 'decide');
    const input = await letterInput(tx, actor, r);
    if (partial) {
      input.documents = input.documents.filter((d) => d.decision !== null);
      if (input.documents.length === 0) throw recordsError('blocked', 'no document has a decision yet');
      const next = r.expected_decision_date ?? deadlinesOf(r).decisionDue;
      input.additionalParagraphs = [
        ...input.additionalParagraphs,
        `Dette er en delvis afgørelse. Vi træffer afgørelse om de øvrige dokumenter hurtigst muligt og forventer at gøre det senest den ${danishDate(next > today() ? next : today())}.`,
      ];
    }
    const docProblems = checkAllDecisions(input.documents, r.laws);
    // A decision to release an unchecked document is no decision: it blocks the letter as it blocks the release.
    const decidedNumbers = new Set(input.documents.map((d) => d.number));
    assertAllChecked((await loadDocuments(tx, requestId)).filter((d) => decidedNumbers.has(d.number)));
    const letterProblems = checkLetterInput(input);
    // The partial-decision paragraph is added after the edits, so it never makes an edit look stale.
    const generated = buildDecisionLetter({
      ...input,
      additionalParagraphs: draftOf(r).additionalParagraphs,
    });
    // The editor shows the final letter (all documents); its edits do not fit a partial letter's text.
    const edits = partial ? {} : draftOf(r).sections;
    const editProblems = checkEdits(generated, edits);
    if (hasBlockingProblems(docProblems) || letterProblems.length > 0 || editProblems.length > 0) {
      const all = [
        ...docProblems
          .filter((p) => p.severity === 'error')
          .map((p) => ({ path: `documents.${p.number}.${p.code}`, message: `${p.da} / ${p.en}` })),
        ...letterProblems.map((p) => ({ path: p.code, message: `${p.da} / ${p.en}` })),
        ...editDetails(editProblems),
      ];
      throw recordsError('blocked', `${all.length} problem(s) block the decision`, all);
    }
    const letterContent = applyEdits(generated, edits);
    if (partial) {
      letterContent.title = 'Delvis afgørelse om aktindsigt';
      const extra = input.additionalParagraphs.slice(draftOf(r).additionalParagraphs.length);
      letterContent.sections.splice(
        letterContent.sections.length - (hasComplaint(letterContent) ? 1 : 0),
        0,
        {
          heading: null,
          paragraphs: extra,
        },
      );
    }
    const pdf = await renderLetterPdf(letterContent);
    const decidedOn = today();
    const letter = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO records_letters (tenant_id, request_id, kind, sent_on, pdf, created_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [tx.tenantId, requestId, partial ? 'partial_decision' : 'decision', decidedOn, pdf, actor.userId],
      )
    ).rows[0]!;
    const summary = summariseDecisions(input.documents);
    if (partial) {
      await tx.sql.query(`UPDATE records_requests SET status = $2, updated_at = now() WHERE id = $1`, [
        requestId,
        status,
      ]);
      await writeAudit(tx, actor, {
        action: 'records.request.decide_partially',
        objectType: 'records_request',
        objectId: requestId,
        details: { letterId: letter.id, outcome: summary.outcome, counts: summary.counts },
      });
      return { letterId: letter.id, status, partial: true, documents: summary.total };
    }
    await tx.sql.query(
      `UPDATE records_requests SET status = $2, decided_on = $3, updated_at = now() WHERE id = $1`,
      [requestId, status, decidedOn],
    );
    const minutes = Number(
      (
        await tx.sql.query<{ m: number }>(
          'SELECT coalesce(sum(minutes), 0)::int AS m FROM records_time_entries WHERE request_id = $1',
          [requestId],
        )
      ).rows[0]?.m ?? 0,
    );
    const d = deadlinesOf(r);
    const payload: RequestDecidedPayload = {
      requestId,
      caseNumber: r.case_number,
      unitId: r.unit_id,
      decidedOn,
      workingDaysUsed: workingDaysUsed(r.received, decidedOn),
      calendarDaysUsed: daysBetween(r.received, decidedOn),
      onTime: decidedOn <= (r.expected_decision_date ?? d.decisionDue),
      outcome: summary.outcome,
      documents: summary.total,
      minutesSpent: minutes,
    };
    await writeAudit(tx, actor, {
      action: 'records.request.decide',
      objectType: 'records_request',
      objectId: requestId,
      details: { letterId: letter.id, outcome: summary.outcome, counts: summary.counts },
    });
    await appendEvent(tx, actor, {
      type: RECORDS_EVENTS.decided,
      objectType: 'records_request',
      objectId: requestId,
      payload: { ...payload },
    });
    return { letterId: letter.id, status, ...payload };
  });
}

const hasComplaint = (letter: { sections: { key?: string }[] }) =>
  letter.sections.at(-1)?.key === 'complaint';

export async function readLetter(
  db: Db,
  actor: Actor,
  requestId: string,
  letterId: string,
): Promise<Uint8Array> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    await loadRequest(tx, actor, requestId);
    const row = (
      await tx.sql.query<{ pdf: Uint8Array }>(
        'SELECT pdf FROM records_letters WHERE id = $1 AND request_id = $2',
        [letterId, requestId],
      )
    ).rows[0];
    if (!row) throw recordsError('invalid', 'no such letter');
    await writeAudit(tx, actor, {
      action: 'records.letter.read',
      objectType: 'records_letter',
      objectId: letterId,
      details: { requestId },
    });
    return new Uint8Array(row.pdf);
  });
}
