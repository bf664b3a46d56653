// The letter editor: the decision letter or the fristbrev as the system generates it, section by section,
// with the caseworker's edits; saving an edit; and the fristbrev preview. The decision letter's preview and
// the sending of both letters live in ./letters.ts and apply the same edits.
import { addWorkingDays, compareDates } from '../../../platform/calendar/index.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TLetterEditor, TLetterTextBody } from '../letter-contract.js';
import { buildDecisionLetter, checkLetterInput } from '../domain/decision-letter.js';
import { summariseDecisions } from '../domain/document-decision.js';
import { buildFristbrev, checkFristbrev } from '../domain/fristbrev.js';
import {
  applyEdits,
  checkEdits,
  editableSections,
  recordEdit,
  type SectionEdits,
} from '../domain/letter-edits.js';
import { legalBasis } from '../domain/legal-basis.js';
import type { Letter } from '../domain/letters.js';
import { canTransition } from '../domain/request.js';
import { renderLetterPdf } from '../output/letter-pdf.js';
import { deadlinesOf, loadRequest, recordsError, today, type RequestRow } from './shared.js';
import { draftOf, fristbrevInput, letterInput } from './letters.js';

export type LetterKind = 'decision' | 'fristbrev';

/** The expected date proposed for a new fristbrev: 10 working days after the ordinary deadline. */
function proposedDate(r: RequestRow): string {
  const d = deadlinesOf(r);
  const proposal = addWorkingDays(d.decisionDue, 10);
  return d.extendedDecisionDue && compareDates(proposal, d.extendedDecisionDue) > 0
    ? d.extendedDecisionDue
    : proposal;
}

async function fristbrevLetter(tx: TenantTx, actor: Actor, r: RequestRow) {
  const f = draftOf(r).fristbrev;
  const body = { reason: f.reason, expectedDecisionDate: f.expectedDecisionDate ?? proposedDate(r) };
  const input = await fristbrevInput(tx, actor, r, body, today());
  return { letter: buildFristbrev(input), problems: checkFristbrev(input), edits: f.sections, body };
}

async function decisionLetter(tx: TenantTx, actor: Actor, r: RequestRow) {
  const input = await letterInput(tx, actor, r);
  return {
    letter: buildDecisionLetter(input),
    problems: checkLetterInput(input),
    edits: draftOf(r).sections,
    input,
  };
}

function view(
  r: RequestRow,
  kind: LetterKind,
  letter: Letter,
  edits: SectionEdits,
  problems: { code: string; da: string; en: string }[],
) {
  const editProblems = checkEdits(letter, edits);
  return {
    kind,
    caseNumber: r.case_number,
    status: r.status,
    title: letter.title,
    sections: editableSections(letter, edits),
    problems: [...problems, ...editProblems].map(({ code, da, en }) => ({ code, da, en })),
    canSend: canTransition(r.status, kind === 'decision' ? 'decide' : 'send_fristbrev'),
  };
}

/** The editor's content; reading it shows the requester's name and the reasons, so it is audited. */
export async function getLetterEditor(
  db: Db,
  actor: Actor,
  requestId: string,
  kind: LetterKind,
): Promise<TLetterEditor> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, requestId);
    await writeAudit(tx, actor, {
      action: 'records.letter.view',
      objectType: 'records_request',
      objectId: requestId,
      details: { kind },
    });
    const draft = draftOf(r);
    if (kind === 'fristbrev') {
      const f = await fristbrevLetter(tx, actor, r);
      const d = deadlinesOf(r);
      return {
        ...view(r, kind, f.letter, f.edits, f.problems),
        grounds: [],
        meroffentlighed: null,
        meroffentlighedNeeded: false,
        appealBody: null,
        appealBodyNeeded: false,
        fristbrev: {
          ...f.body,
          decisionDue: d.decisionDue,
          extendedDecisionDue: d.extendedDecisionDue,
          sentOn: r.fristbrev_sent_on,
        },
      };
    }
    const dl = await decisionLetter(tx, actor, r);
    const summary = summariseDecisions(dl.input.documents);
    const refused = summary.outcome === 'partial' || summary.outcome === 'refused';
    return {
      ...view(r, kind, dl.letter, dl.edits, dl.problems),
      grounds: summary.grounds.map((g) => ({
        basisKey: g.basisKey,
        citation: legalBasis(g.basisKey)?.citation ?? g.basisKey,
        documents: g.numbers,
        considerations: draft.reasoning[g.basisKey]?.considerations ?? '',
        facts: draft.reasoning[g.basisKey]?.facts ?? '',
      })),
      meroffentlighed: draft.meroffentlighed,
      meroffentlighedNeeded: refused,
      appealBody: draft.appealBody,
      appealBodyNeeded: refused,
      fristbrev: null,
    };
  });
}

/** Saves edited sections (null or the generated text removes an edit) and, for the fristbrev, its facts. */
export async function saveLetterText(
  db: Db,
  actor: Actor,
  requestId: string,
  body: TLetterTextBody,
): Promise<{ ok: true }> {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    let r = await loadRequest(tx, actor, requestId, true);
    const draft = draftOf(r);
    if (body.kind === 'fristbrev' && body.fristbrev) {
      draft.fristbrev = { ...draft.fristbrev, ...body.fristbrev };
      r = { ...r, letter_draft: { ...r.letter_draft, fristbrev: draft.fristbrev } };
    }
    const built =
      body.kind === 'fristbrev' ? await fristbrevLetter(tx, actor, r) : await decisionLetter(tx, actor, r);
    let edits = built.edits;
    for (const [key, text] of Object.entries(body.sections)) {
      try {
        edits = recordEdit(built.letter, edits, key, text);
      } catch (e) {
        if (e instanceof RangeError)
          throw recordsError('invalid', e.message, [
            { path: `sections.${key}`, message: `Brevet har ikke dette afsnit. / ${e.message}` },
          ]);
        throw e;
      }
    }
    const patch =
      body.kind === 'fristbrev'
        ? { fristbrev: { ...draft.fristbrev, sections: edits } }
        : { sections: edits };
    await tx.sql.query(
      `UPDATE records_requests SET letter_draft = letter_draft || $2::jsonb, updated_at = now() WHERE id = $1`,
      [requestId, JSON.stringify(patch)],
    );
    await writeAudit(tx, actor, {
      action: 'records.letter.edit',
      objectType: 'records_request',
      objectId: requestId,
      details: { kind: body.kind, sections: Object.keys(body.sections), edited: Object.keys(edits) },
    });
    return { ok: true as const };
  });
}

/** The fristbrev as it would be sent now from the saved draft, as a PDF (not stored). */
export async function previewFristbrev(db: Db, actor: Actor, requestId: string): Promise<Uint8Array> {
  requirePermission(actor, 'records.read');
  const letter = await withTenant(db, actor.tenantId, async (tx) => {
    const f = await fristbrevLetter(tx, actor, await loadRequest(tx, actor, requestId));
    return applyEdits(f.letter, f.edits);
  });
  return renderLetterPdf(letter);
}
