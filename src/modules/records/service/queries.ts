// Reading requests: the caseworker's list and one request with its documents (counts, not suggestions). Showing the requester's details is a
// read of personal data and is logged.
import { logPersonalDataRead } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TRequestDetail, TRequestSummary } from '../contract.js';
import { checkAllDecisions } from '../domain/document-decision.js';
import { timeStatus } from '../domain/time-tracking.js';
import { releaseBlocks, releases } from '../domain/release-gate.js';
import {
  decisionInput,
  gateInput,
  deadlineInfo,
  DOCUMENT_SUMMARY_COLUMNS,
  loadRequest,
  presentDocument,
  REQUEST_COLUMNS,
  scopeFilter,
  type DocumentRow,
  type RequestRow,
} from './shared.js';

function summary(r: RequestRow, documents: number): TRequestSummary {
  return {
    id: r.id,
    caseNumber: r.case_number,
    requesterType: r.requester_type,
    requesterName: r.requester_name,
    subject: r.subject,
    laws: r.laws,
    status: r.status,
    received: r.received,
    deadline: deadlineInfo(r),
    documents,
    assignedTo: r.assigned_to,
    unitId: r.unit_id,
  };
}

export async function listRequests(
  db: Db,
  actor: Actor,
  filter: { open?: boolean } = {},
): Promise<TRequestSummary[]> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const scope = await scopeFilter(tx, actor, 1);
    const open = filter.open
      ? `AND status IN ('received','in_progress','fristbrev_sent','partially_decided','complaint_received')`
      : '';
    const rows = (
      await tx.sql.query<RequestRow & { documents: number }>(
        `SELECT ${REQUEST_COLUMNS}, (SELECT count(*)::int FROM records_documents d WHERE d.request_id = r.id) AS documents
         FROM records_requests r WHERE ${scope.clause} ${open} ORDER BY decision_due, case_number LIMIT 500`,
        scope.params,
      )
    ).rows;
    const list = rows.map((r) => summary(r, Number(r.documents)));
    await logPersonalDataRead(
      tx,
      actor,
      'records_request',
      list.map((r) => r.id),
      { view: 'list' },
    );
    return list;
  });
}

export async function getRequest(db: Db, actor: Actor, id: string): Promise<TRequestDetail> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, id);
    // Counts, not the suggestions: the answer stays small however large the documents are (the viewer pages
    // the suggestions per document and page).
    const docs = (
      await tx.sql.query<DocumentRow>(
        `SELECT ${DOCUMENT_SUMMARY_COLUMNS} FROM records_documents WHERE request_id = $1 ORDER BY number`,
        [id],
      )
    ).rows;
    const minutes = Number(
      (
        await tx.sql.query<{ m: number }>(
          'SELECT coalesce(sum(minutes), 0)::int AS m FROM records_time_entries WHERE request_id = $1',
          [id],
        )
      ).rows[0]?.m ?? 0,
    );
    const complaints = (
      await tx.sql.query<{
        id: string;
        kind: 'decision' | 'delay';
        received: string;
        forward_due: string;
        forwarded_on: string | null;
      }>(
        `SELECT id, kind, to_char(received, 'YYYY-MM-DD') AS received, to_char(forward_due, 'YYYY-MM-DD') AS forward_due,
                to_char(forwarded_on, 'YYYY-MM-DD') AS forwarded_on FROM records_complaints WHERE request_id = $1 ORDER BY received`,
        [id],
      )
    ).rows;
    const screening = (
      await tx.sql.query<{
        id: string;
        state: string;
        progress_pct: number;
        progress_message: string | null;
        started_at: Date | string | null;
        finished_at: Date | string | null;
      }>(
        `SELECT j.id, j.state, j.progress_pct, j.progress_message, j.started_at, j.finished_at
         FROM records_requests r JOIN jobs j ON j.id = r.screening_job_id WHERE r.id = $1`,
        [id],
      )
    ).rows[0];
    const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
    const problems = [
      ...checkAllDecisions(docs.map(decisionInput), r.laws).map((p) => ({
        ...p,
        number: p.number as number | null,
      })),
      // What stops a release is a problem too: an error when the document is decided to go out, a warning
      // while it is undecided (withholding it or finding it not covered needs no check).
      ...docs
        .filter((d) => d.decision === null || releases(d.decision))
        .flatMap((d) =>
          releaseBlocks(gateInput(d)).map((b) => ({
            ...b,
            number: b.number as number | null,
            severity: (d.decision ? 'error' : 'warning') as 'error' | 'warning',
          })),
        ),
    ];
    await logPersonalDataRead(tx, actor, 'records_request', id, { view: 'detail' });
    return {
      ...summary(r, docs.length),
      requesterEmail: r.requester_email,
      requesterAddress: r.requester_address,
      caseType: r.case_type,
      parties: r.parties,
      caseSubjects: r.case_subjects,
      caseReferences: r.case_references,
      channel: r.channel,
      fristbrevSentOn: r.fristbrev_sent_on,
      expectedDecisionDate: r.expected_decision_date,
      decidedOn: r.decided_on,
      documentList: docs.map(presentDocument),
      minutesSpent: minutes,
      timeStatus: timeStatus(minutes),
      complaints: complaints.map((c) => ({
        id: c.id,
        kind: c.kind,
        received: c.received,
        forwardDue: c.forward_due,
        forwardedOn: c.forwarded_on,
      })),
      problems,
      letterDraft: r.letter_draft,
      screening: screening
        ? {
            jobId: screening.id,
            state: screening.state,
            percent: Number(screening.progress_pct),
            message: screening.progress_message,
            startedAt: iso(screening.started_at),
            finishedAt: iso(screening.finished_at),
          }
        : null,
    };
  });
}
