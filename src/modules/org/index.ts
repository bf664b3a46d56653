// Public API of the organisation module (units and employees, the municipality's master data) for other modules.
import type { TenantTx } from '../../platform/db/database.js';

export { listUnitsTx, unitWithDescendants } from './units.js';

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
