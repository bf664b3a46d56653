// The review viewer's reads of a document's suggestions: a page at a time (one list envelope), and a compact
// index of the whole document (ids and pages, the accepted ones, the manual boxes) for navigating and saving.
// The suggestions stay in the document's JSONB column; PostgreSQL (or PGlite) picks out the page, so no
// answer grows with the size of the document. Suggestions carry the text they cover: a read of personal data.
import { logPersonalDataRead } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { TReviewState, TSuggestion, TSuggestionPage } from '../contract.js';
import { loadRequest } from './shared.js';

async function checkDocument(tx: TenantTx, actor: Actor, id: string): Promise<void> {
  const row = (
    await tx.sql.query<{ request_id: string }>('SELECT request_id FROM records_documents WHERE id = $1', [id])
  ).rows[0];
  if (!row) throw notFound();
  await loadRequest(tx, actor, row.request_id);
}

export async function listSuggestions(
  db: Db,
  actor: Actor,
  documentId: string,
  query: { documentPage?: number; page: number; perPage: number },
): Promise<TSuggestionPage> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    await checkDocument(tx, actor, documentId);
    const pageFilter = query.documentPage === undefined ? null : query.documentPage;
    const rows = (
      await tx.sql.query<{ s: TSuggestion; total: number }>(
        `SELECT e.value AS s, count(*) OVER () AS total
         FROM records_documents d, jsonb_array_elements(d.suggestions) WITH ORDINALITY e(value, n)
         WHERE d.id = $1 AND ($2::int IS NULL OR (e.value->>'page')::int = $2)
         ORDER BY e.n LIMIT $3 OFFSET $4`,
        [documentId, pageFilter, query.perPage, (query.page - 1) * query.perPage],
      )
    ).rows;
    const accepted = new Map(
      (
        await tx.sql.query<{ id: string; basis: string }>(
          `SELECT DISTINCT r->>'suggestionId' AS id, r->>'basisKey' AS basis
           FROM records_documents d, jsonb_array_elements(d.redactions) r
           WHERE d.id = $1 AND r->>'source' = 'suggestion' AND ($2::int IS NULL OR (r->>'page')::int = $2)`,
          [documentId, pageFilter],
        )
      ).rows.map((r) => [r.id, r.basis]),
    );
    await logPersonalDataRead(tx, actor, 'records_document', documentId, {
      view: 'suggestions',
      documentPage: pageFilter,
      page: query.page,
    });
    return {
      data: rows.map(({ s }) => ({
        id: s.id,
        page: s.page,
        boxes: s.boxes,
        label: s.label,
        legalBasis: s.legalBasis,
        basisKey: s.basisKey,
        confidence: s.confidence,
        text: s.text ?? null,
        accepted: accepted.has(s.id),
        acceptedBasisKey: accepted.get(s.id) ?? null,
      })),
      count: Number(rows[0]?.total ?? 0),
      page: query.page,
      perPage: query.perPage,
    };
  });
}

export async function reviewState(db: Db, actor: Actor, documentId: string): Promise<TReviewState> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    await checkDocument(tx, actor, documentId);
    const ids = (
      await tx.sql.query<{ id: string; page: number }>(
        `SELECT e.value->>'id' AS id, (e.value->>'page')::int AS page
         FROM records_documents d, jsonb_array_elements(d.suggestions) WITH ORDINALITY e(value, n)
         WHERE d.id = $1 ORDER BY e.n`,
        [documentId],
      )
    ).rows;
    const redactions = (
      await tx.sql.query<{
        source: string;
        id: string | null;
        page: number | null;
        box: [number, number, number, number] | null;
        label: string;
        basis: string;
      }>(
        `SELECT r->>'source' AS source, r->>'suggestionId' AS id, (r->>'page')::int AS page, r->'box' AS box,
                r->>'label' AS label, r->>'basisKey' AS basis
         FROM records_documents d, jsonb_array_elements(d.redactions) r WHERE d.id = $1`,
        [documentId],
      )
    ).rows;
    const accepted: Record<string, string> = {};
    const manual: TReviewState['manual'] = [];
    for (const r of redactions) {
      if (r.source === 'suggestion' && r.id) accepted[r.id] = r.basis;
      else if (r.source === 'manual' && r.page && r.box)
        manual.push({ page: r.page, box: r.box, label: r.label, basisKey: r.basis });
    }
    return { ids: ids.map((r) => r.id), pages: ids.map((r) => Number(r.page)), accepted, manual };
  });
}
