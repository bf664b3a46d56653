// HTTP routes of the open building archive: the public portal (no login, rate limited) under
// /api/public/archive/:tenant, and the caseworkers' review, import and settings under /api/archive.
// Handlers are thin: they call the services, which check permissions again and audit.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { readAll } from '../../platform/documents/store.js';
import { actorOf, requirePermission } from '../../platform/http/context.js';
import { AppError } from '../../platform/http/errors.js';
import { jobsFor, jobsSettings } from '../../platform/jobs/platform.js';
import {
  ZCaseApproval,
  ZDecisionBody,
  ZDecisionResult,
  ZIdParams,
  ZImportQuery,
  ZImportResult,
  ZOverview,
  ZPageParams,
  ZPageQuery,
  ZPortalInfo,
  ZPublicDocParams,
  ZPublicDocument,
  ZQueue,
  ZQueueQuery,
  ZReportBody,
  ZReportReceipt,
  ZReviewDocument,
  ZSearchQuery,
  ZSearchResult,
  ZSettings,
  ZSuggestions,
  ZSuggestQuery,
  ZTenantParams,
} from './contract.js';
import { ManifestError } from './domain/manifest.js';
import { IMPORT_JOB, registerArchiveJobs, sweepAllTenants, type TImportJobData } from './jobs.js';
import { importManifest } from './service/import.js';
import { portalDocument, portalInfo, portalSearch, portalSuggest, reportProblem } from './service/public.js';
import {
  approveCase,
  decide,
  getSettings,
  overview,
  pageImage,
  putSettings,
  queue,
  reviewDocument,
} from './service/review.js';
import { archiveStore } from './service/store.js';
import { openZipArchive, ZipImportError } from './service/zip-source.js';

const MAX_ZIP_BYTES = Number(process.env.RODTRAD_ARCHIVE_ZIP_MAX_BYTES ?? 2 * 1024 * 1024 * 1024);
const SEARCH_PER_MINUTE = Number(process.env.RODTRAD_ARCHIVE_SEARCH_PER_MINUTE ?? 120);

const client = (req: { ip: string; headers: Record<string, unknown> }) => ({
  ip: req.ip ?? null,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 500) : null,
});

const importError = (detail: string) =>
  new AppError('archive.import_invalid', detail, undefined, { status: 400, da: detail, en: detail });

