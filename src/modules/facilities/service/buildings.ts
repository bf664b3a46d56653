// Buildings with their BBR data, rooms, building parts and latest condition grades.
import type { CodeRow } from './bbr-codes.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { z } from 'zod';
import type { TBuildingDetail, ZBuildingList, ZPageQuery } from '../contract.js';
import { asbestosReasons, energyLabelAlert } from '../domain/alerts.js';
import { conditionGrade } from '../domain/parts.js';
import { asbestosCodes, num, today } from './shared.js';
import { buildingAlerts } from './alerts.js';

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
