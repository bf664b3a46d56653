// The caseworkers' side: figures of what waits, the review queue, one document with its proposed boxes,
// decisions (approve / redact with changed boxes / withhold / lock, with a reason), approving a whole case,
// page images for the viewer. Every read of a document under review and every decision is audited.
import * as mupdf from 'mupdf';
import { logPersonalDataRead, writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { readAll, type DocumentStore } from '../../../platform/documents/store.js';
import { requirePermission, type Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import type { Jobs } from '../../../platform/jobs/service.js';
import type { TDecisionBody, TOverview, TQueue, TReviewDocument, TSettings } from '../contract.js';
import { enqueueReviewed } from '../jobs.js';
import { loadSettings, saveSettings } from './settings.js';

export async function overview(db: Db, actor: Actor): Promise<TOverview> {
  requirePermission(actor, 'archive.review');
  return withTenant(db, actor.tenantId, async (tx) => {
    const states = await tx.sql.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM archive_documents GROUP BY state',
    );
    const reasons = await tx.sql.query<{ reason: string; n: number }>(
      `SELECT coalesce(reason, 'none') AS reason, count(*)::int AS n FROM archive_documents WHERE state = 'review' GROUP BY reason`,
    );
    const reported = await tx.sql.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM archive_documents WHERE hidden_by_report',
    );
    const totals = await tx.sql.query<{ cases: number; properties: number }>(
      'SELECT (SELECT count(*)::int FROM archive_cases) AS cases, (SELECT count(*)::int FROM archive_properties) AS properties',
    );
    const s = Object.fromEntries(states.rows.map((r) => [r.state, r.n]));
    return {
      states: s,
      review: s.review ?? 0,
      reported: reported.rows[0]?.n ?? 0,
      reasons: Object.fromEntries(reasons.rows.map((r) => [r.reason, r.n])),
      cases: totals.rows[0]?.cases ?? 0,
      properties: totals.rows[0]?.properties ?? 0,
    };
  });
}

type TQueueRow = {
  id: string;
  title: string;
  case_id: string;
  case_number: string;
  address_text: string;
  state: TReviewDocument['state'];
  reason: string | null;
  reason_detail: string | null;
  pages: number | null;
  hidden_by_report: boolean;
};
const QUEUE_SELECT = `SELECT d.id, d.title, d.case_id, c.case_number, p.address_text, d.state, d.reason, d.reason_detail, d.pages, d.hidden_by_report
  FROM archive_documents d JOIN archive_cases c ON c.id = d.case_id JOIN archive_properties p ON p.id = c.property_id`;
const toItem = (r: TQueueRow) => ({
  id: r.id,
  title: r.title,
  caseId: r.case_id,
  caseNumber: r.case_number,
  address: r.address_text,
  state: r.state,
  reason: r.reason,
  reasonDetail: r.reason_detail,
  pages: r.pages,
  reported: r.hidden_by_report,
});

