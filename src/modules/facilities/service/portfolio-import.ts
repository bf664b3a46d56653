// The portfolio CSV import: checked line by line in a dry run, applied only when there is no error.
import type { CodeRow } from './bbr-codes.js';
import { parseCsv } from '../../org/index.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError } from '../../../platform/http/errors.js';
import type { z } from 'zod';
import type { ZPortfolioImportReport } from '../contract.js';
import {
  checkBuildingRows,
  PORTFOLIO_OPTIONAL,
  PORTFOLIO_REQUIRED,
  type BuildingRow,
  type KnownCodes,
} from '../domain/portfolio-csv.js';

// ---- CSV import ----------------------------------------------------------------------------------------

type Report = z.infer<typeof ZPortfolioImportReport>;

export async function importPortfolio(
  db: Db,
  actor: Actor,
  input: { csv: string; dryRun: boolean },
): Promise<Report> {
  requirePermission(actor, 'facilities.manage');
  const parsed = parseCsv(input.csv, PORTFOLIO_REQUIRED, PORTFOLIO_OPTIONAL);
  if ('error' in parsed)
    throw new AppError('facilities.bad_csv', parsed.error.en, undefined, {
      status: 400,
      da: parsed.error.da,
      en: parsed.error.en,
    });
  return withTenant(db, actor.tenantId, async (tx) => {
    const codeRows = (await tx.sql.query<CodeRow>('SELECT list, code FROM fm_bbr_codes')).rows;
    const known = Object.fromEntries(
      [
        'use',
        'heating_installation',
        'heating_medium',
        'supplementary_heating',
        'wall_material',
        'roof_material',
      ].map((list) => [list, new Set(codeRows.filter((r) => r.list === list).map((r) => r.code))]),
    ) as unknown as KnownCodes;
    const { rows, errors, warnings } = checkBuildingRows(parsed.records, known, new Date().getUTCFullYear());
    const report: Report = {
      dryRun: input.dryRun,
      rows: parsed.records.length,
      propertiesCreated: 0,
      buildingsCreated: 0,
      buildingsUpdated: 0,
      unchanged: 0,
      errors,
      warnings,
    };
    const properties = new Map(
      (await tx.sql.query<{ id: string; code: string }>('SELECT id, code FROM fm_properties')).rows.map(
        (r) => [r.code, r.id],
      ),
    );
    const existing = new Map(
      (await tx.sql.query<Record<string, unknown>>(`SELECT ${COMPARE_SQL} FROM fm_buildings`)).rows.map(
        (r) => [r.code as string, r],
      ),
    );
    const newProperties = new Set<string>();
    for (const row of rows) {
      if (!properties.has(row.propertyCode)) newProperties.add(row.propertyCode);
      const before = existing.get(row.code);
      if (!before) report.buildingsCreated++;
      else if (sameBuilding(before, row)) report.unchanged++;
      else report.buildingsUpdated++;
    }
    report.propertiesCreated = newProperties.size;
    // A file with errors is never applied in part: the dry-run report says what to fix.
    if (input.dryRun || errors.length > 0) return { ...report, dryRun: true };
    for (const row of rows) {
      let propertyId = properties.get(row.propertyCode);
      if (!propertyId) {
        propertyId = (
          await tx.sql.query<{ id: string }>(
            'INSERT INTO fm_properties (tenant_id, code, name, address) VALUES ($1, $2, $3, $4) RETURNING id',
            [tx.tenantId, row.propertyCode, row.propertyName, row.address],
          )
        ).rows[0]!.id;
        properties.set(row.propertyCode, propertyId);
      }
      await upsertBuilding(tx, propertyId, row);
    }
    await writeAudit(tx, actor, {
      action: 'facilities.portfolio.import',
      objectType: 'fm_portfolio',
      objectId: tx.tenantId,
      details: { ...report, errors: undefined, warnings: warnings.length },
    });
    return report;
  });
}

const COMPARE_FIELDS: [keyof BuildingRow, string][] = [
  ['name', 'name'],
  ['useCode', 'use_code'],
  ['yearBuilt', 'year_built'],
  ['yearRebuilt', 'year_rebuilt'],
  ['grossArea', 'gross_area'],
  ['heatedArea', 'heated_area'],
  ['builtArea', 'built_area'],
  ['floorsCount', 'floors_count'],
  ['heatingInstallation', 'heating_installation'],
  ['heatingMedium', 'heating_medium'],
  ['supplementaryHeating', 'supplementary_heating'],
  ['wallMaterial', 'wall_material'],
  ['roofMaterial', 'roof_material'],
  ['energyLabel', 'energy_label'],
  ['energyLabelExpires', 'energy_label_expires'],
  ['importance', 'importance'],
  ['residents', 'residents'],
];
const COMPARE_SQL = `code, name, use_code, year_built, year_rebuilt, gross_area::float8 AS gross_area,
  heated_area::float8 AS heated_area, built_area::float8 AS built_area, floors_count, heating_installation,
  heating_medium, supplementary_heating, wall_material, roof_material, energy_label,
  energy_label_expires::text AS energy_label_expires, importance, residents`;

function sameBuilding(db: Record<string, unknown>, row: BuildingRow): boolean {
  return COMPARE_FIELDS.every(([k, col]) => (db[col] ?? null) === (row[k] ?? null));
}

export async function upsertBuilding(tx: TenantTx, propertyId: string, row: BuildingRow): Promise<string> {
  const cols = COMPARE_FIELDS.map(([, col]) => col);
  const values = COMPARE_FIELDS.map(([k]) => row[k] ?? null);
  const res = await tx.sql.query<{ id: string }>(
    `INSERT INTO fm_buildings (tenant_id, property_id, code, ${cols.join(', ')})
     VALUES ($1, $2, $3, ${cols.map((_, i) => `$${i + 4}`).join(', ')})
     ON CONFLICT (tenant_id, code) DO UPDATE SET property_id = EXCLUDED.property_id,
       ${cols.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}, updated_at = now()
     RETURNING id`,
    [tx.tenantId, propertyId, row.code, ...values],
  );
  return res.rows[0]!.id;
}
