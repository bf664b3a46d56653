import { describe, expect, it } from 'vitest';
import { checkBuildingRows, type KnownCodes } from './portfolio-csv.js';

const known: KnownCodes = {
  use: new Set(['421', '441']),
  heating_installation: new Set(['1']),
  heating_medium: new Set(['1']),
  supplementary_heating: new Set(['0']),
  wall_material: new Set(['1', '3']),
  roof_material: new Set(['3', '5']),
};
const rec = (line: number, values: Record<string, string>) => ({
  line,
  values: {
    property_code: 'P1',
    property_name: 'Skolen',
    building_code: `B${line}`,
    building_name: 'Hovedbygning',
    ...values,
  },
});

describe('portfolio CSV rows', () => {
  it('accepts a complete row', () => {
    const r = checkBuildingRows(
      [
        rec(2, {
          use_code: '421',
          year_built: '1962',
          gross_area: '4.250,5',
          energy_label: 'c',
          wall_material: '3',
        }),
      ],
      known,
      2026,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows[0]).toMatchObject({
      useCode: '421',
      grossArea: 4250.5,
      energyLabel: 'C',
      wallMaterial: '3',
    });
  });
  it('names the line and field of every problem and keeps no bad row', () => {
    const r = checkBuildingRows(
      [
        rec(2, { use_code: '122' }),
        rec(3, { year_built: '2099' }),
        rec(4, { energy_label: 'H', building_name: '' }),
        rec(5, { year_built: '1990', year_rebuilt: '1980' }),
        {
          line: 6,
          values: { property_code: 'P1', property_name: 'x', building_code: 'B2', building_name: 'y' },
        },
      ],
      known,
      2026,
    );
    expect(r.errors.map((e) => [e.line, e.code, e.field])).toEqual([
      [2, 'unknown_code', 'use_code'],
      [3, 'bad_number', 'year_built'],
      [4, 'required', 'building_name'],
      [4, 'bad_energy_label', 'energy_label'],
      [5, 'rebuilt_before_built', 'year_rebuilt'],
      [6, 'duplicate_building', 'building_code'],
    ]);
    expect(r.rows).toEqual([]);
  });
});
