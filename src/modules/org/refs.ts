// Read-only references into the master data for other modules, inside the caller's tenant transaction.
import type { TenantTx } from '../../platform/db/database.js';

export interface EmployeeRef {
  id: string;
  unitId: string;
  employeeNo: string;
  name: string;
  email: string | null;
  title: string | null;
  active: boolean;
}

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

const present = (r: Row): EmployeeRef => ({
  id: r.id,
  unitId: r.unit_id,
  employeeNo: r.employee_no,
  name: `${r.given_name} ${r.family_name}`,
  email: r.email,
  title: r.title,
  active: r.active,
});

/** Employees by id, in the order asked for (missing ids are left out). */
export async function employeesByIds(tx: TenantTx, ids: readonly string[]): Promise<EmployeeRef[]> {
  if (ids.length === 0) return [];
  const rows = (
    await tx.sql.query<Row>(
      'SELECT id, unit_id, employee_no, given_name, family_name, email, title, active FROM employees WHERE id = ANY($1::uuid[])',
      [ids],
    )
  ).rows;
  const byId = new Map(rows.map((r) => [r.id, present(r)]));
  return ids.flatMap((id) => {
    const e = byId.get(id);
    return e ? [e] : [];
  });
}

/** The employee whose work e-mail is the given address (how a signed-in user finds their own roster). */
export async function employeeByEmail(tx: TenantTx, email: string): Promise<EmployeeRef | null> {
  const row = (
    await tx.sql.query<Row>(
      'SELECT id, unit_id, employee_no, given_name, family_name, email, title, active FROM employees WHERE lower(email) = lower($1) AND active ORDER BY employee_no LIMIT 1',
      [email],
    )
  ).rows[0];
  return row ? present(row) : null;
}

/** The name of an organisation unit. */
export async function unitName(tx: TenantTx, id: string): Promise<string | null> {
  const row = (await tx.sql.query<{ name: string }>('SELECT name FROM org_units WHERE id = $1', [id]))
    .rows[0];
  return row?.name ?? null;
}

/**
 * The names of the municipality's active employees, "given family" — staff acting in office, whose names stay
 * readable in released documents (redaction screening context). Names of staff are not private, so this is
 * not a personal-data read (docs/decisions/0006).
 */
export async function employeeNames(tx: TenantTx): Promise<string[]> {
  const rows = await tx.sql.query<{ name: string }>(
    `SELECT DISTINCT trim(given_name || ' ' || family_name) AS name FROM employees WHERE active ORDER BY 1`,
  );
  return rows.rows.map((r) => r.name).filter(Boolean);
}
