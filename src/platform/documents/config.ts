// Document-store settings from the environment (documented in docs/modules/documents.md).
import path from 'node:path';

export type DocumentsConfig = {
  /** Root of the content-addressed store: `<dataDir>/files`. */
  root: string;
  /** Largest accepted upload in bytes (RODTRAD_UPLOAD_MAX_BYTES, default 100 MiB). */
  maxBytes: number;
  /** Accepted sniffed MIME types (RODTRAD_UPLOAD_TYPES, comma-separated; default DEFAULT_TYPES). */
  allowedTypes: readonly string[];
};

/** What municipal case files consist of: PDF, scans, office documents, e-mail, text and CSV. */
export const DEFAULT_TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/tiff',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/x-cfb',
  'message/rfc822',
  'text/plain',
  'text/csv',
  'application/xml',
] as const;

export function documentsConfig(
  dataDir: string,
  env: Record<string, string | undefined> = process.env,
): DocumentsConfig {
  const rawMax = env.RODTRAD_UPLOAD_MAX_BYTES;
  const maxBytes = rawMax ? Number(rawMax) : 100 * 1024 * 1024;
  if (!Number.isInteger(maxBytes) || maxBytes < 1) {
    throw new Error(`RODTRAD_UPLOAD_MAX_BYTES must be a positive integer (got "${rawMax}")`);
  }
  const types = env.RODTRAD_UPLOAD_TYPES?.split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return { root: path.join(dataDir, 'files'), maxBytes, allowedTypes: types?.length ? types : DEFAULT_TYPES };
}
