// Documents of a request: upload (files or a zip of a case export), journal entries, viewing (audited) and
// the decision per document.
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { sniffFormat, sniffText } from '../../redaction/index.js';
import type { TDecisionBody, TDocument, TRedaction } from '../contract.js';
import { checkDocumentDecision } from '../domain/document-decision.js';
import { documentFlags, releaseBlocks, releases } from '../domain/release-gate.js';
import {
  assertUnlocked,
  decisionInput,
  DOCUMENT_COLUMNS,
  gateInput,
  loadRequest,
  presentDocument,
  recordsError,
  type DocumentRow,
} from './shared.js';
import { loadFile, storeFile } from './storage.js';
import { unzip, ZipError } from './unzip.js';

export type UploadedFile = { filename: string; bytes: Uint8Array };

const MEDIA_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  eml: 'message/rfc822',
  msg: 'application/vnd.ms-outlook',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  text: 'text/plain',
  html: 'text/html',
};

/**
 * The redaction module's format of a file. A Word file is a zip: one holding `word/document.xml` is DOCX (the
 * entry names are stored uncompressed in the zip; the redaction module checks the structure properly and
 * marks the screening failed if it is not a real Word file). Plain text and HTML are screened too: the redaction
 * module lays them out as PDF pages.
 */
export function documentFormat(bytes: Uint8Array) {
  const format = sniffFormat(bytes);
  if (
    format === 'zip' &&
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml')
  )
    return 'docx' as const;
  // Plain text and HTML last, as the redaction module does: only when no binary signature matched.
  return format ?? sniffText(bytes);
}

function titleOf(filename: string): string {
  const base = filename.split('/').pop() ?? filename;
  return (base.replace(/\.[A-Za-z0-9]{1,5}$/, '') || base).slice(0, 300);
}

/** Expands zips one level deep; other files are kept as they are (unsupported formats are flagged, not lost). */
async function expand(files: UploadedFile[]): Promise<UploadedFile[]> {
  const out: UploadedFile[] = [];
  for (const f of files) {
    if (documentFormat(f.bytes) === 'zip' && /\.zip$/i.test(f.filename)) {
      try {
        for (const entry of await unzip(f.bytes)) out.push({ filename: entry.name, bytes: entry.bytes });
      } catch (e) {
        if (e instanceof ZipError) throw recordsError('file', `${f.filename}: ${e.message}`);
        throw e;
      }
    } else out.push(f);
  }
  return out;
}

export async function addDocuments(
  db: Db,
  actor: Actor,
  requestId: string,
  files: UploadedFile[],
): Promise<TDocument[]> {
  requirePermission(actor, 'records.write');
  const expanded = await expand(files);
  if (expanded.length === 0) throw recordsError('file', 'no files');
  // Into the store first: a file whose row is never committed is unreferenced, which is harmless (the store
  // is content-addressed), while a committed row must always find its file.
  const hashes: string[] = [];
  for (const f of expanded) hashes.push(await storeFile(db, f.bytes));
  return withTenant(db, actor.tenantId, async (tx) => {
    assertUnlocked(await loadRequest(tx, actor, requestId, true));
    let next = Number(
      (
        await tx.sql.query<{ n: number }>(
          'SELECT coalesce(max(number), 0)::int AS n FROM records_documents WHERE request_id = $1',
          [requestId],
        )
      ).rows[0]?.n ?? 0,
    );
    const created: DocumentRow[] = [];
    for (const [i, f] of expanded.entries()) {
      const sha256 = hashes[i]!;
      const dup = (
        await tx.sql.query<{ id: string }>(
          `SELECT id FROM records_documents WHERE request_id = $1 AND sha256 = $2 AND kind = 'file' ORDER BY number LIMIT 1`,
          [requestId, sha256],
        )
      ).rows[0];
      const format = documentFormat(f.bytes);
      next += 1;
      const row = (
        await tx.sql.query<DocumentRow>(
          `INSERT INTO records_documents (tenant_id, request_id, number, title, kind, filename, media_type, size_bytes, sha256, duplicate_of,
             screening_status)
           VALUES ($1, $2, $3, $4, 'file', $5, $6, $7, $8, $9, $10) RETURNING ${DOCUMENT_COLUMNS}`,
          [
            tx.tenantId,
            requestId,
            next,
            titleOf(f.filename),
            f.filename.slice(0, 500),
            format && format !== 'zip' ? MEDIA_TYPES[format] : 'application/octet-stream',
            f.bytes.byteLength,
            sha256,
            dup?.id ?? null,
            format && format !== 'zip' ? 'pending' : 'unsupported',
          ],
        )
      ).rows[0]!;
      created.push(row);
    }
    await writeAudit(tx, actor, {
      action: 'records.document.upload',
      objectType: 'records_request',
      objectId: requestId,
      details: {
        documents: created.map((d) => ({
          id: d.id,
          number: d.number,
          filename: d.filename,
          sha256: d.sha256,
          duplicateOf: d.duplicate_of,
        })),
      },
    });
    await tx.sql.query(
      `UPDATE records_requests SET status = 'in_progress', updated_at = now() WHERE id = $1 AND status = 'received'`,
      [requestId],
    );
    return created.map(presentDocument);
  });
}

