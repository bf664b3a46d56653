// Rows of the portfolio CSV import (one row per building, with its property) checked against the BBR code
// lists. Pure: the service supplies the known codes and applies the valid rows.
import { ENERGY_LABELS } from './alerts.js';

export const PORTFOLIO_REQUIRED = ['property_code', 'property_name', 'building_code', 'building_name'];
export const PORTFOLIO_OPTIONAL = [
  'address',
  'use_code',
  'year_built',
  'year_rebuilt',
  'gross_area',
  'heated_area',
  'built_area',
  'floors',
  'heating_installation',
  'heating_medium',
  'supplementary_heating',
  'wall_material',
  'roof_material',
  'energy_label',
  'energy_label_expires',
  'importance',
  'residents',
];

export type BuildingRow = {
  line: number;
  propertyCode: string;
  propertyName: string;
  address: string | null;
  code: string;
  name: string;
  useCode: string | null;
  yearBuilt: number | null;
  yearRebuilt: number | null;
  grossArea: number | null;
  heatedArea: number | null;
  builtArea: number | null;
  floorsCount: number | null;
  heatingInstallation: string | null;
  heatingMedium: string | null;
  supplementaryHeating: string | null;
  wallMaterial: string | null;
  roofMaterial: string | null;
  energyLabel: string | null;
  energyLabelExpires: string | null;
  importance: number;
  residents: number | null;
};
export type RowIssue = { line: number; code: string; field: string | null; detail: string | null };
export type KnownCodes = Record<
  | 'use'
  | 'heating_installation'
  | 'heating_medium'
  | 'supplementary_heating'
  | 'wall_material'
  | 'roof_material',
  ReadonlySet<string>
>;

const CODE_FIELDS = [
  ['use_code', 'use'],
  ['heating_installation', 'heating_installation'],
  ['heating_medium', 'heating_medium'],
  ['supplementary_heating', 'supplementary_heating'],
  ['wall_material', 'wall_material'],
  ['roof_material', 'roof_material'],
] as const;

export function checkBuildingRows(
  records: readonly { line: number; values: Record<string, string> }[],
  known: KnownCodes,
  thisYear: number,
): { rows: BuildingRow[]; errors: RowIssue[]; warnings: RowIssue[] } {
  const rows: BuildingRow[] = [];
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const seen = new Map<string, number>();
  for (const { line, values } of records) {
    const before = errors.length;
    const err = (code: string, field: string | null, detail: string | null = null) =>
      errors.push({ line, code, field, detail });
    const text = (f: string) => (values[f] ?? '').trim() || null;
    const int = (f: string, min: number, max: number): number | null => {
      const v = text(f);
      if (v === null) return null;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        err('bad_number', f, v);
        return null;
      }
      return n;
    };
    const area = (f: string): number | null => {
      const v = text(f);
      if (v === null) return null;
      const n = Number(v.replace(/\./g, '').replace(',', '.'));
      if (!Number.isFinite(n) || n < 0 || n > 1_000_000) {
        err('bad_number', f, v);
        return null;
      }
      return n;
    };
    for (const f of PORTFOLIO_REQUIRED) if (!text(f)) err('required', f);
    const codes: Record<string, string | null> = {};
    for (const [field, list] of CODE_FIELDS) {
      const v = text(field);
      codes[field] = v;
      if (v !== null && !known[list].has(v)) err('unknown_code', field, v);
    }
    const label = text('energy_label');
    if (label !== null && !(ENERGY_LABELS as readonly string[]).includes(label.toUpperCase()))
      err('bad_energy_label', 'energy_label', label);
    const expires = text('energy_label_expires');
    if (expires !== null && !/^\d{4}-\d{2}-\d{2}$/.test(expires))
      err('bad_date', 'energy_label_expires', expires);
    const yearBuilt = int('year_built', 1000, thisYear);
    const yearRebuilt = int('year_rebuilt', 1000, thisYear);
    if (yearBuilt !== null && yearRebuilt !== null && yearRebuilt < yearBuilt)
      err('rebuilt_before_built', 'year_rebuilt', `${yearRebuilt} < ${yearBuilt}`);
    const grossArea = area('gross_area');
    const heatedArea = area('heated_area');
    if (grossArea !== null && heatedArea !== null && heatedArea > grossArea)
      warnings.push({ line, code: 'heated_above_gross', field: 'heated_area', detail: null });
    const code = text('building_code');
    if (code) {
      const other = seen.get(code);
      if (other !== undefined) err('duplicate_building', 'building_code', `line ${other}`);
      else seen.set(code, line);
    }
    const row: BuildingRow = {
      line,
      propertyCode: text('property_code') ?? '',
      propertyName: text('property_name') ?? '',
      address: text('address'),
      code: code ?? '',
      name: text('building_name') ?? '',
      useCode: codes.use_code ?? null,
      yearBuilt,
      yearRebuilt,
      grossArea,
      heatedArea,
      builtArea: area('built_area'),
      floorsCount: int('floors', 0, 200),
      heatingInstallation: codes.heating_installation ?? null,
      heatingMedium: codes.heating_medium ?? null,
      supplementaryHeating: codes.supplementary_heating ?? null,
      wallMaterial: codes.wall_material ?? null,
      roofMaterial: codes.roof_material ?? null,
      energyLabel: label?.toUpperCase() ?? null,
      energyLabelExpires: expires,
      importance: int('importance', 1, 5) ?? 3,
      residents: int('residents', 0, 1_000_000),
    };
    if (errors.length === before) rows.push(row);
  }
  return { rows, errors, warnings };
}
