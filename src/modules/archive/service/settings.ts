// Publication rules and portal settings of a municipality (defaults when the row does not exist yet).
import type { TenantTx } from '../../../platform/db/database.js';
import type { TRules } from '../domain/publication.js';

export type TArchiveSettings = TRules & { portalEnabled: boolean; portalNoindex: boolean };

export const DEFAULT_SETTINGS: TArchiveSettings = {
  neverPublishedTypes: [],
  holdOpenCases: true,
  minOcrConfidence: 70,
  portalEnabled: true,
  portalNoindex: false,
};

export async function loadSettings(tx: TenantTx): Promise<TArchiveSettings> {
  const row = (
    await tx.sql.query<{
      never_published_types: string[];
      hold_open_cases: boolean;
      min_ocr_confidence: number;
      portal_enabled: boolean;
      portal_noindex: boolean;
    }>('SELECT * FROM archive_settings WHERE tenant_id = $1', [tx.tenantId])
  ).rows[0];
  if (!row) return { ...DEFAULT_SETTINGS };
  return {
    neverPublishedTypes: row.never_published_types,
    holdOpenCases: row.hold_open_cases,
    minOcrConfidence: row.min_ocr_confidence,
    portalEnabled: row.portal_enabled,
    portalNoindex: row.portal_noindex,
  };
}

export async function saveSettings(tx: TenantTx, s: TArchiveSettings): Promise<void> {
  await tx.sql.query(
    `INSERT INTO archive_settings (tenant_id, never_published_types, hold_open_cases, min_ocr_confidence, portal_enabled, portal_noindex)
     VALUES ($1,$2,$3,$4,$5,$6)
     ON CONFLICT (tenant_id) DO UPDATE SET never_published_types = $2, hold_open_cases = $3, min_ocr_confidence = $4,
       portal_enabled = $5, portal_noindex = $6, updated_at = now()`,
    [
      tx.tenantId,
      s.neverPublishedTypes,
      s.holdOpenCases,
      s.minOcrConfidence,
      s.portalEnabled,
      s.portalNoindex,
    ],
  );
}