/** A journal entry (OFL § 7): part of the case without a file of its own; its text is stored as its file. */
export async function addJournalEntry(
  db: Db,
  actor: Actor,
  requestId: string,
  body: { title: string; date: string | null; text: string },
): Promise<TDocument> {
  requirePermission(actor, 'records.write');
  const text = new TextEncoder().encode(body.text);
  const sha256 = await storeFile(db, text);
  return withTenant(db, actor.tenantId, async (tx) => {
    assertUnlocked(await loadRequest(tx, actor, requestId, true));
    // A journal entry's text is screened like a text file (it can name citizens); an empty one has nothing.
    const row = (
      await tx.sql.query<DocumentRow>(
        `INSERT INTO records_documents (tenant_id, request_id, number, title, doc_date, kind, media_type, size_bytes, sha256, screening_status)
         VALUES ($1, $2, (SELECT coalesce(max(number), 0) + 1 FROM records_documents WHERE request_id = $2), $3, $4, 'journal', 'text/plain', $5, $6, $7)
         RETURNING ${DOCUMENT_COLUMNS}`,
        [
          tx.tenantId,
          requestId,
          body.title,
          body.date,
          text.byteLength,
          sha256,
          body.text.trim() ? 'pending' : 'done',
        ],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'records.journal.create',
      objectType: 'records_document',
      objectId: row.id,
      details: { requestId, title: body.title },
    });
    return presentDocument(row);
  });
}

async function loadDocumentRow(db: Db, actor: Actor, documentId: string) {
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = (
      await tx.sql.query<DocumentRow>(`SELECT ${DOCUMENT_COLUMNS} FROM records_documents WHERE id = $1`, [
        documentId,
      ])
    ).rows[0];
    if (!row) throw notFound();
    await loadRequest(tx, actor, row.request_id);
    return row;
  });
}

/**
 * The original file or its redacted PDF. Every view is written to the audit log (who saw which document,
 * when) and committed before the bytes are read from the store.
 */
export async function readDocumentContent(
  db: Db,
  actor: Actor,
  documentId: string,
  variant: 'original' | 'redacted' = 'original',
) {
  requirePermission(actor, 'records.read');
  const row = await withTenant(db, actor.tenantId, async (tx) => {
    const row = (
      await tx.sql.query<{
        request_id: string;
        filename: string | null;
        media_type: string | null;
        sha256: string | null;
        redacted_sha256: string | null;
        number: number;
      }>(
        'SELECT request_id, filename, media_type, sha256, redacted_sha256, number FROM records_documents WHERE id = $1',
        [documentId],
      )
    ).rows[0];
    if (!row) throw notFound();
    await loadRequest(tx, actor, row.request_id);
    if (!(variant === 'redacted' ? row.redacted_sha256 : row.sha256)) throw notFound();
    await writeAudit(tx, actor, {
      action: 'records.document.read',
      objectType: 'records_document',
      objectId: documentId,
      details: { requestId: row.request_id, number: row.number, variant },
    });
    return row;
  });
  const sha256 = (variant === 'redacted' ? row.redacted_sha256 : row.sha256)!;
  return {
    bytes: await loadFile(db, sha256),
    mediaType: variant === 'redacted' ? 'application/pdf' : (row.media_type ?? 'application/octet-stream'),
    filename: row.filename ?? `dokument-${row.number}`,
  };
}

/** Maps the detection module's basis text (e.g. "OFL § 30, nr. 1 (CPR-nummer)") to a catalogue key. */
export function basisKeyFromText(text: string): string | null {
  if (/§\s*30,\s*nr\.\s*1/.test(text)) return 'ofl-30-1';
  if (/§\s*30,\s*nr\.\s*2/.test(text)) return 'ofl-30-2';
  if (/FVL\s*§\s*15\s*b/i.test(text)) return 'fvl-15b';
  if (/§\s*35/.test(text)) return 'ofl-35';
  return null;
}

