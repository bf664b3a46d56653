// Intake: the public form (no login) and registration by staff. Both give an acknowledgement with the case
// number and the decision deadline, write the audit record and the statistics event in one transaction.
import { yearOf, type PlainDate } from '../../../platform/calendar/index.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, systemActor, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { findTenantBySlug } from '../../../platform/tenancy/service.js';
import type { TPublicRequestBody, TRegisterRequestBody } from '../contract.js';
import { combinedDeadlines, LAW_NAMES } from '../domain/deadlines.js';
import { danishDate } from '../domain/letters.js';
import { RECORDS_EVENTS, type RequestReceivedPayload } from '../domain/events.js';
import { formatCaseNumber, normaliseRequest, type Channel, type RequestDraft } from '../domain/request.js';
import { newToken, recordsError, today } from './shared.js';

export type Acknowledgement = {
  requestId: string;
  caseNumber: string;
  received: PlainDate;
  decisionDue: PlainDate;
  laws: ('ofl' | 'fvl' | 'mol')[];
  statusToken: string;
  message_da: string;
  message_en: string;
};

async function nextCaseNumber(tx: TenantTx, year: number): Promise<string> {
  const row = (
    await tx.sql.query<{ last: number }>(
      `INSERT INTO records_sequences (tenant_id, year, last) VALUES ($1, $2, 1)
       ON CONFLICT (tenant_id, year) DO UPDATE SET last = records_sequences.last + 1 RETURNING last`,
      [tx.tenantId, year],
    )
  ).rows[0]!;
  return formatCaseNumber(year, Number(row.last));
}

type Extra = {
  channel: Channel;
  received: PlainDate;
  largeOrComplex: boolean;
  unitId: string | null;
  address: string[];
  assignedTo?: string | null;
  caseType?: 'citizen' | 'building';
  parties?: string[];
  caseSubjects?: string[];
};

async function createRequest(
  db: Db,
  actor: Actor,
  body: TPublicRequestBody,
  extra: Extra,
): Promise<Acknowledgement> {
  const draft: RequestDraft = {
    requesterType: body.requesterType,
    requesterName: body.name,
    requesterEmail: body.email ?? null,
    laws: body.laws,
    subject: body.subject,
    caseReferences: body.caseReferences,
    channel: extra.channel,
    received: extra.received,
  };
  const { value, problems } = normaliseRequest(draft);
  if (problems.length > 0) {
    throw recordsError(
      'invalid',
      problems.map((p) => p.en).join(' '),
      problems.map((p) => ({ path: p.field, message: `${p.da} / ${p.en}` })),
    );
  }
  const deadlines = combinedDeadlines(value.laws, value.received, { largeOrComplex: extra.largeOrComplex });
  const status = newToken();
  return withTenant(db, actor.tenantId, async (tx) => {
    const caseNumber = await nextCaseNumber(tx, yearOf(value.received));
    const row = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO records_requests (tenant_id, case_number, requester_type, requester_name, requester_email, requester_address, laws,
           governing_law, large_or_complex, subject, case_references, channel, received, decision_due, fristbrev_due, unit_id,
           status_token_hash, created_by, assigned_to, case_type, parties, case_subjects)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22) RETURNING id`,
        [
          tx.tenantId,
          caseNumber,
          value.requesterType,
          value.requesterName,
          value.requesterEmail,
          extra.address,
          value.laws,
          deadlines.governingLaw,
          extra.largeOrComplex,
          value.subject,
          value.caseReferences,
          value.channel,
          value.received,
          deadlines.governing.decisionDue,
          deadlines.governing.fristbrevDue,
          extra.unitId,
          status.hash,
          actor.userId,
          extra.assignedTo ?? null,
          extra.caseType ?? 'citizen',
          extra.parties ?? [],
          extra.caseSubjects ?? [],
        ],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'records.request.create',
      objectType: 'records_request',
      objectId: row.id,
      details: { caseNumber, channel: value.channel, laws: value.laws, requesterType: value.requesterType },
    });
    const payload: RequestReceivedPayload = {
      requestId: row.id,
      caseNumber,
      unitId: extra.unitId,
      requesterType: value.requesterType,
      laws: value.laws,
      received: value.received,
      decisionDue: deadlines.governing.decisionDue,
    };
    await appendEvent(tx, actor, {
      type: RECORDS_EVENTS.received,
      objectType: 'records_request',
      objectId: row.id,
      payload: { ...payload },
    });
    const due = deadlines.governing.decisionDue;
    const law = LAW_NAMES[deadlines.governingLaw];
    return {
      requestId: row.id,
      caseNumber,
      received: value.received,
      decisionDue: due,
      laws: value.laws,
      statusToken: status.token,
      message_da: `Vi har modtaget din anmodning om aktindsigt den ${danishDate(value.received)} og givet den sagsnummer ${caseNumber}. Efter ${law.da} skal vi som udgangspunkt svare senest den ${danishDate(due)}.`,
      message_en: `We received your request for access to records on ${value.received} (case number ${caseNumber}). Under the ${law.en} we will normally answer by ${due}.`,
    };
  });
}

/** The public form: anyone, no login. The tenant is the municipality's slug in the URL. */
export async function submitPublicRequest(
  db: Db,
  tenantSlug: string,
  body: TPublicRequestBody,
  client: { ip: string | null; userAgent: string | null },
): Promise<Acknowledgement> {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant) throw notFound();
  const actor: Actor = {
    ...systemActor(tenant.id, 'public:web-form'),
    ip: client.ip,
    userAgent: client.userAgent,
  };
  return createRequest(
    db,
    actor,
    { ...body, address: body.address ?? [] },
    {
      channel: 'web_form',
      received: today(),
      largeOrComplex: false,
      unitId: null,
      address: body.address ?? [],
    },
  );
}

/** Registration by staff of a request that came by e-mail, phone, letter or in person. */
export async function registerRequest(
  db: Db,
  actor: Actor,
  body: TRegisterRequestBody,
): Promise<Acknowledgement> {
  requirePermission(actor, 'records.write');
  if (body.received > today())
    throw recordsError('invalid', 'received cannot be in the future', [
      {
        path: 'received',
        message:
          'Modtagelsesdatoen kan ikke ligge i fremtiden. / The date of receipt cannot be in the future.',
      },
    ]);
  return createRequest(db, actor, body, {
    channel: body.channel,
    received: body.received,
    largeOrComplex: body.largeOrComplex,
    unitId: body.unitId,
    address: body.address,
    assignedTo: body.assignedTo,
    caseType: body.caseType,
    parties: body.parties,
    caseSubjects: body.caseSubjects,
  });
}
