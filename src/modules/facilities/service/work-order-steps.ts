// Assigning a work order to the crew or a contractor (link without an account) and its steps
// (accept/reject/plan/start/complete, notes, time, cost), each in the order's history and the audit log.
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { TStepBody } from '../contract.js';
import { CONTRACTOR_STEPS, nextStatus, type Status, type Step } from '../domain/work-orders.js';
import { fmError, newToken, sha256 } from './shared.js';
import { history } from './work-order-create.js';

export async function assignWorkOrder(
  db: Db,
  actor: Actor,
  id: string,
  input: { kind: 'crew' | 'contractor'; name: string },
): Promise<{ contractorToken: string | null }> {
  requirePermission(actor, 'facilities.work');
  return withTenant(db, actor.tenantId, async (tx) => {
    const wo = await lockOrder(tx, id);
    const status = nextStatus(wo.status, 'assign');
    if (!status) throw badStep(wo.status, 'assign');
    // A new link every time: a previous contractor's link stops working when the order is reassigned.
    const token = input.kind === 'contractor' ? newToken() : null;
    await tx.sql.query(
      `UPDATE fm_work_orders SET status = $2, assignee_kind = $3, assignee_name = $4, contractor_token_hash = $5,
         updated_at = now() WHERE id = $1`,
      [id, status, input.kind, input.name, token ? sha256(token) : null],
    );
    await history(tx, id, actor.label, 'assign', null, { kind: input.kind, name: input.name });
    await writeAudit(tx, actor, {
      action: 'facilities.work_order.assign',
      objectType: 'fm_work_order',
      objectId: id,
      details: { kind: input.kind, name: input.name },
    });
    return { contractorToken: token };
  });
}

type OrderRow = { id: string; status: Status; tenant_id: string };
async function lockOrder(tx: TenantTx, id: string): Promise<OrderRow> {
  const row = (
    await tx.sql.query<OrderRow>(
      'SELECT id, status, tenant_id FROM fm_work_orders WHERE id = $1 FOR UPDATE',
      [id],
    )
  ).rows[0];
  if (!row) throw notFound();
  return row;
}

const badStep = (status: Status, step: Step) =>
  fmError(
    'facilities.bad_step',
    409,
    `Trinnet "${step}" kan ikke bruges, når ordren har status "${status}".`,
    `The step "${step}" is not possible while the order is "${status}".`,
  );

/** One step on an order (status change and/or note, planned date, hours, cost), by staff or contractor. */
export async function applyStep(
  tx: TenantTx,
  actor: Actor,
  id: string,
  body: TStepBody,
  via: 'staff' | 'contractor',
): Promise<Status> {
  const wo = await lockOrder(tx, id);
  let status = wo.status;
  if (body.step) {
    if (via === 'contractor' && !CONTRACTOR_STEPS.includes(body.step)) throw badStep(wo.status, body.step);
    const next = nextStatus(wo.status, body.step);
    if (!next) throw badStep(wo.status, body.step);
    if (body.step === 'plan' && !body.plannedOn)
      throw fmError(
        'facilities.planned_date_missing',
        400,
        'Angiv en dato for planlægningen.',
        'Give a planned date.',
      );
    status = next;
  } else if (!body.note && body.hours === undefined && body.cost === undefined && !body.plannedOn) {
    throw fmError('facilities.empty_step', 400, 'Der er intet at gemme.', 'There is nothing to save.');
  }
  await tx.sql.query(
    `UPDATE fm_work_orders SET status = $2,
       planned_on = coalesce($3::date, planned_on),
       hours = hours + coalesce($4::numeric, 0),
       actual_cost = actual_cost + coalesce($5::numeric, 0),
       completed_at = CASE WHEN $2 = 'done' THEN now() WHEN $2 = 'new' THEN NULL ELSE completed_at END,
       assignee_kind = CASE WHEN $6 THEN NULL ELSE assignee_kind END,
       assignee_name = CASE WHEN $6 THEN NULL ELSE assignee_name END,
       contractor_token_hash = CASE WHEN $6 THEN NULL ELSE contractor_token_hash END,
       updated_at = now() WHERE id = $1`,
    [id, status, body.plannedOn ?? null, body.hours ?? null, body.cost ?? null, body.step === 'reject'],
  );
  await history(tx, id, actor.label, body.step ?? 'note', body.note ?? null, {
    ...(body.plannedOn ? { plannedOn: body.plannedOn } : {}),
    ...(body.hours !== undefined ? { hours: body.hours } : {}),
    ...(body.cost !== undefined ? { cost: body.cost } : {}),
    from: wo.status,
    to: status,
    via,
  });
  await writeAudit(tx, actor, {
    action: `facilities.work_order.${body.step ?? 'note'}`,
    objectType: 'fm_work_order',
    objectId: id,
    details: {
      from: wo.status,
      to: status,
      via,
      plannedOn: body.plannedOn,
      hours: body.hours,
      cost: body.cost,
    },
  });
  if (status !== wo.status) {
    if (status === 'done' || status === 'cancelled')
      await tx.sql.query("UPDATE fm_fault_reports SET status = 'closed' WHERE work_order_id = $1", [id]);
    await appendEvent(tx, actor, {
      type: `facilities.work_order.${status}`,
      objectType: 'fm_work_order',
      objectId: id,
      payload: { from: wo.status, to: status },
    });
  }
  return status;
}

export async function stepWorkOrder(
  db: Db,
  actor: Actor,
  id: string,
  body: TStepBody,
): Promise<{ status: Status }> {
  requirePermission(actor, 'facilities.work');
  return withTenant(db, actor.tenantId, async (tx) => ({
    status: await applyStep(tx, actor, id, body, 'staff'),
  }));
}
