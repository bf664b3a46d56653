// Portfolio: BBR codes, buildings with their BBR data, rooms, building parts, alerts and the CSV import.
import { parseCsv } from '../../org/index.js';
import { writeAudit } from '../../../platform/audit/log.js';
import { withSystem, withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import type { z } from 'zod';
import type {
  TAlert,
  TBbrCode,
  TBuildingDetail,
  ZBuildingList,
  ZNewBbrCode,
  ZPageQuery,
  ZPortfolioImportReport,
} from '../contract.js';
import { asbestosReasons, energyLabelAlert } from '../domain/alerts.js';
import { conditionGrade, FK_PARTS } from '../domain/parts.js';
import {
  checkBuildingRows,
  PORTFOLIO_OPTIONAL,
  PORTFOLIO_REQUIRED,
  type BuildingRow,
  type KnownCodes,
} from '../domain/portfolio-csv.js';
import { asbestosCodes, num, today } from './shared.js';

type CodeRow = {
  list: string;
  code: string;
  label: string;
  asbestos: boolean;
  phased_out: boolean;
  source: string;
};

export async function listBbrCodes(db: Db, actor: Actor): Promise<TBbrCode[]> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) =>
    (await tx.sql.query<CodeRow>('SELECT * FROM fm_bbr_codes ORDER BY list, length(code), code')).rows.map(
      (r) => ({
        list: r.list as TBbrCode['list'],
        code: r.code,
        label: r.label,
        asbestos: r.asbestos,
        phasedOut: r.phased_out,
        source: r.source,
      }),
    ),
  );
}

/** National code lists are shared by all tenants: only administrators add codes (e.g. BBR's newer 122, 451). */
export async function addBbrCode(db: Db, actor: Actor, input: z.infer<typeof ZNewBbrCode>): Promise<void> {
  requirePermission(actor, 'facilities.codes');
  await withSystem(db, async (tx) => {
    const res = await tx.sql.query(
      'INSERT INTO fm_bbr_codes (list, code, label, asbestos, source) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING code',
      [input.list, input.code, input.label, input.asbestos, `added by ${actor.label}`],
    );
    if (res.rows.length === 0) throw new AppError('conflict', `code ${input.list}/${input.code} exists`);
  });
  await withTenant(db, actor.tenantId, (tx) =>
    writeAudit(tx, actor, {
      action: 'facilities.bbr_code.add',
      objectType: 'fm_bbr_code',
      objectId: `${input.list}/${input.code}`,
      details: input,
    }),
  );
}

type BuildingRowDb = {
  id: string;
  code: string;
  name: string;
  property_name: string;
  use_code: string | null;
  use_label: string | null;
  year_built: number | null;
  gross_area: number | null;
  energy_label: string | null;
  energy_label_expires: string | null;
  wall_material: string | null;
  roof_material: string | null;
  asbestos_noted: boolean;
  condition: number | null;
  open_orders: number;
};

