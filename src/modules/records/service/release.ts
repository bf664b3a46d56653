// The release package: the redacted PDFs of released documents, the aktliste (PDF and CSV) and the decision
// letter, zipped and offered behind a download link that expires. The requester follows status and
// downloads with their own tokens, without logging in.
import { writeAudit } from '../../../platform/audit/log.js';
import { withSystem, withTenant, type Db, type TenantTx } from '../../../platform/db/database.js';
import { appendEvent } from '../../../platform/events/events.js';
import { requirePermission, systemActor, type Actor } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { findTenantBySlug } from '../../../platform/tenancy/service.js';
import { RedactionError, sharedRedactionPool, type TRedactionPool } from '../../redaction/index.js';
import { aktlisteCsv, aktlisteRows } from '../domain/aktliste.js';
import { legalBasis } from '../domain/legal-basis.js';
import { RECORDS_EVENTS } from '../domain/events.js';
import { STATUS_NAMES, transition, TransitionError } from '../domain/request.js';
import { renderAktlistePdf } from '../output/aktliste-pdf.js';
import { PdfWriter } from '../output/pdf-layout.js';
import { createZip, safeEntryName, type ZipEntry } from '../output/zip-writer.js';
import {
  decisionInput,
  assertAllChecked,
  hashToken,
  loadDocuments,
  loadRequest,
  newToken,
  recordsError,
  REQUEST_COLUMNS,
  today,
  type DocumentRow,
  type RequestRow,
} from './shared.js';
import { documentFormat } from './documents.js';
import { loadFile, storeFile } from './storage.js';

/** Days a download link stays valid: RODTRAD_RECORDS_LINK_DAYS, default 30. */
export function linkDays(): number {
  const n = Number(process.env.RODTRAD_RECORDS_LINK_DAYS ?? 30);
  return Number.isInteger(n) && n >= 1 && n <= 365 ? n : 30;
}

async function journalPdf(title: string, text: string, caseNumber: string): Promise<Uint8Array> {
  const w = await PdfWriter.create(title, `Journalnotat · Sagsnr. ${caseNumber}`);
  w.text(title, { size: 13, bold: true, gapAfter: 8 });
  w.text(text || ' ');
  return w.save();
}

type ReleasedFile = ZipEntry & { produced: boolean };

async function releasedFile(
  d: DocumentRow,
  content: Uint8Array,
  caseNumber: string,
  pool: TRedactionPool,
): Promise<ReleasedFile> {
  const base = `${String(d.number).padStart(3, '0')}-${safeEntryName(d.title)}`;
  // A journal entry with text was screened as text and is redacted like a text file; an empty one is a title.
  if (d.kind === 'journal' && !new TextDecoder().decode(content).trim())
    return {
      name: `dokumenter/${base}.pdf`,
      bytes: await journalPdf(d.title, new TextDecoder().decode(content), caseNumber),
      produced: true,
    };
  const format = documentFormat(content);
  if (!format || format === 'zip') {
    // A format the redaction module cannot read: only a full release can include it, unchanged.
    if (d.decision !== 'release')
      throw recordsError('file', `document ${d.number} cannot be redacted (unsupported format)`);
    return {
      name: `dokumenter/${base}-${safeEntryName(d.filename ?? 'fil')}`,
      bytes: content,
      produced: false,
    };
  }
  const manual =
    d.decision === 'partial'
      ? d.redactions
          .filter((r) => r.page && r.box)
          .map((r) => ({
            page: r.page!,
            x0: r.box![0],
            y0: r.box![1],
            x1: r.box![2],
            y1: r.box![3],
            // The box is labelled with the ground's citation ("§ 30, nr. 1"), not the catalogue key.
            legalBasis: legalBasis(r.basisKey)?.citation ?? r.basisKey,
          }))
      : [];
  // All redactions are passed as boxes (accepted suggestions included); no unreviewed suggestion is applied,
  // so detection is not run again.
  let pdf: Uint8Array;
  try {
    ({ pdf } = await pool.redact(content, {
      accept: [],
      manual,
      detect: false,
      name: d.filename ?? undefined,
    }));
  } catch (e) {
    // Verification refused the output: say where, so the caseworker can draw a box there or keep the item
    // (issue 14). The item's text is in the field error for the caseworker, not in the logged detail.
    if (e instanceof RedactionError && e.code === 'VERIFICATION_FAILED')
      throw recordsError(
        'redaction',
        `document ${d.number}: verification refused the redacted output on page ${e.data.page ?? '?'}`,
        [
          {
            path: `documents.${d.number}.page.${e.data.page ?? 0}`,
            message: e.data.item ?? e.data.label ?? '',
          },
        ],
      );
    throw e;
  }
  return { name: `dokumenter/${base}.pdf`, bytes: pdf, produced: true };
}

