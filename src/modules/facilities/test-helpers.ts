// Helpers shared by the facilities integration tests (not a test file itself).
import { withTenant, type Db } from '../../platform/db/database.js';
import { newToken } from './service/shared.js';

export async function createBuilding(
  db: Db,
  tenantId: string,
  opts: {
    code?: string;
    grossArea?: number;
    roofMaterial?: string | null;
    wallMaterial?: string | null;
  } = {},
) {
  return withTenant(db, tenantId, async (tx) => {
    const code = opts.code ?? `B-${newToken().slice(0, 6)}`;
    const propertyId = (
      await tx.sql.query<{ id: string }>(
        'INSERT INTO fm_properties (tenant_id, code, name, address) VALUES ($1, $2, $3, $4) RETURNING id',
        [tenantId, `P-${code}`, 'Skovbrynet Skole', 'Skovvej 1, 3400 Hillerød'],
      )
    ).rows[0]!.id;
    const buildingId = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO fm_buildings (tenant_id, property_id, code, name, use_code, gross_area, heated_area, roof_material, wall_material)
         VALUES ($1, $2, $3, 'Hovedbygning', '421', $4, $4, $5, $6) RETURNING id`,
        [
          tenantId,
          propertyId,
          code,
          opts.grossArea ?? 1200,
          opts.roofMaterial ?? '5',
          opts.wallMaterial ?? '1',
        ],
      )
    ).rows[0]!.id;
    const token = newToken();
    const roomId = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO fm_rooms (tenant_id, building_id, code, name, report_token) VALUES ($1, $2, '0.12', 'Toilet ved hallen', $3) RETURNING id`,
        [tenantId, buildingId, token],
      )
    ).rows[0]!.id;
    return { propertyId, buildingId, roomId, roomToken: token };
  });
}

export function form(
  fields: Record<string, string>,
  files: { name: string; bytes: Uint8Array; type: string }[] = [],
) {
  const boundary = '----fm' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  for (const f of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="photo"; filename="${f.name}"\r\nContent-Type: ${f.type}\r\n\r\n`,
      ),
      Buffer.from(f.bytes),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** A real 1×1 PNG. */
export const PNG = Uint8Array.from(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
