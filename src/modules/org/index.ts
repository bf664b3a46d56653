// The organisation module's public surface: what other modules may use of the units and employees. Other
// modules import from here, never from the org module's files.
export { orgUnits, employees } from './schema.js';
export { createUnit, listUnitsTx, unitsInScope, unitWithDescendants } from './units.js';
export type { TUnit } from './contract.js';
export { parseCsv, type CsvRecord } from './import-csv.js';
export { employeeByEmail, employeeNames, employeesByIds, unitName, type EmployeeRef } from './refs.js';
