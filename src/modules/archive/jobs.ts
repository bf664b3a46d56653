// Durable screening jobs (job "archive.screen", one per document) on the platform's job service. Any number
// of processes may run workers on the same database: pg-boss hands a job to one worker, and the document is
// claimed by its job id before work starts, so a document enqueued twice (two sweeps racing) is still
// screened once. A document is never left behind: pending documents without a job are swept into the queue
// after every import and when the app starts.
import { withTenant, type Db } from '../../platform/db/database.js';
import { documentStoreFor } from '../../platform/documents/platform.js';
import type { Jobs } from '../../platform/jobs/service.js';
import { JobCancelledError } from '../../platform/jobs/types.js';
import type { SqlClient } from '../../platform/db/sql-client.js';
import { screenArchiveDocument, type TScreeningResult } from './service/screening.js';
import { defaultPoolSize } from '../redaction/index.js';
import { readAll } from '../../platform/documents/store.js';
import { systemActor } from '../../platform/http/context.js';
import { importManifest } from './service/import.js';
import { openZipArchive } from './service/zip-source.js';

export const SCREEN_JOB = 'archive.screen';
export const IMPORT_JOB = 'archive.import';

export type TImportJobData = { zipSha256: string; name: string };

export type TScreenJobData = { documentId: string; reviewed?: boolean };

const RETRY_LIMIT = 2;
const registered = new WeakMap<Jobs, Db>();

async function saveResult(
  sql: SqlClient,
  documentId: string,
  jobId: string,
  r: TScreeningResult,
  reviewed: boolean,
) {
  await sql.query(
    `UPDATE archive_documents SET state = $3, reason = $4, reason_detail = $5, published_sha256 = $6, published_text = $7,
        pages = coalesce($8, pages), ocr_used = coalesce($9, ocr_used), suggestions = coalesce($10::jsonb, suggestions),
        screened_at = now(), updated_at = now()
      WHERE id = $1 AND screening_job_id = $2 AND state = $11`,
    [
      documentId,
      jobId,
      r.decision.state,
      r.decision.reason,
      r.decision.detail,
      r.publishedSha256 ?? null,
      r.publishedText ?? null,
      r.pages ?? null,
      r.ocrUsed ?? null,
      r.suggestions ? JSON.stringify(r.suggestions) : null,
      reviewed ? 'review' : 'pending',
    ],
  );
}

export function registerArchiveJobs(jobs: Jobs, db: Db): void {
  if (registered.has(jobs)) return;
  registered.set(jobs, db);
  jobs.register<TScreenJobData>(
    SCREEN_JOB,
    async (ctx) => {
      const { documentId } = ctx.data;
      const reviewed = ctx.data.reviewed === true;
      // Claim: only the job recorded on the document (or the first to come) screens it.
      const claimed = await ctx.step('claim', async (sql) => {
        const res = await sql.query<{ id: string }>(
          `UPDATE archive_documents SET screening_job_id = $2
            WHERE id = $1 AND state = $3 AND (screening_job_id IS NULL OR screening_job_id = $2) RETURNING id`,
          [documentId, ctx.id, reviewed ? 'review' : 'pending'],
        );
        return res.rows.length === 1;
      });
      if (!claimed) return { skipped: true };
      ctx.progress(10, 'Screener dokumentet');
      let result: TScreeningResult | null;
      try {
        result = await screenArchiveDocument(db, documentStoreFor(db), ctx.tenantId, documentId, {
          reviewed,
        });
      } catch (error) {
        // The last attempt marks the document failed instead of leaving it pending for ever.
        if (ctx.attempt <= RETRY_LIMIT) throw error;
        result = {
          decision: {
            state: 'failed',
            reason: 'screening_failed',
            detail: error instanceof Error ? error.message.slice(0, 500) : String(error),
          },
        };
      }
      if (!result) return { skipped: true };
      // Stopped while screening (the server shuts down): leave the document pending for the retry.
      if (ctx.signal.aborted) throw new JobCancelledError(ctx.id);
      await ctx.step('save', (sql) => saveResult(sql, documentId, ctx.id, result, reviewed));
      return { state: result.decision.state, reason: result.decision.reason };
    },
    { retryLimit: RETRY_LIMIT, retryDelaySeconds: 5, concurrency: defaultPoolSize() },
  );
  // A web import: the uploaded zip is in the document store; a retry re-reads it and skips what is in.
  jobs.register<TImportJobData>(
    IMPORT_JOB,
    async (ctx) => {
      const store = documentStoreFor(db);
      const zip = await openZipArchive(await readAll(store, ctx.data.zipSha256));
      const actor = { ...systemActor(ctx.tenantId, 'job:archive.import'), userId: ctx.userId };
      try {
        const report = await importManifest(db, store, actor, zip.manifest, zip.source, {
          source: ctx.data.name,
          signal: ctx.signal,
          onProgress: (done, total) =>
            ctx.progress(
              Math.round((done / Math.max(total, 1)) * 95),
              `${done} af ${total} linjer importeret`,
            ),
        });
        ctx.progress(97, 'Dokumenterne sættes i kø til screening');
        await enqueuePending(jobs, db, ctx.tenantId);
        const { documentIds: _ids, ...summary } = report;
        return summary;
      } finally {
        zip.close();
      }
    },
    { retryLimit: 2, retryDelaySeconds: 5, concurrency: 1 },
  );
}

