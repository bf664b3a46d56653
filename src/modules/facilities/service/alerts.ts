// Alerts per building: energy label missing or expiring, asbestos materials, stored energy alerts.
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import type { TAlert } from '../contract.js';
import { asbestosReasons, energyLabelAlert } from '../domain/alerts.js';
import { asbestosCodes, today } from './shared.js';

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
