// Follow-up: time spent per request (OFL § 9) and complaints with their deadlines (OFL §§ 37 and 39).
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { complaintDeadlines, delayComplaintAllowed, type ComplaintKind } from '../domain/complaints.js';
import { RECORDS_EVENTS } from '../domain/events.js';
import { transition, TransitionError } from '../domain/request.js';
import { timeStatus } from '../domain/time-tracking.js';
import { loadRequest, recordsError, today } from './shared.js';

export async function addTimeEntry(
  db: Db,
  actor: Actor,
  requestId: string,
  body: { minutes: number; activity: string; spentOn?: string },
) {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    await loadRequest(tx, actor, requestId, true);
    const spentOn = body.spentOn ?? today();
    if (spentOn > today()) throw recordsError('invalid', 'spentOn cannot be in the future');
    await tx.sql.query(
      'INSERT INTO records_time_entries (tenant_id, request_id, user_id, minutes, activity, spent_on) VALUES ($1, $2, $3, $4, $5, $6)',
      [tx.tenantId, requestId, actor.userId, body.minutes, body.activity, spentOn],
    );
    await writeAudit(tx, actor, {
      action: 'records.time.add',
      objectType: 'records_request',
      objectId: requestId,
      details: { minutes: body.minutes },
    });
    const total = Number(
      (
        await tx.sql.query<{ m: number }>(
          'SELECT coalesce(sum(minutes), 0)::int AS m FROM records_time_entries WHERE request_id = $1',
          [requestId],
        )
      ).rows[0]?.m ?? 0,
    );
    return { minutesSpent: total, timeStatus: timeStatus(total) };
  });
}

export async function addComplaint(
  db: Db,
  actor: Actor,
  requestId: string,
  body: { kind: ComplaintKind; received?: string; note: string | null },
) {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, requestId, true);
    const received = body.received ?? today();
    if (body.kind === 'delay') {
      const check = delayComplaintAllowed(r.received, received, r.decided_on !== null);
      if (!check.allowed)
        throw recordsError(
          'invalid',
          `a delay complaint is possible only after ${check.from} and before a decision (OFL § 39)`,
        );
    }
    let status;
    try {
      status = transition(r.status, 'receive_complaint');
    } catch (e) {
      if (e instanceof TransitionError) throw recordsError('transition', e.message);
      throw e;
    }
    const d = complaintDeadlines(body.kind, received);
    const row = (
      await tx.sql.query<{ id: string }>(
        'INSERT INTO records_complaints (tenant_id, request_id, kind, received, forward_due, note) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
        [tx.tenantId, requestId, body.kind, received, d.forwardDue, body.note],
      )
    ).rows[0]!;
    await tx.sql.query('UPDATE records_requests SET status = $2, updated_at = now() WHERE id = $1', [
      requestId,
      status,
    ]);
    await writeAudit(tx, actor, {
      action: 'records.complaint.create',
      objectType: 'records_complaint',
      objectId: row.id,
      details: { requestId, kind: body.kind, forwardDue: d.forwardDue },
    });
    await appendEvent(tx, actor, {
      type: RECORDS_EVENTS.complaintReceived,
      objectType: 'records_request',
      objectId: requestId,
      payload: {
        requestId,
        caseNumber: r.case_number,
        unitId: r.unit_id,
        kind: body.kind,
        received,
        forwardDue: d.forwardDue,
      },
    });
    return { id: row.id, ...d, status };
  });
}

/** The decision stands: the complaint and the case go to the appeal body (OFL § 37, stk. 2). */
export async function forwardComplaint(db: Db, actor: Actor, complaintId: string) {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const c = (
      await tx.sql.query<{ request_id: string; forwarded_on: string | null; forward_due: string }>(
        `SELECT request_id, to_char(forwarded_on, 'YYYY-MM-DD') AS forwarded_on, to_char(forward_due, 'YYYY-MM-DD') AS forward_due FROM records_complaints WHERE id = $1`,
        [complaintId],
      )
    ).rows[0];
    if (!c) throw notFound();
    const r = await loadRequest(tx, actor, c.request_id, true);
    if (c.forwarded_on) throw recordsError('transition', 'already forwarded');
    let status;
    try {
      status = transition(r.status, 'uphold_and_forward');
    } catch (e) {
      if (e instanceof TransitionError) throw recordsError('transition', e.message);
      throw e;
    }
    const on = today();
    await tx.sql.query(
      `UPDATE records_complaints SET forwarded_on = $2, outcome = 'forwarded' WHERE id = $1`,
      [complaintId, on],
    );
    await tx.sql.query('UPDATE records_requests SET status = $2, updated_at = now() WHERE id = $1', [
      r.id,
      status,
    ]);
    await writeAudit(tx, actor, {
      action: 'records.complaint.forward',
      objectType: 'records_complaint',
      objectId: complaintId,
      details: { requestId: r.id, inTime: on <= c.forward_due },
    });
    return { forwardedOn: on, inTime: on <= c.forward_due, status };
  });
}