export async function queue(
  db: Db,
  actor: Actor,
  q: { state: string; page: number; perPage: number },
): Promise<TQueue> {
  requirePermission(actor, 'archive.review');
  const where = q.state === 'reported' ? 'd.hidden_by_report' : 'd.state = $3';
  return withTenant(db, actor.tenantId, async (tx) => {
    const params =
      q.state === 'reported'
        ? [q.perPage, (q.page - 1) * q.perPage]
        : [q.perPage, (q.page - 1) * q.perPage, q.state];
    const rows = await tx.sql.query<TQueueRow>(
      `${QUEUE_SELECT} WHERE ${where} ORDER BY c.case_number, d.document_date NULLS LAST, d.id LIMIT $1 OFFSET $2`,
      params,
    );
    const count = await tx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM archive_documents d WHERE ${where.replace('$3', '$1')}`,
      q.state === 'reported' ? [] : [q.state],
    );
    return { data: rows.rows.map(toItem), count: count.rows[0]?.n ?? 0, page: q.page, perPage: q.perPage };
  });
}

async function loadForReview(tx: TenantTx, id: string) {
  const row = (
    await tx.sql.query<
      TQueueRow & {
        case_title: string;
        case_type: string;
        document_date: string | null;
        suggestions: TReviewDocument['suggestions'];
        manual_boxes: TReviewDocument['manualBoxes'];
        rejected: (string | { text: string })[];
        sha256: string;
        mime: string | null;
        published_sha256: string | null;
      }
    >(
      `SELECT d.id, d.title, d.case_id, c.case_number, p.address_text, d.state, d.reason, d.reason_detail, d.pages, d.hidden_by_report,
              c.title AS case_title, c.case_type, to_char(d.document_date, 'YYYY-MM-DD') AS document_date, d.suggestions,
              d.manual_boxes, d.rejected, d.sha256, d.mime, d.published_sha256
         FROM archive_documents d JOIN archive_cases c ON c.id = d.case_id JOIN archive_properties p ON p.id = c.property_id
        WHERE d.id = $1`,
      [id],
    )
  ).rows[0];
  if (!row) throw notFound('no archive document with this id');
  return row;
}

function pageSizes(pdf: Uint8Array): { width: number; height: number }[] {
  const doc = mupdf.Document.openDocument(pdf, 'application/pdf');
  try {
    const out = [];
    for (let i = 0; i < doc.countPages(); i++) {
      const [x0, y0, x1, y1] = doc.loadPage(i).getBounds();
      out.push({ width: x1 - x0, height: y1 - y0 });
    }
    return out;
  } finally {
    doc.destroy();
  }
}

export async function reviewDocument(
  db: Db,
  store: DocumentStore,
  actor: Actor,
  id: string,
): Promise<TReviewDocument> {
  requirePermission(actor, 'archive.review');
  return withTenant(db, actor.tenantId, async (tx) => {
    const row = await loadForReview(tx, id);
    const reports = await tx.sql.query<{ reason: string; message: string | null; created_at: Date }>(
      'SELECT reason, message, created_at FROM archive_reports WHERE document_id = $1 AND resolved_at IS NULL ORDER BY created_at',
      [id],
    );
    await logPersonalDataRead(tx, actor, 'archive_document', id);
    const sizes = row.published_sha256 ? pageSizes(await readAll(store, row.published_sha256)) : [];
    return {
      ...toItem(row),
      caseTitle: row.case_title,
      caseType: row.case_type,
      documentDate: row.document_date,
      suggestions: row.suggestions,
      manualBoxes: row.manual_boxes,
      rejected: row.rejected.filter((r): r is string => typeof r === 'string'),
      pageSizes: sizes,
      hasPublishedCopy: row.published_sha256 !== null,
      copyVersion: row.published_sha256?.slice(0, 16) ?? null,
      reports: reports.rows.map((r) => ({
        reason: r.reason,
        message: r.message,
        createdAt: new Date(r.created_at).toISOString(),
      })),
    };
  });
}

/** A page of the original or the published copy as PNG, for the reviewer's viewer (audited for originals). */
export async function pageImage(
  db: Db,
  store: DocumentStore,
  actor: Actor,
  id: string,
  page: number,
  copy: 'original' | 'published',
): Promise<Uint8Array> {
  requirePermission(actor, 'archive.review');
  const sha = await withTenant(db, actor.tenantId, async (tx) => {
    const row = await loadForReview(tx, id);
    if (copy === 'original') {
      await writeAudit(tx, actor, {
        action: 'archive.document.original_viewed',
        objectType: 'archive_document',
        objectId: id,
        details: { page },
      });
      return { sha: row.sha256, mime: row.mime ?? 'application/pdf' };
    }
    return { sha: row.published_sha256, mime: 'application/pdf' };
  });
  if (!sha.sha) throw notFound('this document has no published copy yet');
  const bytes = await readAll(store, sha.sha);
  const doc = mupdf.Document.openDocument(bytes, sha.mime);
  try {
    if (page > doc.countPages()) throw notFound('no such page');
    const p = doc.loadPage(page - 1);
    const pix = p.toPixmap(mupdf.Matrix.scale(1.5, 1.5), mupdf.ColorSpace.DeviceRGB, false);
    return pix.asPNG();
  } finally {
    doc.destroy();
  }
}

const reviewError = (detail: string, da: string) =>
  new AppError('archive.invalid_decision', detail, undefined, { status: 409, da, en: detail });

export async function decide(
  db: Db,
  jobs: Jobs,
  actor: Actor,
  id: string,
  body: TDecisionBody,
): Promise<{ state: TReviewDocument['state']; jobId: string | null }> {
  requirePermission(actor, 'archive.review');
  if ((body.action === 'withhold' || body.action === 'lock') && !body.reason?.trim())
    throw reviewError(
      'A reason is required to withhold or lock a document.',
      'Angiv en begrundelse for at tilbageholde eller låse.',
    );
  const next = await withTenant(db, actor.tenantId, async (tx) => {
    const row = await loadForReview(tx, id);
    let state: TReviewDocument['state'] = row.state;
    let requeue = false;
    if (body.action === 'approve') {
      if (!row.published_sha256)
        throw reviewError(
          'The document has no verified published copy yet.',
          'Dokumentet har endnu ingen verificeret offentlig kopi.',
        );
      state = 'published';
      await tx.sql.query(
        `UPDATE archive_documents SET state = 'published', reason = 'approved', reason_detail = $2, hidden_by_report = false,
            reviewed_by = $3, reviewed_at = now(), updated_at = now() WHERE id = $1`,
        [id, body.reason ?? null, actor.userId],
      );
    } else if (body.action === 'redact') {
      state = 'review';
      requeue = true;
      await tx.sql.query(
        `UPDATE archive_documents SET state = 'review', reason = 'redaction_changed', reason_detail = $4, manual_boxes = $2,
            rejected = $3, reviewed_by = $5, reviewed_at = now(), updated_at = now() WHERE id = $1`,
        [
          id,
          JSON.stringify(body.manualBoxes ?? []),
          JSON.stringify(body.rejected ?? []),
          body.reason ?? null,
          actor.userId,
        ],
      );
    } else {
      state = body.action === 'withhold' ? 'withheld' : 'locked';
      await tx.sql.query(
        `UPDATE archive_documents SET state = $2, reason = $3, reason_detail = $4, reviewed_by = $5, reviewed_at = now(), updated_at = now()
          WHERE id = $1`,
        [
          id,
          state,
          body.action === 'withhold' ? 'withheld_by_caseworker' : 'locked_by_caseworker',
          body.reason,
          actor.userId,
        ],
      );
    }
    if (body.action !== 'redact')
      await tx.sql.query(
        `UPDATE archive_reports SET resolved_at = now(), resolved_by = $2, resolution = $3 WHERE document_id = $1 AND resolved_at IS NULL`,
        [id, actor.userId, body.action],
      );
    await writeAudit(tx, actor, {
      action: `archive.document.${body.action}`,
      objectType: 'archive_document',
      objectId: id,
      details: {
        from: row.state,
        to: state,
        reason: body.reason ?? null,
        manualBoxes: body.manualBoxes?.length ?? 0,
        rejected: body.rejected?.length ?? 0,
      },
    });
    return { state, requeue };
  });
  const jobId = next.requeue ? await enqueueReviewed(jobs, db, actor.tenantId, id, actor.userId) : null;
  return { state: next.state, jobId };
}

/** Approves every document of a case that waits in review and has a verified published copy. */
export async function approveCase(db: Db, actor: Actor, caseId: string): Promise<{ approved: number }> {
  requirePermission(actor, 'archive.review');
  return withTenant(db, actor.tenantId, async (tx) => {
    const exists = await tx.sql.query('SELECT 1 FROM archive_cases WHERE id = $1', [caseId]);
    if (exists.rows.length === 0) throw notFound('no archive case with this id');
    const rows = await tx.sql.query<{ id: string }>(
      `UPDATE archive_documents SET state = 'published', reason = 'approved', hidden_by_report = false, reviewed_by = $2,
          reviewed_at = now(), updated_at = now()
        WHERE case_id = $1 AND state = 'review' AND published_sha256 IS NOT NULL AND screening_job_id IS NOT NULL RETURNING id`,
      [caseId, actor.userId],
    );
    await writeAudit(tx, actor, {
      action: 'archive.case.approve',
      objectType: 'archive_case',
      objectId: caseId,
      details: { documents: rows.rows.map((r) => r.id) },
    });
    return { approved: rows.rows.length };
  });
}

export async function getSettings(db: Db, actor: Actor): Promise<TSettings> {
  requirePermission(actor, 'archive.review');
  return withTenant(db, actor.tenantId, (tx) => loadSettings(tx));
}

export async function putSettings(db: Db, actor: Actor, s: TSettings): Promise<TSettings> {
  requirePermission(actor, 'archive.manage');
  return withTenant(db, actor.tenantId, async (tx) => {
    await saveSettings(tx, s);
    await writeAudit(tx, actor, {
      action: 'archive.settings.update',
      objectType: 'archive_settings',
      details: s,
    });
    return s;
  });
}