/** Records the caseworker's review and decision for one document. Problems are returned, not thrown. */
export async function decideDocument(db: Db, actor: Actor, documentId: string, body: TDecisionBody) {
  requirePermission(actor, 'records.write');
  const current = await loadDocumentRow(db, actor, documentId);
  return withTenant(db, actor.tenantId, async (tx) => {
    const request = await loadRequest(tx, actor, current.request_id, true);
    assertUnlocked(request);
    if (current.released_at) throw recordsError('locked', `document ${current.number} was released`);
    const known = new Set(current.suggestions.map((s) => s.id));
    const accepted = new Set(body.acceptSuggestionIds.filter((id) => known.has(id)));
    // Earlier verdicts stay (a caseworker may save a document in several sittings); this save's verdicts win.
    const verdicts: Record<string, 'accepted' | 'rejected'> = { ...current.suggestion_verdicts };
    for (const id of body.rejectSuggestionIds) if (known.has(id)) verdicts[id] = 'rejected';
    for (const id of accepted) verdicts[id] = 'accepted';
    const redactions: TRedaction[] = [];
    const suggestions = current.suggestions.map((s) => ({ ...s }));
    for (const s of suggestions) {
      if (!accepted.has(s.id)) continue;
      const basisKey = body.basisOverrides[s.id] ?? s.basisKey ?? 'ofl-30-1';
      // One entry per box: a suggestion can span several lines.
      for (const box of s.boxes)
        redactions.push({
          source: 'suggestion',
          suggestionId: s.id,
          page: s.page,
          box,
          label: s.label,
          basisKey,
        });
    }
    for (const m of body.manualBoxes)
      redactions.push({
        source: 'manual',
        suggestionId: null,
        page: m.page,
        box: m.box,
        label: m.label,
        basisKey: m.basisKey,
      });
    // Never release what nobody checked: a document goes out (in full or redacted) only when screened with
    // every suggestion decided, or with the caseworker's explicit "released without redaction" and a reason.
    const unredactedReason = releases(body.decision) ? body.unredactedReason : null;
    if (releases(body.decision)) {
      const blocks = releaseBlocks({
        ...gateInput(current),
        decidedSuggestionIds: Object.keys(verdicts),
        unredactedReason,
      });
      if (blocks.length > 0)
        throw recordsError(
          'unchecked',
          blocks.map((b) => b.code).join(', '),
          blocks.map((b) => ({ path: b.code, message: `${b.da} / ${b.en}` })),
        );
    }
    const keepRedactions = body.decision === 'partial' ? redactions : [];
    const row = (
      await tx.sql.query<DocumentRow>(
        `UPDATE records_documents SET decision = $2, basis_keys = $3, redactions = $4, internal = $5, extraction_note = $6,
           meroffentlighed_considered = $7, meroffentlighed_note = $8, emission_information = $9, not_covered_reason = $10,
           title = coalesce($11, title), doc_date = CASE WHEN $12::boolean THEN $13::date ELSE doc_date END,
           suggestion_verdicts = $14, unredacted_reason = $15, redacted_sha256 = NULL, updated_at = now()
         WHERE id = $1 RETURNING ${DOCUMENT_COLUMNS}`,
        [
          documentId,
          body.decision,
          body.decision === 'withhold' ? body.basisKeys : [],
          JSON.stringify(keepRedactions),
          body.internal,
          body.extractionNote,
          body.meroffentlighedConsidered,
          body.meroffentlighedNote,
          body.emissionInformation,
          body.notCoveredReason,
          body.title ?? null,
          body.date !== undefined,
          body.date ?? null,
          JSON.stringify(verdicts),
          unredactedReason,
        ],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'records.document.decide',
      objectType: 'records_document',
      objectId: documentId,
      details: {
        requestId: row.request_id,
        number: row.number,
        decision: body.decision,
        basisKeys: body.basisKeys,
        redactions: keepRedactions.length,
        accepted: accepted.size,
        rejected: body.rejectSuggestionIds.filter((id) => known.has(id)).length,
        from: current.decision,
      },
    });
    if (unredactedReason)
      await writeAudit(tx, actor, {
        action: 'records.document.release_unredacted',
        objectType: 'records_document',
        objectId: documentId,
        details: {
          requestId: row.request_id,
          number: row.number,
          reason: unredactedReason,
          flags: documentFlags(gateInput(current)),
        },
      });
    const problems = checkDocumentDecision(decisionInput(row), request.laws);
    return { document: presentDocument(row), problems };
  });
}

