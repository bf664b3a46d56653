// The public portal's reads (no login): search grouped property → case → documents, address autocomplete,
// and the published copy of a document. Only documents that are published, not hidden by a citizen's report
// and not on a protected property are ever listed or served; the full-text index covers only the text of the
// published (redacted) copy, so a search for a redacted CPR number finds nothing.
import type { TenantTx } from '../../../platform/db/database.js';
import { matrikelKey, normaliseAddressText } from '../domain/address.js';

/** The one visibility rule of the portal and the export (d = archive_documents, p = archive_properties). */
export const VISIBLE = `d.state = 'published' AND NOT d.hidden_by_report AND d.published_sha256 IS NOT NULL AND NOT p.protected`;

export type TSearchQuery = {
  q?: string;
  kind?: 'all' | 'address' | 'matrikel' | 'case' | 'text';
  caseType?: string;
  year?: number;
  page: number;
  perPage: number;
};

export type TPortalDocument = { id: string; title: string; date: string | null; pages: number | null };
export type TPortalCase = {
  id: string;
  caseNumber: string;
  caseType: string;
  title: string;
  year: number | null;
  closed: boolean;
  documents: TPortalDocument[];
  withheld: number;
  locked: number;
  inProgress: number;
};
export type TPortalProperty = {
  id: string;
  address: string;
  ejerlav: string | null;
  matrikel: string | null;
  cases: TPortalCase[];
};

type TMatch = { case_id: string; score: number };

async function matchingCases(tx: TenantTx, q: TSearchQuery): Promise<TMatch[]> {
  const text = (q.q ?? '').trim();
  const kind = q.kind ?? 'all';
  const out: TMatch[] = [];
  if (!text) {
    const rows = await tx.sql.query<TMatch>(
      `SELECT c.id AS case_id, 0.1 AS score FROM archive_cases c ORDER BY c.year DESC NULLS LAST, c.case_number LIMIT 400`,
    );
    return rows.rows;
  }
  if (kind === 'all' || kind === 'address') {
    const key = normaliseAddressText(text);
    if (key.length >= 3) {
      const rows = await tx.sql.query<TMatch>(
        `WITH props AS (
           SELECT id, greatest(word_similarity($1, address_key), CASE WHEN address_key LIKE $1 || '%' THEN 1 ELSE 0 END) AS score
             FROM archive_properties WHERE $1 <% address_key OR address_key LIKE $1 || '%'
            ORDER BY score DESC LIMIT 50)
         SELECT c.id AS case_id, props.score + 1 AS score FROM props JOIN archive_cases c ON c.property_id = props.id`,
        [key],
      );
      out.push(...rows.rows);
    }
  }
  if (kind === 'all' || kind === 'matrikel') {
    const rows = await tx.sql.query<TMatch>(
      `SELECT c.id AS case_id, 2 AS score FROM archive_properties p JOIN archive_cases c ON c.property_id = p.id
        WHERE p.matrikel_key = $1`,
      [matrikelKey(text.split(/[, ]/)[0] ?? text)],
    );
    out.push(...rows.rows);
  }
  if (kind === 'all' || kind === 'case') {
    const rows = await tx.sql.query<TMatch>(
      `SELECT id AS case_id, 3 AS score FROM archive_cases WHERE lower(case_number) LIKE lower($1) || '%' LIMIT 100`,
      [text],
    );
    out.push(...rows.rows);
  }
  if (kind === 'all' || kind === 'text') {
    const rows = await tx.sql.query<TMatch>(
      `SELECT d.case_id, max(ts_rank(d.search_tsv, query)) AS score
         FROM archive_documents d JOIN archive_cases c ON c.id = d.case_id JOIN archive_properties p ON p.id = c.property_id,
              websearch_to_tsquery('danish', $1) query
        WHERE d.search_tsv @@ query AND ${VISIBLE}
        GROUP BY d.case_id ORDER BY score DESC LIMIT 300`,
      [text],
    );
    out.push(...rows.rows.map((r) => ({ case_id: r.case_id, score: Number(r.score) })));
  }
  return out;
}