/**
 * The files of the released documents, in document order. A redacted PDF made for an earlier release is
 * reused (deciding a document again clears it); the others are produced in the redaction pool, as many at a
 * time as it has workers, and stored in the document store.
 */
export async function releasedFiles(
  db: Db,
  docs: DocumentRow[],
  caseNumber: string,
  pool: TRedactionPool = sharedRedactionPool(),
): Promise<{ entries: ZipEntry[]; produced: { id: string; sha256: string }[] }> {
  const toProduce = docs.filter((x) => (x.decision === 'release' || x.decision === 'partial') && x.sha256);
  const entries: (ZipEntry | null)[] = toProduce.map(() => null);
  const produced: { id: string; sha256: string }[] = [];
  let next = 0;
  const runner = async (): Promise<void> => {
    while (next < toProduce.length) {
      const i = next++;
      const d = toProduce[i]!;
      const base = `${String(d.number).padStart(3, '0')}-${safeEntryName(d.title)}`;
      if (d.redacted_sha256) {
        entries[i] = { name: `dokumenter/${base}.pdf`, bytes: await loadFile(db, d.redacted_sha256) };
        continue;
      }
      const file = await releasedFile(d, await loadFile(db, d.sha256!), caseNumber, pool);
      entries[i] = { name: file.name, bytes: file.bytes };
      if (file.produced) produced.push({ id: d.id, sha256: await storeFile(db, file.bytes) });
    }
  };
  await Promise.all(Array.from({ length: Math.min(pool.size, toProduce.length) }, runner));
  return { entries: entries.filter((e): e is ZipEntry => e !== null), produced };
}

