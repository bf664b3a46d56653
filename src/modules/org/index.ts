// The organisation module's public surface: what other modules may use of the units and employees.
export { listUnitsTx, unitWithDescendants } from './units.js';
export type { TUnit } from './contract.js';