export async function listBuildings(
  db: Db,
  actor: Actor,
  query: z.infer<typeof ZPageQuery>,
): Promise<z.infer<typeof ZBuildingList>> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const like = query.q ? `%${query.q.toLowerCase()}%` : null;
    const where = `WHERE ($1::text IS NULL OR lower(b.name) LIKE $1 OR lower(b.code) LIKE $1 OR lower(p.name) LIKE $1)`;
    const count = (
      await tx.sql.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM fm_buildings b JOIN fm_properties p ON p.id = b.property_id ${where}`,
        [like],
      )
    ).rows[0]!.n;
    const rows = (
      await tx.sql.query<BuildingRowDb>(
        `SELECT b.id, b.code, b.name, p.name AS property_name, b.use_code, c.label AS use_label, b.year_built,
                b.gross_area::float8 AS gross_area, b.energy_label, b.energy_label_expires::text AS energy_label_expires,
                b.wall_material, b.roof_material, b.asbestos_noted,
                (SELECT round(avg(g.grade), 2)::float8 FROM (${LATEST_GRADES}) g WHERE g.building_id = b.id) AS condition,
                (SELECT count(*)::int FROM fm_work_orders w WHERE w.building_id = b.id
                   AND w.status NOT IN ('done', 'cancelled')) AS open_orders
           FROM fm_buildings b JOIN fm_properties p ON p.id = b.property_id
           LEFT JOIN fm_bbr_codes c ON c.list = 'use' AND c.code = b.use_code
           ${where} ORDER BY b.name, b.id LIMIT $2 OFFSET $3`,
        [like, query.perPage, (query.page - 1) * query.perPage],
      )
    ).rows;
    const codes = await asbestosCodes(tx);
    const energyAlerts = await energyAlertCounts(tx);
    const now = today();
    return {
      data: rows.map((r) => ({
        id: r.id,
        code: r.code,
        name: r.name,
        propertyName: r.property_name,
        useCode: r.use_code,
        useLabel: r.use_label,
        yearBuilt: r.year_built,
        grossArea: r.gross_area,
        energyLabel: r.energy_label,
        condition: r.condition,
        openWorkOrders: r.open_orders,
        alerts:
          (energyLabelAlert(
            {
              grossArea: r.gross_area,
              energyLabel: r.energy_label,
              energyLabelExpires: r.energy_label_expires,
            },
            now,
          )
            ? 1
            : 0) +
          (asbestosReasons(
            { wallMaterial: r.wall_material, roofMaterial: r.roof_material, asbestosNoted: r.asbestos_noted },
            codes,
          ).length > 0
            ? 1
            : 0) +
          (energyAlerts.get(r.id) ?? 0),
      })),
      count,
      page: query.page,
      perPage: query.perPage,
    };
  });
}

/** The newest grade per building part (a part's history stays in the older surveys). */
export const LATEST_GRADES = `SELECT DISTINCT ON (i.part_id) i.part_id, s.building_id, i.grade, s.surveyed_on, i.id AS item_id
  FROM fm_survey_items i JOIN fm_surveys s ON s.id = i.survey_id ORDER BY i.part_id, s.surveyed_on DESC, s.created_at DESC`;

async function energyAlertCounts(tx: TenantTx): Promise<Map<string, number>> {
  const rows = (
    await tx.sql.query<{ building_id: string; n: number }>(
      'SELECT building_id, count(*)::int AS n FROM fm_energy_alerts GROUP BY building_id',
    )
  ).rows;
  return new Map(rows.map((r) => [r.building_id, r.n]));
}

export async function getBuilding(db: Db, actor: Actor, id: string): Promise<TBuildingDetail> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, (tx) => buildingDetail(tx, id));
}

async function buildingDetail(tx: TenantTx, id: string): Promise<TBuildingDetail> {
  const b = (
    await tx.sql.query<Record<string, unknown>>(
      `SELECT b.*, b.gross_area::float8 AS gross, b.heated_area::float8 AS heated, b.built_area::float8 AS built,
              b.hot_water_share::float8 AS hot_water, b.energy_label_expires::text AS label_expires,
              p.id AS p_id, p.code AS p_code, p.name AS p_name, p.address AS p_address
         FROM fm_buildings b JOIN fm_properties p ON p.id = b.property_id WHERE b.id = $1`,
      [id],
    )
  ).rows[0];
  if (!b) throw notFound();
  const labels = new Map(
    (await tx.sql.query<CodeRow>('SELECT list, code, label FROM fm_bbr_codes')).rows.map((r) => [
      `${r.list}/${r.code}`,
      r.label,
    ]),
  );
  const coded = (list: string, code: unknown) =>
    typeof code === 'string' ? { code, label: labels.get(`${list}/${code}`) ?? null } : null;
  const rooms = (
    await tx.sql.query<{
      id: string;
      code: string;
      name: string;
      floor: string | null;
      area: number | null;
      unit_id: string | null;
      unit_name: string | null;
      report_token: string;
    }>(
      `SELECT r.id, r.code, r.name, f.name AS floor, r.area::float8 AS area, r.unit_id, u.name AS unit_name, r.report_token
         FROM fm_rooms r LEFT JOIN fm_floors f ON f.id = r.floor_id LEFT JOIN org_units u ON u.id = r.unit_id
        WHERE r.building_id = $1 ORDER BY f.level NULLS LAST, r.code`,
      [id],
    )
  ).rows;
  const parts = (
    await tx.sql.query<{
      id: string;
      fk_code: string;
      name: string;
      asbestos: boolean;
      grade: number | null;
      surveyed_on: string | null;
      action: string | null;
      action_cost: number | null;
      action_year: number | null;
    }>(
      `SELECT p.id, p.fk_code, p.name, p.asbestos, g.grade, g.surveyed_on::text AS surveyed_on, i.action,
              i.action_cost::float8 AS action_cost, i.action_year
         FROM fm_building_parts p LEFT JOIN (${LATEST_GRADES}) g ON g.part_id = p.id
         LEFT JOIN fm_survey_items i ON i.id = g.item_id
        WHERE p.building_id = $1 ORDER BY p.fk_code`,
      [id],
    )
  ).rows;
  const asbestos = asbestosReasons(
    {
      wallMaterial: b.wall_material as string | null,
      roofMaterial: b.roof_material as string | null,
      asbestosNoted: b.asbestos_noted as boolean,
    },
    await asbestosCodes(tx),
  );
  const alerts = await buildingAlerts(tx, [id]);
  return {
    id,
    code: b.code as string,
    name: b.name as string,
    property: {
      id: b.p_id as string,
      code: b.p_code as string,
      name: b.p_name as string,
      address: b.p_address as string | null,
    },
    use: coded('use', b.use_code),
    yearBuilt: b.year_built as number | null,
    yearRebuilt: b.year_rebuilt as number | null,
    grossArea: num(b.gross),
    heatedArea: num(b.heated),
    builtArea: num(b.built),
    floorsCount: b.floors_count as number | null,
    heatingInstallation: coded('heating_installation', b.heating_installation),
    heatingMedium: coded('heating_medium', b.heating_medium),
    supplementaryHeating: coded('supplementary_heating', b.supplementary_heating),
    wallMaterial: coded('wall_material', b.wall_material),
    roofMaterial: coded('roof_material', b.roof_material),
    asbestos,
    energyLabel: b.energy_label as string | null,
    energyLabelExpires: b.label_expires as string | null,
    importance: b.importance as number,
    residents: b.residents as number | null,
    hotWaterShare: Number(b.hot_water),
    condition: conditionGrade(parts.flatMap((p) => (p.grade === null ? [] : [p.grade]))),
    rooms: rooms.map((r) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      floor: r.floor,
      area: r.area,
      unitId: r.unit_id,
      unitName: r.unit_name,
      reportToken: r.report_token,
    })),
    parts: parts.map((p) => ({
      id: p.id,
      fkCode: p.fk_code,
      name: p.name,
      asbestos: p.asbestos,
      grade: p.grade,
      surveyedOn: p.surveyed_on,
      action: p.action,
      actionCost: p.action_cost,
      actionYear: p.action_year,
    })),
    alerts,
  };
}

/** Label, asbestos and stored energy alerts for the given buildings (all when `ids` is null). */
export async function buildingAlerts(tx: TenantTx, ids: string[] | null): Promise<TAlert[]> {
  const rows = (
    await tx.sql.query<{
      id: string;
      name: string;
      gross: number | null;
      energy_label: string | null;
      expires: string | null;
      wall_material: string | null;
      roof_material: string | null;
      asbestos_noted: boolean;
    }>(
      `SELECT id, name, gross_area::float8 AS gross, energy_label, energy_label_expires::text AS expires,
              wall_material, roof_material, asbestos_noted
         FROM fm_buildings WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY name`,
      [ids],
    )
  ).rows;
  const codes = await asbestosCodes(tx);
  const now = today();
  const alerts: TAlert[] = [];
  for (const r of rows) {
    const label = energyLabelAlert(
      { grossArea: r.gross, energyLabel: r.energy_label, energyLabelExpires: r.expires },
      now,
    );
    if (label)
      alerts.push({
        kind: label.kind,
        buildingId: r.id,
        buildingName: r.name,
        detail: 'expires' in label ? label.expires : null,
        meterId: null,
      });
    const reasons = asbestosReasons(
      { wallMaterial: r.wall_material, roofMaterial: r.roof_material, asbestosNoted: r.asbestos_noted },
      codes,
    );
    if (reasons.length > 0)
      alerts.push({
        kind: 'asbestos',
        buildingId: r.id,
        buildingName: r.name,
        detail: reasons.join(','),
        meterId: null,
      });
  }
  const energy = (
    await tx.sql.query<{
      building_id: string;
      name: string;
      kind: TAlert['kind'];
      since: string;
      meter_id: string;
    }>(
      `SELECT a.building_id, b.name, a.kind, a.since, a.meter_id FROM fm_energy_alerts a
         JOIN fm_buildings b ON b.id = a.building_id
        WHERE $1::uuid[] IS NULL OR a.building_id = ANY($1::uuid[]) ORDER BY b.name, a.kind`,
      [ids],
    )
  ).rows;
  for (const e of energy)
    alerts.push({
      kind: e.kind,
      buildingId: e.building_id,
      buildingName: e.name,
      detail: e.since,
      meterId: e.meter_id,
    });
  return alerts;
}

export async function listAlerts(db: Db, actor: Actor): Promise<TAlert[]> {
  requirePermission(actor, 'facilities.read');
  return withTenant(db, actor.tenantId, (tx) => buildingAlerts(tx, null));
}

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

export { FK_PARTS };