export async function createRelease(
  db: Db,
  actor: Actor,
  requestId: string,
  pool: TRedactionPool = sharedRedactionPool(),
) {
  requirePermission(actor, 'records.write');
  const { request, docs, versions, letter, municipality } = await withTenant(
    db,
    actor.tenantId,
    async (tx) => {
      const request = await loadRequest(tx, actor, requestId);
      try {
        transition(request.status, 'release');
      } catch (e) {
        if (e instanceof TransitionError) throw recordsError('transition', e.message);
        throw e;
      }
      const docs = await loadDocuments(tx, requestId);
      assertAllChecked(docs);
      const versions = await documentVersions(tx, requestId, false);
      const letter = (
        await tx.sql.query<{ pdf: Uint8Array }>(
          `SELECT pdf FROM records_letters WHERE request_id = $1 AND kind IN ('decision', 'partial_decision') ORDER BY created_at DESC LIMIT 1`,
          [requestId],
        )
      ).rows[0];
      const municipality =
        (await tx.sql.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1', [tx.tenantId]))
          .rows[0]?.name ?? '';
      return { request, docs, versions, letter, municipality };
    },
  );
  if (!letter) throw recordsError('transition', 'no decision letter');
  const entries: ZipEntry[] = [{ name: 'afgoerelse.pdf', bytes: new Uint8Array(letter.pdf) }];
  const byNumber = new Map(docs.map((d) => [d.number, d]));
  // The aktliste names the sender, and says so when a document went out without redaction or is a duplicate.
  const rows = aktlisteRows(docs.map(decisionInput)).map((row) => {
    const d = byNumber.get(row.number)!;
    const marks = [
      d.duplicate_of ? 'dublet' : null,
      d.unredacted_reason ? 'udleveret uden overstregning efter manuel gennemgang' : null,
    ].filter(Boolean);
    return {
      ...row,
      title: d.sender ? `${row.title} (afsender: ${d.sender})` : row.title,
      decision: marks.length ? `${row.decision} (${marks.join('; ')})` : row.decision,
    };
  });
  entries.push({
    name: 'aktliste.pdf',
    bytes: await renderAktlistePdf(rows, { caseNumber: request.case_number, municipality }),
  });
  entries.push({ name: 'aktliste.csv', bytes: new TextEncoder().encode(aktlisteCsv(rows)) });
  const files = await releasedFiles(db, docs, request.case_number, pool);
  entries.push(...files.entries);
  const redacted = files.produced;
  const zip = createZip(entries);
  const packageSha256 = await storeFile(db, zip);
  const link = newToken();
  const expiresAt = new Date(Date.now() + linkDays() * 86_400_000);
  return withTenant(db, actor.tenantId, async (tx) => {
    const r = await loadRequest(tx, actor, requestId, true);
    const status = transition(r.status, 'release');
    // The files were made outside any transaction (tens of seconds for a large request). Had a document been
    // decided again meanwhile, the package and the stored redacted PDF would carry the old decision — e.g.
    // without a box added over a missed CPR number — so the release is refused and can simply be retried.
    const now = await documentVersions(tx, requestId, true);
    if (now.size !== versions.size || [...now].some(([id, v]) => versions.get(id) !== v))
      throw recordsError('changed', 'documents were decided, added or removed during the release');
    for (const x of redacted)
      await tx.sql.query('UPDATE records_documents SET redacted_sha256 = $2 WHERE id = $1', [x.id, x.sha256]);
    // Released is final: every decided document is locked (decisions, replacement, screening).
    await tx.sql.query(
      `UPDATE records_documents SET released_at = now() WHERE request_id = $1 AND decision IS NOT NULL AND released_at IS NULL`,
      [requestId],
    );
    const row = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO records_releases (tenant_id, request_id, token_hash, expires_at, package_sha256) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [tx.tenantId, requestId, link.hash, expiresAt.toISOString(), packageSha256],
      )
    ).rows[0]!;
    await tx.sql.query(
      `UPDATE records_requests SET status = $2, released_on = coalesce(released_on, $3), updated_at = now() WHERE id = $1`,
      [requestId, status, today()],
    );
    await writeAudit(tx, actor, {
      action: 'records.release.create',
      objectType: 'records_request',
      objectId: requestId,
      details: { releaseId: row.id, files: entries.map((e) => e.name), expiresAt: expiresAt.toISOString() },
    });
    await appendEvent(tx, actor, {
      type: RECORDS_EVENTS.released,
      objectType: 'records_request',
      objectId: requestId,
      payload: { requestId, caseNumber: r.case_number, unitId: r.unit_id, files: entries.length },
    });
    return {
      releaseId: row.id,
      token: link.token,
      expiresAt: expiresAt.toISOString(),
      files: entries.map((e) => e.name),
      bytes: zip.byteLength,
    };
  });
}

/** Download by the link's token. Expired links answer 410; unknown ones 404. Each download is audited. */
export async function downloadRelease(
  db: Db,
  token: string,
  client: { ip: string | null; userAgent: string | null },
) {
  const found = await withSystem(
    db,
    async (tx) =>
      (
        await tx.sql.query<{ id: string; tenant_id: string; request_id: string; expired: boolean }>(
          `SELECT id, tenant_id, request_id, expires_at < now() AS expired FROM records_releases WHERE token_hash = $1`,
          [hashToken(token)],
        )
      ).rows[0],
  );
  if (!found) throw notFound();
  if (found.expired) throw recordsError('expired');
  const actor: Actor = {
    ...systemActor(found.tenant_id, 'public:download'),
    ip: client.ip,
    userAgent: client.userAgent,
  };
  // The download is counted and audited (committed) before the zip is read from the store.
  const row = await withTenant(db, found.tenant_id, async (tx) => {
    const row = (
      await tx.sql.query<{ package_sha256: string; case_number: string }>(
        `SELECT r.package_sha256, q.case_number FROM records_releases r JOIN records_requests q ON q.id = r.request_id WHERE r.id = $1`,
        [found.id],
      )
    ).rows[0]!;
    await tx.sql.query('UPDATE records_releases SET downloads = downloads + 1 WHERE id = $1', [found.id]);
    await writeAudit(tx, actor, {
      action: 'records.release.download',
      objectType: 'records_request',
      objectId: found.request_id,
      details: { releaseId: found.id },
    });
    return row;
  });
  return { bytes: await loadFile(db, row.package_sha256), filename: `aktindsigt-${row.case_number}.zip` };
}

