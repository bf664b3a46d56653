// Automatic screening: the redaction module analyses each pending document and its suggestions (with the
// legal basis mapped to the catalogue) are stored for review. One short transaction per document, so a
// long screening never holds the database. Documents are analysed in the redaction module's worker pool,
// as many at a time as it has workers (both cores on a 2-core server), off the HTTP server's event loop.
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { sharedRedactionPool, type TRedactContext, type TRedactionPool } from '../../redaction/index.js';
import type { TSuggestion } from '../contract.js';
import { basisKeyFromText } from './documents.js';
import { employeeNames } from '../../org/index.js';
import { assertUnlocked, loadRequest } from './shared.js';
import { loadFile } from './storage.js';

export type ScreeningProgress = (done: number, total: number) => void;

export type ScreeningResult = { screened: number; failed: number; suggestions: number };

/**
 * The case's context for the detection engine: the requester (unless a company) and the parties of the case
 * as parties, every active employee of the municipality (org master data) as staff, the public subject of the
 * case (e.g. the property of a building case) as keep, and the case type the caseworker chose.
 */
export async function screeningContext(db: Db, tenantId: string, requestId: string): Promise<TRedactContext> {
  return withTenant(db, tenantId, async (tx) => {
    const r = (
      await tx.sql.query<{
        requester_type: string;
        requester_name: string;
        parties: string[];
        case_subjects: string[];
        case_type: 'citizen' | 'building';
      }>(
        'SELECT requester_type, requester_name, parties, case_subjects, case_type FROM records_requests WHERE id = $1',
        [requestId],
      )
    ).rows[0];
    if (!r) return { case_type: 'citizen' };
    const parties = [...(r.requester_type === 'company' ? [] : [r.requester_name]), ...r.parties]
      .map((p) => p.trim())
      .filter(Boolean);
    return {
      case_type: r.case_type === 'building' ? 'building' : 'citizen',
      parties: [...new Set(parties)],
      staff: await employeeNames(tx),
      keep: r.case_subjects.map((k) => k.trim()).filter(Boolean),
    };
  });
}

/** Documents whose screening failed are queued again (e.g. after a worker crashed); not released ones. */
export async function retryFailedScreening(db: Db, actor: Actor, requestId: string): Promise<number> {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    assertUnlocked(await loadRequest(tx, actor, requestId, true));
    const r = await tx.sql.query(
      `UPDATE records_documents SET screening_status = 'pending' WHERE request_id = $1 AND screening_status = 'failed' AND released_at IS NULL
       RETURNING id`,
      [requestId],
    );
    return r.rows.length;
  });
}

export async function pendingDocuments(db: Db, actor: Actor, requestId: string): Promise<string[]> {
  requirePermission(actor, 'records.write');
  return withTenant(db, actor.tenantId, async (tx) => {
    await loadRequest(tx, actor, requestId);
    const rows = await tx.sql.query<{ id: string }>(
      `SELECT id FROM records_documents WHERE request_id = $1 AND screening_status = 'pending' AND duplicate_of IS NULL ORDER BY number`,
      [requestId],
    );
    return rows.rows.map((r) => r.id);
  });
}

export async function screenDocument(
  db: Db,
  tenantId: string,
  documentId: string,
  context: TRedactContext = { case_type: 'citizen' },
  pool: TRedactionPool = sharedRedactionPool(),
): Promise<number> {
  const doc = await withTenant(
    db,
    tenantId,
    async (tx) =>
      (
        await tx.sql.query<{ sha256: string | null; filename: string | null }>(
          'SELECT sha256, filename FROM records_documents WHERE id = $1',
          [documentId],
        )
      ).rows[0],
  );
  if (!doc?.sha256) return 0;
  const bytes = await loadFile(db, doc.sha256);
  let suggestions: TSuggestion[] = [];
  let status = 'done';
  try {
    const analysis = await pool.analyse(bytes, {
      context,
      name: doc.filename ?? undefined,
    });
    suggestions = analysis.suggestions.map((s) => ({
      id: s.id,
      page: s.page,
      boxes: s.boxes,
      label: s.label,
      legalBasis: s.legalBasis,
      basisKey: basisKeyFromText(s.legalBasis),
      confidence: s.confidence,
      // The covered text, so the review viewer can list what each box hides.
      text: s.text.slice(0, 500),
    }));
  } catch {
    status = 'failed';
  }
  await withTenant(db, tenantId, (tx) =>
    tx.sql.query(
      // New suggestions have no verdicts yet; a released document is never screened again.
      `UPDATE records_documents SET suggestions = $2, screening_status = $3, suggestion_verdicts = '{}'::jsonb, updated_at = now()
       WHERE id = $1 AND released_at IS NULL`,
      [documentId, JSON.stringify(suggestions), status],
    ),
  );
  return status === 'done' ? suggestions.length : -1;
}

/**
 * Screens every pending document of a request, as many at a time as the pool has workers, reporting progress
 * after each. An exception from `progress` (a cancelled job) stops the screening: documents already being
 * analysed finish and are saved, no new one is started.
 */
export async function screenRequest(
  db: Db,
  actor: Actor,
  requestId: string,
  progress?: ScreeningProgress,
  pool: TRedactionPool = sharedRedactionPool(),
): Promise<ScreeningResult> {
  const ids = await pendingDocuments(db, actor, requestId);
  const context = ids.length ? await screeningContext(db, actor.tenantId, requestId) : undefined;
  const result: ScreeningResult = { screened: 0, failed: 0, suggestions: 0 };
  let next = 0;
  let done = 0;
  let stopped = false;
  const runner = async (): Promise<void> => {
    while (!stopped && next < ids.length) {
      const id = ids[next++]!;
      const n = await screenDocument(db, actor.tenantId, id, context, pool);
      if (n < 0) result.failed += 1;
      else {
        result.screened += 1;
        result.suggestions += n;
      }
      done += 1;
      try {
        progress?.(done, ids.length);
      } catch (e) {
        stopped = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.size, ids.length) }, runner));
  return result;
}
