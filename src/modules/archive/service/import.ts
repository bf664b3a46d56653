// Bulk import of a scanned archive: manifest rows → properties, cases and documents, files into the document
// store. Each row commits on its own (file first, then one short transaction), so an import killed half-way
// loses nothing that was committed and a new run skips it: a document is identified by its case and the
// SHA-256 of its content. Bad lines are reported with a message and the rest goes on.
import { createHash } from 'node:crypto';
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import type { DocumentStore } from '../../../platform/documents/store.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { addressKey, formatAddress, matrikelKey, parseAddress } from '../domain/address.js';
import { parseManifest, type TLineProblem, type TManifestRow } from '../domain/manifest.js';
import { inspectFile } from './inspect.js';

/** Where the manifest's files come from: a folder (CLI) or a zip (web). null = no such file. */
export type TFileSource = { read(file: string): Promise<Uint8Array | null> };

export type TImportReport = {
  importId: string | null;
  rows: number;
  imported: number;
  skipped: number;
  failed: number;
  problems: TLineProblem[];
  /** Documents named by the manifest's good lines (new and already present). */
  documentIds: string[];
};

export type TImportOptions = {
  dryRun?: boolean;
  source?: string;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
};

async function upsertProperty(tx: TenantTx, row: TManifestRow): Promise<string> {
  const parts = parseAddress(row.address);
  const res = await tx.sql.query<{ id: string }>(
    `INSERT INTO archive_properties (tenant_id, street, house_number, floor, door, postcode, town, address_text, address_key,
       ejerlav, matrikel, matrikel_key, bbr_building)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)
     ON CONFLICT (tenant_id, address_key) DO UPDATE SET
       ejerlav = coalesce(archive_properties.ejerlav, EXCLUDED.ejerlav),
       matrikel = coalesce(archive_properties.matrikel, EXCLUDED.matrikel),
       matrikel_key = coalesce(archive_properties.matrikel_key, EXCLUDED.matrikel_key),
       bbr_building = coalesce(archive_properties.bbr_building, EXCLUDED.bbr_building)
     RETURNING id`,
    [
      tx.tenantId,
      parts.street,
      parts.houseNumber,
      parts.floor,
      parts.door,
      parts.postcode,
      parts.town,
      formatAddress(parts),
      addressKey(parts),
      row.ejerlav,
      row.matrikel,
      row.matrikel ? matrikelKey(row.matrikel) : null,
      row.bbrBuilding,
    ],
  );
  return res.rows[0]!.id;
}

async function upsertCase(tx: TenantTx, row: TManifestRow, propertyId: string): Promise<string> {
  const res = await tx.sql.query<{ id: string }>(
    `INSERT INTO archive_cases (tenant_id, property_id, case_number, case_type, title, year, closed, parties, staff)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)
     ON CONFLICT (tenant_id, case_number) DO UPDATE SET
       parties = ARRAY(SELECT DISTINCT unnest(archive_cases.parties || EXCLUDED.parties)),
       staff = ARRAY(SELECT DISTINCT unnest(archive_cases.staff || EXCLUDED.staff))
     RETURNING id`,
    [
      tx.tenantId,
      propertyId,
      row.caseNumber,
      row.caseType,
      row.caseTitle,
      row.caseYear,
      row.caseClosed,
      row.parties,
      row.staff,
    ],
  );
  return res.rows[0]!.id;
}

/** Imports (or with dryRun only checks) a manifest. Throws ManifestError when the manifest itself is unusable. */
export async function importManifest(
  db: Db,
  store: DocumentStore,
  actor: Actor,
  manifestText: string,
  files: TFileSource,
  options: TImportOptions = {},
): Promise<TImportReport> {
  requirePermission(actor, 'archive.import');
  const manifest = parseManifest(manifestText);
  const problems = [...manifest.problems];
  const report: TImportReport = {
    importId: null,
    rows: manifest.rows.length + manifest.problems.length,
    imported: 0,
    skipped: 0,
    failed: 0,
    problems,
    documentIds: [],
  };
  if (!options.dryRun) {
    report.importId = await withTenant(db, actor.tenantId, async (tx) => {
      const id = (
        await tx.sql.query<{ id: string }>(
          `INSERT INTO archive_imports (tenant_id, source, created_by) VALUES ($1, $2, $3) RETURNING id`,
          [tx.tenantId, options.source ?? 'manifest', actor.userId],
        )
      ).rows[0]!.id;
      await writeAudit(tx, actor, {
        action: 'archive.import.start',
        objectType: 'archive_import',
        objectId: id,
        details: { source: options.source ?? 'manifest', rows: report.rows },
      });
      return id;
    });
  }
  let done = 0;
  for (const row of manifest.rows) {
    if (options.signal?.aborted) throw new Error('import cancelled');
    const fail = (message: string, messageDa: string) =>
      problems.push({
        line: row.line,
        file: row.file,
        message: `line ${row.line} (${row.file}): ${message}`,
        messageDa: `linje ${row.line} (${row.file}): ${messageDa}`,
      });
    const bytes = await files.read(row.file).catch(() => null);
    if (bytes === null) {
      fail('unknown file: not found in the files folder', 'ukendt fil: findes ikke i filmappen');
    } else {
      const inspection = inspectFile(bytes);
      if (!inspection.ok) {
        fail(inspection.message, inspection.messageDa);
      } else if (!options.dryRun) {
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        await store.put(bytes);
        const result = await withTenant(db, actor.tenantId, async (tx) => {
          const propertyId = await upsertProperty(tx, row);
          const caseId = await upsertCase(tx, row, propertyId);
          const inserted = await tx.sql.query<{ id: string }>(
            `INSERT INTO archive_documents (tenant_id, case_id, title, document_date, pages, filename, sha256, mime, size, import_id)
             VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
             ON CONFLICT (tenant_id, case_id, sha256) DO NOTHING RETURNING id`,
            [
              tx.tenantId,
              caseId,
              row.documentTitle,
              row.documentDate,
              inspection.pages,
              row.file.split('/').pop(),
              sha256,
              inspection.mime,
              bytes.length,
              report.importId,
            ],
          );
          if (inserted.rows[0]) return { id: inserted.rows[0].id, created: true };
          const existing = await tx.sql.query<{ id: string }>(
            'SELECT id FROM archive_documents WHERE case_id = $1 AND sha256 = $2',
            [caseId, sha256],
          );
          return { id: existing.rows[0]!.id, created: false };
        });
        if (result.created) report.imported++;
        else report.skipped++;
        report.documentIds.push(result.id);
      }
    }
    done++;
    options.onProgress?.(done, manifest.rows.length);
  }
  problems.sort((a, b) => a.line - b.line);
  report.failed = problems.length;
  if (report.importId) {
    const { documentIds: _ids, ...summary } = report;
    await withTenant(db, actor.tenantId, async (tx) => {
      await tx.sql.query('UPDATE archive_imports SET report = $2 WHERE id = $1', [
        report.importId,
        JSON.stringify(summary),
      ]);
      await writeAudit(tx, actor, {
        action: 'archive.import.finish',
        objectType: 'archive_import',
        objectId: report.importId,
        details: { imported: report.imported, skipped: report.skipped, failed: report.failed },
      });
    });
  }
  return report;
}