export const archiveRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const jobs = jobsFor(db);
  registerArchiveJobs(jobs, db);
  const store = () => archiveStore(db, app.appConfig);
  // After the job service started (jobs plugin's onReady runs first): documents that lost their job in a
  // crash between import and enqueue are queued again.
  app.addHook('onReady', async () => {
    if (jobsSettings().workers) await sweepAllTenants(jobs, db).catch((e) => app.log.error(e));
  });
  await app.register(multipart, { limits: { fileSize: MAX_ZIP_BYTES + 1, files: 1, fields: 5 } });

  const tags = ['archive (public)'];
  const open = { permission: 'public' } as const;
  const limited = (max: number) => ({ ...open, rateLimit: { max, timeWindow: '1 minute' } });

  app.get(
    '/api/public/archive/:tenant',
    {
      config: limited(SEARCH_PER_MINUTE),
      schema: { tags, security: [], params: ZTenantParams, response: { 200: ZPortalInfo } },
    },
    async (req, reply) => {
      const info = await portalInfo(db, req.params.tenant);
      if (info.noindex) reply.header('x-robots-tag', 'noindex, nofollow');
      return info;
    },
  );
  app.get(
    '/api/public/archive/:tenant/search',
    {
      config: limited(SEARCH_PER_MINUTE),
      schema: {
        tags,
        security: [],
        summary: 'Search the open archive',
        params: ZTenantParams,
        querystring: ZSearchQuery,
        response: { 200: ZSearchResult },
      },
    },
    async (req) => portalSearch(db, req.params.tenant, req.query),
  );
  app.get(
    '/api/public/archive/:tenant/suggest',
    {
      config: limited(SEARCH_PER_MINUTE * 3),
      schema: {
        tags,
        security: [],
        summary: 'Address autocomplete',
        params: ZTenantParams,
        querystring: ZSuggestQuery,
        response: { 200: ZSuggestions },
      },
    },
    async (req) => ({ data: await portalSuggest(db, req.params.tenant, req.query.q) }),
  );
  app.get(
    '/api/public/archive/:tenant/documents/:id',
    {
      config: limited(SEARCH_PER_MINUTE),
      schema: { tags, security: [], params: ZPublicDocParams, response: { 200: ZPublicDocument } },
    },
    async (req, reply) => {
      const { doc, settings } = await portalDocument(db, req.params.tenant, req.params.id);
      if (settings.portalNoindex) reply.header('x-robots-tag', 'noindex, nofollow');
      return doc;
    },
  );
  app.get(
    '/api/public/archive/:tenant/documents/:id/pdf',
    {
      config: limited(60),
      schema: {
        tags,
        security: [],
        summary: 'The published (redacted) PDF: never an original',
        params: ZPublicDocParams,
      },
    },
    async (req, reply) => {
      const { doc, settings } = await portalDocument(db, req.params.tenant, req.params.id);
      const bytes = await readAll(store(), doc.publishedSha256);
      const name =
        `${doc.caseNumber}-${doc.title}`.replace(/[^\p{L}\p{N}._-]+/gu, '_').slice(0, 120) + '.pdf';
      const disposition = (req.query as { download?: string }).download ? 'attachment' : 'inline';
      if (settings.portalNoindex) reply.header('x-robots-tag', 'noindex, nofollow');
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `${disposition}; filename="${name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'public, max-age=300')
        .send(Buffer.from(bytes));
    },
  );
  app.post(
    '/api/public/archive/:tenant/documents/:id/report',
    {
      config: { ...open, rateLimit: { max: 10, timeWindow: '1 hour' } },
      schema: {
        tags,
        security: [],
        summary: 'Indberet et problem: hides the document at once',
        params: ZPublicDocParams,
        body: ZReportBody,
        response: { 202: ZReportReceipt },
      },
    },
    async (req, reply) =>
      reply
        .status(202)
        .send(await reportProblem(db, req.params.tenant, req.params.id, req.body, client(req))),
  );

  // ---- caseworkers ----
  const staff = ['archive'];
  app.get(
    '/api/archive/overview',
    { config: { permission: 'archive.review' }, schema: { tags: staff, response: { 200: ZOverview } } },
    async (req) => overview(db, actorOf(req)),
  );
  app.get(
    '/api/archive/documents',
    {
      config: { permission: 'archive.review' },
      schema: { tags: staff, querystring: ZQueueQuery, response: { 200: ZQueue } },
    },
    async (req) => queue(db, actorOf(req), req.query),
  );
  app.get(
    '/api/archive/documents/:id',
    {
      config: { permission: 'archive.review' },
      schema: { tags: staff, params: ZIdParams, response: { 200: ZReviewDocument } },
    },
    async (req) => reviewDocument(db, store(), actorOf(req), req.params.id),
  );
  app.get(
    '/api/archive/documents/:id/pages/:page',
    {
      config: { permission: 'archive.review' },
      schema: { tags: staff, params: ZPageParams, querystring: ZPageQuery },
    },
    async (req, reply) => {
      const png = await pageImage(db, store(), actorOf(req), req.params.id, req.params.page, req.query.copy);
      return reply.type('image/png').header('cache-control', 'private, no-store').send(Buffer.from(png));
    },
  );
  app.post(
    '/api/archive/documents/:id/decision',
    {
      config: { permission: 'archive.review' },
      schema: { tags: staff, params: ZIdParams, body: ZDecisionBody, response: { 200: ZDecisionResult } },
    },
    async (req) => decide(db, jobs, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/archive/cases/:id/approve',
    {
      config: { permission: 'archive.review' },
      schema: { tags: staff, params: ZIdParams, response: { 200: ZCaseApproval } },
    },
    async (req) => approveCase(db, actorOf(req), req.params.id),
  );
  app.get(
    '/api/archive/settings',
    { config: { permission: 'archive.review' }, schema: { tags: staff, response: { 200: ZSettings } } },
    async (req) => getSettings(db, actorOf(req)),
  );
  app.put(
    '/api/archive/settings',
    {
      config: { permission: 'archive.manage' },
      schema: { tags: staff, body: ZSettings, response: { 200: ZSettings } },
    },
    async (req) => putSettings(db, actorOf(req), req.body),
  );
  app.post(
    '/api/archive/import',
    {
      config: { permission: 'archive.import' },
      schema: {
        tags: staff,
        summary: 'Upload a zip (manifest.csv + files); ?dryRun=true checks every line without importing',
        consumes: ['multipart/form-data'],
        querystring: ZImportQuery,
        response: { 200: ZImportResult, 202: ZImportResult },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      requirePermission(actor, 'archive.import');
      if (!req.isMultipart()) throw importError('send the zip as multipart/form-data (field "file")');
      const part = await req.file();
      if (!part) throw importError('no file in the upload');
      const bytes = new Uint8Array(await part.toBuffer());
      if (bytes.length > MAX_ZIP_BYTES) throw importError('the zip is too large');
      const dryRun = req.query.dryRun === 'true' || req.query.dryRun === '1';
      let zip;
      try {
        zip = await openZipArchive(bytes);
      } catch (error) {
        if (error instanceof ZipImportError) throw importError(error.message);
        throw error;
      }
      try {
        // Every line is checked first (files read and inspected); the import itself runs as a job.
        const check = await importManifest(db, store(), actor, zip.manifest, zip.source, { dryRun: true });
        const result = {
          dryRun,
          rows: check.rows,
          ok: check.rows - check.problems.length,
          problems: check.problems,
          jobId: null as string | null,
        };
        if (dryRun) return result;
        const stored = await store().put(bytes);
        result.jobId = await jobs.enqueue<TImportJobData>(
          IMPORT_JOB,
          { zipSha256: stored.sha256, name: part.filename || 'import.zip' },
          { tenantId: actor.tenantId, userId: actor.userId },
        );
        return reply.status(202).send(result);
      } catch (error) {
        if (error instanceof ManifestError) throw importError(error.message);
        throw error;
      } finally {
        zip.close();
      }
    },
  );
};
