// Page images for the review viewer: the server renders a document's pages to PNG with MuPDF, so the
// browser needs no PDF engine. Rendering and page counting run in a worker pool of their own (not the
// screening pool, so a page view never waits behind a 300-page analysis), behind a per-tenant fair queue
// with a bound (503 + Retry-After when full), and rendered pages are kept in a bounded cache keyed by the
// file's SHA-256, page and resolution. Every call is still checked and audited (`records.document.read`)
// before the cache is consulted: a cached page is a view like any other.
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { createFairQueue, type FairQueue } from '../../../platform/work/fair-queue.js';
import {
  createRedactionPool,
  RedactionError,
  type TPageSize,
  type TWorkerPool,
} from '../../redaction/index.js';
import { createByteCache } from './byte-cache.js';
import { loadRequest, recordsError } from './shared.js';
import { loadFile } from './storage.js';

/** Page size in PDF points, top-left origin: the coordinate system of suggestion and manual boxes. */
export type PageSize = TPageSize;

/** Resolutions a page is rendered at; a request is served at the nearest one at or below what it asks. */
export const PREVIEW_DPIS = [48, 72, 110, 150, 200] as const;

/** The resolution actually rendered for a requested dpi: clamped to 200 and snapped to PREVIEW_DPIS. */
export function clampDpi(dpi: number): number {
  let chosen: number = PREVIEW_DPIS[0];
  for (const d of PREVIEW_DPIS) if (d <= dpi) chosen = d;
  return chosen;
}

function intEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new Error(`${name} must be an integer from ${min} to ${max} (got "${raw}")`);
  return n;
}

export type PreviewService = {
  pool: TWorkerPool;
  queue: FairQueue;
  images: ReturnType<typeof createByteCache<Uint8Array>>;
  sizes: ReturnType<typeof createByteCache<PageSize[]>>;
};

/** Settings: RODTRAD_PREVIEW_WORKERS, RODTRAD_PREVIEW_QUEUE_PER_TENANT, _QUEUE_TOTAL, RODTRAD_PREVIEW_CACHE_MB. */
export function createPreviewService(
  options: { workers?: number; perTenant?: number; total?: number; cacheBytes?: number } = {},
): PreviewService {
  const workers = options.workers ?? intEnv('RODTRAD_PREVIEW_WORKERS', 1, 1, 16);
  return {
    pool: createRedactionPool(workers, 60),
    queue: createFairQueue({
      concurrency: workers,
      perTenant: options.perTenant ?? intEnv('RODTRAD_PREVIEW_QUEUE_PER_TENANT', 24, 1, 10_000),
      total: options.total ?? intEnv('RODTRAD_PREVIEW_QUEUE_TOTAL', 96, 1, 100_000),
    }),
    images: createByteCache(
      options.cacheBytes ?? intEnv('RODTRAD_PREVIEW_CACHE_MB', 64, 0, 65_536) * 1024 * 1024,
    ),
    sizes: createByteCache<PageSize[]>(4 * 1024 * 1024),
  };
}

let shared: PreviewService | null = null;
/** One preview service per process, created on first use (its idle workers do not keep the process alive). */
export function sharedPreviewService(): PreviewService {
  shared ??= createPreviewService();
  return shared;
}

type Viewable = { sha256: string; mediaType: string; number: number; requestId: string };

/** Checks the actor's access to the document's request and writes the `records.document.read` entry. */
async function viewDocument(
  db: Db,
  actor: Actor,
  documentId: string,
  details: Record<string, unknown>,
): Promise<Viewable> {
  requirePermission(actor, 'records.read');
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = (
      await tx.sql.query<{
        request_id: string;
        media_type: string | null;
        sha256: string | null;
        number: number;
      }>('SELECT request_id, media_type, sha256, number FROM records_documents WHERE id = $1', [documentId])
    ).rows[0];
    if (!row) throw notFound();
    await loadRequest(tx, actor, row.request_id);
    if (!row.sha256) throw notFound();
    await writeAudit(tx, actor, {
      action: 'records.document.read',
      objectType: 'records_document',
      objectId: documentId,
      details: { requestId: row.request_id, number: row.number, variant: 'original', ...details },
    });
    return {
      sha256: row.sha256,
      mediaType: row.media_type ?? 'application/octet-stream',
      number: row.number,
      requestId: row.request_id,
    };
  });
}

function previewError(e: unknown): never {
  if (e instanceof RedactionError) {
    if (e.code === 'INVALID_REVIEW') throw notFound(e.message);
    throw recordsError('preview', e.message);
  }
  throw e;
}

export async function documentPages(
  db: Db,
  actor: Actor,
  documentId: string,
  service: PreviewService = sharedPreviewService(),
): Promise<PageSize[]> {
  const doc = await viewDocument(db, actor, documentId, { view: 'pages' });
  const cached = service.sizes.get(doc.sha256);
  if (cached) return cached;
  const sizes = await service.queue
    .run(actor.tenantId, async () =>
      service.pool.pageSizes(doc.sha256, await loadFile(db, doc.sha256), doc.mediaType),
    )
    .catch(previewError);
  service.sizes.set(doc.sha256, sizes, 64 + sizes.length * 48);
  return sizes;
}

/** One page (1-based) as PNG; `dpi` is clamped (clampDpi). */
export async function renderPage(
  db: Db,
  actor: Actor,
  documentId: string,
  page: number,
  dpi: number,
  service: PreviewService = sharedPreviewService(),
): Promise<Uint8Array> {
  const rendered = clampDpi(dpi);
  const doc = await viewDocument(db, actor, documentId, { page, dpi: rendered });
  const key = `${doc.sha256}:${page}:${rendered}`;
  const cached = service.images.get(key);
  if (cached) return cached;
  const png = await service.queue
    .run(actor.tenantId, async () =>
      service.pool.render(doc.sha256, await loadFile(db, doc.sha256), doc.mediaType, page, rendered),
    )
    .catch(previewError);
  service.images.set(key, png, png.byteLength);
  return png;
}

/** Most hits one search returns (a name on every page of a 300-page bundle is far below this). */
export const MAX_SEARCH_HITS = 5000;

/** Where `query` occurs in the document's text (for "redact every occurrence of …"). Audited as a view. */
export async function searchDocument(
  db: Db,
  actor: Actor,
  documentId: string,
  query: string,
  service: PreviewService = sharedPreviewService(),
) {
  const doc = await viewDocument(db, actor, documentId, { view: 'search' });
  return service.queue
    .run(actor.tenantId, async () =>
      service.pool.search(doc.sha256, await loadFile(db, doc.sha256), doc.mediaType, query, MAX_SEARCH_HITS),
    )
    .catch(previewError);
}

/** The words of one page with their boxes (the viewer's selectable text layer). Audited as a view. */
export async function pageWords(
  db: Db,
  actor: Actor,
  documentId: string,
  page: number,
  service: PreviewService = sharedPreviewService(),
) {
  const doc = await viewDocument(db, actor, documentId, { view: 'words', page });
  return service.queue
    .run(actor.tenantId, async () =>
      service.pool.words(doc.sha256, await loadFile(db, doc.sha256), doc.mediaType, page),
    )
    .catch(previewError);
}