export async function searchPortal(
  tx: TenantTx,
  q: TSearchQuery,
): Promise<{ data: TPortalProperty[]; count: number; page: number; perPage: number }> {
  const matches = await matchingCases(tx, q);
  const best = new Map<string, number>();
  for (const m of matches) best.set(m.case_id, Math.max(best.get(m.case_id) ?? 0, Number(m.score)));
  if (best.size === 0) return { data: [], count: 0, page: q.page, perPage: q.perPage };
  const cases = await tx.sql.query<{
    id: string;
    property_id: string;
    case_number: string;
    case_type: string;
    title: string;
    year: number | null;
    closed: boolean;
    address_text: string;
    ejerlav: string | null;
    matrikel: string | null;
    protected: boolean;
  }>(
    `SELECT c.id, c.property_id, c.case_number, c.case_type, c.title, c.year, c.closed, p.address_text, p.ejerlav, p.matrikel, p.protected
       FROM archive_cases c JOIN archive_properties p ON p.id = c.property_id
      WHERE c.id = ANY($1::uuid[]) AND ($2::text IS NULL OR c.case_type = $2) AND ($3::int IS NULL OR c.year = $3)`,
    [[...best.keys()], q.caseType ?? null, q.year ?? null],
  );
  // Properties ordered by their best case's score, then address.
  const byProperty = new Map<string, { score: number; rows: typeof cases.rows }>();
  for (const c of cases.rows) {
    const entry = byProperty.get(c.property_id) ?? { score: 0, rows: [] };
    entry.score = Math.max(entry.score, best.get(c.id) ?? 0);
    entry.rows.push(c);
    byProperty.set(c.property_id, entry);
  }
  const ordered = [...byProperty.entries()].sort(
    (a, b) =>
      b[1].score - a[1].score || a[1].rows[0]!.address_text.localeCompare(b[1].rows[0]!.address_text, 'da'),
  );
  const pageItems = ordered.slice((q.page - 1) * q.perPage, q.page * q.perPage);
  const caseIds = pageItems.flatMap(([, e]) => e.rows.map((r) => r.id));
  const docs = await tx.sql.query<{
    id: string;
    case_id: string;
    title: string;
    document_date: string | null;
    pages: number | null;
    visible: boolean;
    state: string;
  }>(
    `SELECT d.id, d.case_id, d.title, to_char(d.document_date, 'YYYY-MM-DD') AS document_date, d.pages, d.state,
            (${VISIBLE}) AS visible
       FROM archive_documents d JOIN archive_cases c ON c.id = d.case_id JOIN archive_properties p ON p.id = c.property_id
      WHERE d.case_id = ANY($1::uuid[]) ORDER BY d.document_date NULLS LAST, d.title`,
    [caseIds],
  );
  const data: TPortalProperty[] = pageItems.map(([propertyId, e]) => {
    const first = e.rows[0]!;
    return {
      id: propertyId,
      address: first.address_text,
      ejerlav: first.ejerlav,
      matrikel: first.matrikel,
      cases: e.rows
        .sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || a.case_number.localeCompare(b.case_number))
        .map((c) => {
          const own = docs.rows.filter((d) => d.case_id === c.id);
          return {
            id: c.id,
            caseNumber: c.case_number,
            caseType: c.case_type,
            title: c.title,
            year: c.year,
            closed: c.closed,
            documents: own
              .filter((d) => d.visible)
              .map((d) => ({ id: d.id, title: d.title, date: d.document_date, pages: d.pages })),
            withheld: own.filter((d) => !d.visible && (d.state === 'withheld' || d.state === 'failed'))
              .length,
            locked: own.filter((d) => !d.visible && (d.state === 'locked' || c.protected)).length,
            inProgress: own.filter(
              (d) => !d.visible && (d.state === 'pending' || d.state === 'review' || d.state === 'published'),
            ).length,
          };
        }),
    };
  });
  return { data, count: ordered.length, page: q.page, perPage: q.perPage };
}

/** Up to 8 addresses for the autocomplete. */
export async function suggestAddresses(tx: TenantTx, text: string): Promise<string[]> {
  const key = normaliseAddressText(text);
  if (key.length < 2) return [];
  const rows = await tx.sql.query<{ address_text: string }>(
    `SELECT address_text FROM archive_properties
      WHERE NOT protected AND (address_key LIKE $1 || '%' OR $1 <% address_key)
      ORDER BY (address_key LIKE $1 || '%') DESC, word_similarity($1, address_key) DESC, address_text LIMIT 8`,
    [key],
  );
  return rows.rows.map((r) => r.address_text);
}

export type TPublishedFile = {
  id: string;
  caseNumber: string;
  address: string;
  matrikel: string | null;
  title: string;
  date: string | null;
  pages: number | null;
  publishedSha256: string;
};

const PUBLISHED_SELECT = `SELECT d.id, c.case_number, p.address_text, p.matrikel, d.title,
       to_char(d.document_date, 'YYYY-MM-DD') AS document_date, d.pages, d.published_sha256
  FROM archive_documents d JOIN archive_cases c ON c.id = d.case_id JOIN archive_properties p ON p.id = c.property_id
 WHERE ${VISIBLE}`;

type TPublishedRow = {
  id: string;
  case_number: string;
  address_text: string;
  matrikel: string | null;
  title: string;
  document_date: string | null;
  pages: number | null;
  published_sha256: string;
};

const toPublished = (r: TPublishedRow): TPublishedFile => ({
  id: r.id,
  caseNumber: r.case_number,
  address: r.address_text,
  matrikel: r.matrikel,
  title: r.title,
  date: r.document_date,
  pages: r.pages,
  publishedSha256: r.published_sha256,
});

/** A published document, or null (unknown, not published, hidden, locked: all look the same). */
export async function publishedDocument(tx: TenantTx, id: string): Promise<TPublishedFile | null> {
  const row = (await tx.sql.query<TPublishedRow>(`${PUBLISHED_SELECT} AND d.id = $1`, [id])).rows[0];
  return row ? toPublished(row) : null;
}

/** Every published document (the export), in a stable order. */
export async function allPublished(tx: TenantTx): Promise<TPublishedFile[]> {
  const rows = await tx.sql.query<TPublishedRow>(
    `${PUBLISHED_SELECT} ORDER BY c.case_number, d.document_date NULLS LAST, d.id`,
  );
  return rows.rows.map(toPublished);
}
