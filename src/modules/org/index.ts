// The org module's public surface for other modules: the unit table (for foreign keys) and unit look-ups.
export { orgUnits, employees } from './schema.js';
export { createUnit, listUnitsTx, unitWithDescendants } from './units.js';
export type { TUnit } from './contract.js';
export { parseCsv, type CsvRecord } from './import-csv.js';
