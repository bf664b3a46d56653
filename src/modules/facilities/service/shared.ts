// Helpers shared by the facilities services.
import { createHash, randomBytes } from 'node:crypto';
import type { TenantTx } from '../../../platform/db/database.js';
import { AppError } from '../../../platform/http/errors.js';
import type { AsbestosCodes } from '../domain/alerts.js';

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** A random URL-safe token for links without an account (QR, status, contractor). */
export const newToken = () => randomBytes(24).toString('base64url');

export function fmError(code: string, status: number, da: string, en: string, detail?: string): AppError {
  return new AppError(code, detail, undefined, { status, da, en });
}

export async function asbestosCodes(tx: { sql: TenantTx['sql'] }): Promise<AsbestosCodes> {
  const rows = (
    await tx.sql.query<{ list: string; code: string }>(
      "SELECT list, code FROM fm_bbr_codes WHERE asbestos AND list IN ('wall_material', 'roof_material')",
    )
  ).rows;
  return {
    wall: new Set(rows.filter((r) => r.list === 'wall_material').map((r) => r.code)),
    roof: new Set(rows.filter((r) => r.list === 'roof_material').map((r) => r.code)),
  };
}

export const today = () => new Date().toISOString().slice(0, 10);
export const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