/** What the requester sees with their status token: status, dates, and the latest unexpired package. */
export async function publicStatus(db: Db, tenantSlug: string, statusToken: string) {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant) throw notFound();
  return withTenant(db, tenant.id, async (tx) => {
    const r = (
      await tx.sql.query<RequestRow>(
        `SELECT ${REQUEST_COLUMNS} FROM records_requests WHERE status_token_hash = $1`,
        [hashToken(statusToken)],
      )
    ).rows[0];
    if (!r) throw notFound();
    const release = (
      await tx.sql.query<{ expires_at: Date | string }>(
        `SELECT expires_at FROM records_releases WHERE request_id = $1 AND expires_at > now() ORDER BY created_at DESC LIMIT 1`,
        [r.id],
      )
    ).rows[0];
    return {
      caseNumber: r.case_number,
      status: r.status,
      status_da: STATUS_NAMES[r.status].da,
      status_en: STATUS_NAMES[r.status].en,
      received: r.received,
      decisionDue: r.decision_due,
      expectedDecisionDate: r.expected_decision_date,
      decidedOn: r.decided_on,
      download: release
        ? {
            url: `/api/public/records/${tenant.slug}/requests/${statusToken}/package`,
            expiresAt: new Date(release.expires_at).toISOString(),
          }
        : null,
    };
  });
}

/** The latest unexpired package, fetched with the requester's status token. */
export async function downloadByStatusToken(
  db: Db,
  tenantSlug: string,
  statusToken: string,
  client: { ip: string | null; userAgent: string | null },
) {
  const tenant = await findTenantBySlug(db, tenantSlug);
  if (!tenant) throw notFound();
  const actor: Actor = {
    ...systemActor(tenant.id, 'public:download'),
    ip: client.ip,
    userAgent: client.userAgent,
  };
  const row = await withTenant(db, tenant.id, async (tx) => {
    const row = (
      await tx.sql.query<{
        id: string;
        request_id: string;
        package_sha256: string;
        case_number: string;
        expired: boolean;
      }>(
        `SELECT r.id, r.request_id, r.package_sha256, q.case_number, r.expires_at < now() AS expired FROM records_releases r
         JOIN records_requests q ON q.id = r.request_id WHERE q.status_token_hash = $1 ORDER BY r.created_at DESC LIMIT 1`,
        [hashToken(statusToken)],
      )
    ).rows[0];
    if (!row) throw notFound();
    if (row.expired) throw recordsError('expired');
    await tx.sql.query('UPDATE records_releases SET downloads = downloads + 1 WHERE id = $1', [row.id]);
    await writeAudit(tx, actor, {
      action: 'records.release.download',
      objectType: 'records_request',
      objectId: row.request_id,
      details: { releaseId: row.id, via: 'status' },
    });
    return row;
  });
  return { bytes: await loadFile(db, row.package_sha256), filename: `aktindsigt-${row.case_number}.zip` };
}

/** Each document's last change (to the microsecond), locked when `lock` so no decision lands mid-commit. */
async function documentVersions(
  tx: TenantTx,
  requestId: string,
  lock: boolean,
): Promise<Map<string, string>> {
  const rows = (
    await tx.sql.query<{ id: string; v: string }>(
      `SELECT id, updated_at::text AS v FROM records_documents WHERE request_id = $1${lock ? ' FOR UPDATE' : ''}`,
      [requestId],
    )
  ).rows;
  return new Map(rows.map((r) => [r.id, r.v]));
}