/** Title, date and sender as they appear on the aktliste. */
export async function editDocumentDetails(
  db: Db,
  actor: Actor,
  documentId: string,
  body: { title?: string; date?: string | null; sender?: string | null },
): Promise<TDocument> {
  requirePermission(actor, 'records.write');
  const current = await loadDocumentRow(db, actor, documentId);
  return withTenant(db, actor.tenantId, async (tx) => {
    const request = await loadRequest(tx, actor, current.request_id, true);
    assertUnlocked(request);
    if (current.released_at) throw recordsError('locked', `document ${current.number} was released`);
    const row = (
      await tx.sql.query<DocumentRow>(
        `UPDATE records_documents SET title = coalesce($2, title),
           doc_date = CASE WHEN $3::boolean THEN $4::date ELSE doc_date END,
           sender = CASE WHEN $5::boolean THEN $6 ELSE sender END, updated_at = now()
         WHERE id = $1 RETURNING ${DOCUMENT_COLUMNS}`,
        [
          documentId,
          body.title ?? null,
          body.date !== undefined,
          body.date ?? null,
          body.sender !== undefined,
          body.sender ?? null,
        ],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'records.document.edit',
      objectType: 'records_document',
      objectId: documentId,
      details: { requestId: row.request_id, number: row.number, changed: Object.keys(body) },
    });
    return presentDocument(row);
  });
}

/** Removes a document from the request (not after release). The file stays in the store (content-addressed). */
export async function deleteDocument(db: Db, actor: Actor, documentId: string): Promise<void> {
  requirePermission(actor, 'records.write');
  const current = await loadDocumentRow(db, actor, documentId);
  await withTenant(db, actor.tenantId, async (tx) => {
    const request = await loadRequest(tx, actor, current.request_id, true);
    assertUnlocked(request);
    if (current.released_at) throw recordsError('locked', `document ${current.number} was released`);
    // The first duplicate of this document becomes the original (it is screened then), the others its duplicates.
    const dups = (
      await tx.sql.query<{ id: string }>(
        'SELECT id FROM records_documents WHERE duplicate_of = $1 ORDER BY number',
        [documentId],
      )
    ).rows;
    if (dups[0]) {
      await tx.sql.query('UPDATE records_documents SET duplicate_of = NULL WHERE id = $1', [dups[0].id]);
      await tx.sql.query('UPDATE records_documents SET duplicate_of = $2 WHERE duplicate_of = $1', [
        documentId,
        dups[0].id,
      ]);
    }
    await tx.sql.query('DELETE FROM records_documents WHERE id = $1', [documentId]);
    await writeAudit(tx, actor, {
      action: 'records.document.delete',
      objectType: 'records_document',
      objectId: documentId,
      details: {
        requestId: current.request_id,
        number: current.number,
        filename: current.filename,
        sha256: current.sha256,
      },
    });
  });
}

/**
 * Replaces a document's file with a new version (e.g. a better scan): the number stays, the screening, the
 * caseworker's verdicts and the decision start over.
 */
export async function replaceDocument(
  db: Db,
  actor: Actor,
  documentId: string,
  file: UploadedFile,
): Promise<{ document: TDocument; requestId: string }> {
  requirePermission(actor, 'records.write');
  const current = await loadDocumentRow(db, actor, documentId);
  if (current.kind !== 'file') throw recordsError('file', 'only an uploaded file can be replaced');
  const sha256 = await storeFile(db, file.bytes);
  const format = documentFormat(file.bytes);
  const supported = Boolean(format && format !== 'zip');
  return withTenant(db, actor.tenantId, async (tx) => {
    assertUnlocked(await loadRequest(tx, actor, current.request_id, true));
    if (current.released_at) throw recordsError('locked', `document ${current.number} was released`);
    const row = (
      await tx.sql.query<DocumentRow>(
        `UPDATE records_documents SET filename = $2, media_type = $3, size_bytes = $4, sha256 = $5, duplicate_of = NULL,
           screening_status = $6, suggestions = '[]'::jsonb, suggestion_verdicts = '{}'::jsonb, decision = NULL,
           basis_keys = '{}', redactions = '[]'::jsonb, unredacted_reason = NULL, redacted_sha256 = NULL, updated_at = now()
         WHERE id = $1 RETURNING ${DOCUMENT_COLUMNS}`,
        [
          documentId,
          file.filename.slice(0, 500),
          supported ? MEDIA_TYPES[format!] : 'application/octet-stream',
          file.bytes.byteLength,
          sha256,
          supported ? 'pending' : 'unsupported',
        ],
      )
    ).rows[0]!;
    await writeAudit(tx, actor, {
      action: 'records.document.replace',
      objectType: 'records_document',
      objectId: documentId,
      details: { requestId: row.request_id, number: row.number, from: current.sha256, to: sha256 },
    });
    return { document: presentDocument(row), requestId: row.request_id };
  });
}
