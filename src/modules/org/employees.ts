// Employees: the directory list (the benchmarked endpoint), one employee (a logged personal-data read),
// create and update (audited, published as events).
import { logPersonalDataRead, writeAudit } from '../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../platform/db/database.js';
import { appendEvent } from '../../platform/events/events.js';
import { requirePermission, type Actor } from '../../platform/http/context.js';
import { AppError, notFound } from '../../platform/http/errors.js';
import type { TCreateEmployee, TEmployee, TEmployeeQuery, TUpdateEmployee } from './contract.js';

type Row = {
  id: string;
  unit_id: string;
  employee_no: string;
  given_name: string;
  family_name: string;
  email: string | null;
  title: string | null;
  active: boolean;
};
const COLUMNS = 'id, unit_id, employee_no, given_name, family_name, email, title, active';

export const presentEmployee = (r: Row): TEmployee => ({
  id: r.id,
  unitId: r.unit_id,
  employeeNo: r.employee_no,
  givenName: r.given_name,
  familyName: r.family_name,
  email: r.email,
  title: r.title,
  active: r.active,
});

/**
 * The directory list. Names, titles and work e-mails of staff acting in office are not private, so the list is
 * not logged as a personal-data read; opening one employee is (see docs/decisions/0006).
 */
export async function listEmployees(
  db: Db,
  actor: Actor,
  q: TEmployeeQuery,
): Promise<{ employees: TEmployee[]; total: number }> {
  requirePermission(actor, 'org.read');
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (q.unitId) {
    params.push(q.unitId);
    conditions.push(`unit_id = $${params.length}`);
  }
  if (q.q) {
    params.push(`%${q.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`);
    const p = `$${params.length}`;
    conditions.push(
      `(lower(given_name || ' ' || family_name) LIKE ${p} OR lower(coalesce(email, '')) LIKE ${p} OR lower(employee_no) LIKE ${p})`,
    );
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return withTenant(db, actor.tenantId, async (tx) => {
    const rows = (
      await tx.sql.query<Row & { total: string | number }>(
        // The total as an uncorrelated sub-select (one index-only count) rather than count(*) OVER (), which
        // reads every matching row to return one page: 0.18 ms instead of 0.79 ms for a 500-employee unit.
        `SELECT ${COLUMNS}, (SELECT count(*) FROM employees ${where}) AS total FROM employees ${where}
         ORDER BY family_name, given_name, id LIMIT ${q.limit} OFFSET ${q.offset}`,
        params,
      )
    ).rows;
    let total = rows[0] ? Number(rows[0].total) : 0;
    if (rows.length === 0 && q.offset > 0) {
      total = Number(
        (await tx.sql.query<{ n: string | number }>(`SELECT count(*) AS n FROM employees ${where}`, params))
          .rows[0]?.n ?? 0,
      );
    }
    return { employees: rows.map(presentEmployee), total };
  });
}

async function getEmployeeTx(tx: TenantTx, id: string): Promise<TEmployee> {
  const row = (await tx.sql.query<Row>(`SELECT ${COLUMNS} FROM employees WHERE id = $1`, [id])).rows[0];
  if (!row) throw notFound();
  return presentEmployee(row);
}

export async function getEmployee(db: Db, actor: Actor, id: string): Promise<TEmployee> {
  requirePermission(actor, 'org.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const employee = await getEmployeeTx(tx, id);
    await logPersonalDataRead(tx, actor, 'employee', id);
    return employee;
  });
}

async function checkUnit(tx: TenantTx, unitId: string): Promise<void> {
  const rows = await tx.sql.query('SELECT 1 FROM org_units WHERE id = $1', [unitId]);
  if (rows.rows.length === 0) throw new AppError('org.invalid_unit');
}

export async function createEmployee(db: Db, actor: Actor, input: TCreateEmployee): Promise<TEmployee> {
  requirePermission(actor, 'org.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    await checkUnit(tx, input.unitId);
    if (
      (await tx.sql.query('SELECT 1 FROM employees WHERE employee_no = $1', [input.employeeNo])).rows.length >
      0
    ) {
      throw new AppError('conflict', `employee ${input.employeeNo} exists`);
    }
    const row = (
      await tx.sql.query<Row>(
        `INSERT INTO employees (tenant_id, unit_id, employee_no, given_name, family_name, email, title)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [
          tx.tenantId,
          input.unitId,
          input.employeeNo,
          input.givenName,
          input.familyName,
          input.email,
          input.title,
        ],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'org.employee.create',
      objectType: 'employee',
      objectId: row.id,
      details: input,
    });
    await appendEvent(tx, actor, {
      type: 'org.employee.created',
      objectType: 'employee',
      objectId: row.id,
      payload: { unitId: input.unitId },
    });
    return presentEmployee(row);
  });
}

export async function updateEmployee(
  db: Db,
  actor: Actor,
  id: string,
  input: TUpdateEmployee,
): Promise<TEmployee> {
  requirePermission(actor, 'org.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    const before = await getEmployeeTx(tx, id);
    if (input.unitId) await checkUnit(tx, input.unitId);
    const after: TEmployee = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
    };
    await tx.sql.query(
      `UPDATE employees SET unit_id = $2, given_name = $3, family_name = $4, email = $5, title = $6, active = $7, updated_at = now() WHERE id = $1`,
      [id, after.unitId, after.givenName, after.familyName, after.email, after.title, after.active],
    );
    await writeAudit(tx, actor, {
      action: 'org.employee.update',
      objectType: 'employee',
      objectId: id,
      details: { changed: input },
    });
    await appendEvent(tx, actor, {
      type: before.unitId !== after.unitId ? 'org.employee.moved' : 'org.employee.updated',
      objectType: 'employee',
      objectId: id,
      payload: { unitId: after.unitId, active: after.active },
    });
    return after;
  });
}