/** Enqueues a screening job for every pending document of the tenant that has none yet. */
export async function enqueuePending(
  jobs: Jobs,
  db: Db,
  tenantId: string,
  userId: string | null = null,
): Promise<number> {
  let total = 0;
  for (;;) {
    const ids = await withTenant(db, tenantId, async (tx) =>
      (
        await tx.sql.query<{ id: string }>(
          `SELECT id FROM archive_documents WHERE state = 'pending' AND screening_job_id IS NULL ORDER BY created_at LIMIT 500`,
        )
      ).rows.map((r) => r.id),
    );
    if (ids.length === 0) return total;
    for (const documentId of ids) {
      const jobId = await jobs.enqueue<TScreenJobData>(SCREEN_JOB, { documentId }, { tenantId, userId });
      await withTenant(db, tenantId, (tx) =>
        tx.sql.query(
          'UPDATE archive_documents SET screening_job_id = $2 WHERE id = $1 AND screening_job_id IS NULL',
          [documentId, jobId],
        ),
      );
      total++;
    }
  }
}

/** Queues the caseworker's decision (manual boxes, kept suggestions) to be redacted and published. */
export async function enqueueReviewed(
  jobs: Jobs,
  db: Db,
  tenantId: string,
  documentId: string,
  userId: string | null,
) {
  // The new job claims the document (an earlier screening job's id is cleared first).
  await withTenant(db, tenantId, (tx) =>
    tx.sql.query('UPDATE archive_documents SET screening_job_id = NULL WHERE id = $1', [documentId]),
  );
  const jobId = await jobs.enqueue<TScreenJobData>(
    SCREEN_JOB,
    { documentId, reviewed: true },
    { tenantId, userId },
  );
  await withTenant(db, tenantId, (tx) =>
    tx.sql.query(
      'UPDATE archive_documents SET screening_job_id = $2 WHERE id = $1 AND screening_job_id IS NULL',
      [documentId, jobId],
    ),
  );
  return jobId;
}

/** Every tenant's pending documents without a job (after a crash between import and enqueue). */
export async function sweepAllTenants(jobs: Jobs, db: Db): Promise<number> {
  const tenants = await db.sql.query<{ tenant_id: string }>(
    `SELECT DISTINCT tenant_id FROM archive_documents WHERE state = 'pending' AND screening_job_id IS NULL`,
  );
  let n = 0;
  for (const t of tenants.rows) n += await enqueuePending(jobs, db, t.tenant_id);
  return n;
}
