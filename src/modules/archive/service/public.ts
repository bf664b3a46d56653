// Portal use cases (no login): the municipality's portal info, search, one published document, and
// "Indberet et problem", which hides the document at once and leaves it to a caseworker (audited).
import { writeAudit } from '../../../platform/audit/log.js';
import { withTenant, type Db } from '../../../platform/db/database.js';
import { systemActor, type Actor } from '../../../platform/http/context.js';
import { AppError, notFound } from '../../../platform/http/errors.js';
import { findTenantBySlug } from '../../../platform/tenancy/service.js';
import type { TPortalInfo, TReportBody, TSearchQueryInput } from '../contract.js';
import { publishedDocument, searchPortal, suggestAddresses } from './portal.js';
import { loadSettings } from './settings.js';

export type TClient = { ip: string | null; userAgent: string | null };

export async function portalTenant(db: Db, slug: string) {
  const tenant = await findTenantBySlug(db, slug);
  if (!tenant) throw notFound('no such municipality');
  const settings = await withTenant(db, tenant.id, (tx) => loadSettings(tx));
  if (!settings.portalEnabled)
    throw new AppError(
      'archive.portal_closed',
      'The archive portal of this municipality is closed.',
      undefined,
      {
        status: 404,
        da: 'Kommunens byggesagsarkiv er ikke åbent.',
        en: 'The archive portal of this municipality is closed.',
      },
    );
  return { tenant, settings };
}

export async function portalInfo(db: Db, slug: string): Promise<TPortalInfo> {
  const { tenant, settings } = await portalTenant(db, slug);
  return withTenant(db, tenant.id, async (tx) => {
    const types = await tx.sql.query<{ case_type: string }>(
      'SELECT DISTINCT case_type FROM archive_cases ORDER BY case_type',
    );
    const years = await tx.sql.query<{ year: number }>(
      'SELECT DISTINCT year FROM archive_cases WHERE year IS NOT NULL ORDER BY year DESC',
    );
    const docs = await tx.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM archive_documents WHERE state = 'published' AND NOT hidden_by_report`,
    );
    return {
      name: tenant.name,
      slug: tenant.slug,
      enabled: settings.portalEnabled,
      noindex: settings.portalNoindex,
      caseTypes: types.rows.map((r) => r.case_type),
      years: years.rows.map((r) => r.year),
      documents: docs.rows[0]?.n ?? 0,
    };
  });
}

export async function portalSearch(db: Db, slug: string, q: TSearchQueryInput) {
  const { tenant } = await portalTenant(db, slug);
  return withTenant(db, tenant.id, (tx) => searchPortal(tx, q));
}

export async function portalSuggest(db: Db, slug: string, q: string) {
  const { tenant } = await portalTenant(db, slug);
  return withTenant(db, tenant.id, (tx) => suggestAddresses(tx, q));
}

export async function portalDocument(db: Db, slug: string, id: string) {
  const { tenant, settings } = await portalTenant(db, slug);
  const doc = await withTenant(db, tenant.id, (tx) => publishedDocument(tx, id));
  if (!doc) throw notFound('no published document with this id');
  return { tenant, settings, doc };
}

const publicActor = (tenantId: string, client: TClient): Actor => ({
  ...systemActor(tenantId, 'public:portal'),
  ip: client.ip,
  userAgent: client.userAgent,
});

/** A citizen's report: the document leaves the portal at once and waits in the review queue. */
export async function reportProblem(db: Db, slug: string, id: string, body: TReportBody, client: TClient) {
  const { tenant } = await portalTenant(db, slug);
  const actor = publicActor(tenant.id, client);
  await withTenant(db, tenant.id, async (tx) => {
    const doc = await publishedDocument(tx, id);
    if (!doc) throw notFound('no published document with this id');
    await tx.sql.query(
      `INSERT INTO archive_reports (tenant_id, document_id, reason, message, contact) VALUES ($1,$2,$3,$4,$5)`,
      [tx.tenantId, id, body.reason, body.message ?? null, body.contact ?? null],
    );
    await tx.sql.query(
      `UPDATE archive_documents SET hidden_by_report = true, updated_at = now() WHERE id = $1`,
      [id],
    );
    await writeAudit(tx, actor, {
      action: 'archive.document.reported',
      objectType: 'archive_document',
      objectId: id,
      details: { reason: body.reason, caseNumber: doc.caseNumber, hidden: true },
    });
  });
  return {
    received: true as const,
    message_da: 'Tak. Dokumentet er skjult, indtil en medarbejder har set på det.',
    message_en: 'Thank you. The document is hidden until a member of staff has looked at it.',
  };
}
