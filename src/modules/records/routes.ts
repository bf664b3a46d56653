// /api/records: the caseworker's API for aktindsigt. Thin handlers: parse → service → present.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/context.js';
import { jobsFor } from '../../platform/jobs/platform.js';
import { registerTaskProvider } from '../../platform/tasks/registry.js';
import { LEGAL_BASES } from './domain/legal-basis.js';
import {
  ZComplaintBody,
  ZDecisionBody,
  ZDocument,
  ZFristbrevBody,
  ZIdParams,
  ZJournalEntryBody,
  ZLetterDraftBody,
  ZOk,
  ZPageSize,
  ZProblem,
  ZRegisterRequestBody,
  ZRequestDetail,
  ZRequestList,
  ZReviewState,
  ZSuggestionPage,
  ZSuggestionQuery,
  ZTextHitPage,
  ZTimeBody,
} from './contract.js';
import { enqueueScreening, registerRecordsJobs } from './jobs.js';
import {
  addDocuments,
  addJournalEntry,
  decideDocument,
  readDocumentContent,
  type UploadedFile,
} from './service/documents.js';
import { addComplaint, addTimeEntry, forwardComplaint } from './service/followup.js';
import { registerRequest } from './service/intake.js';
import {
  decideRequest,
  previewDecisionLetter,
  readLetter,
  saveLetterDraft,
  sendFristbrev,
} from './service/letters.js';
import { getRequest, listRequests } from './service/queries.js';
import { getLetterEditor, previewFristbrev, saveLetterText } from './service/letter-editor.js';
import { ZLetterEditor, ZLetterKindQuery, ZLetterTextBody } from './letter-contract.js';
import {
  documentPages,
  pageWords,
  renderPage,
  searchDocument,
  sharedPreviewService,
} from './service/pages.js';
import { listSuggestions, reviewState } from './service/suggestions.js';
import { pendingDocuments, retryFailedScreening } from './service/screening.js';
import { createRelease } from './service/release.js';
import { publicRecordsRoutes } from './public-routes.js';
import { recordsManageRoutes } from './manage-routes.js';
import { recordsError } from './service/shared.js';
import { moveLegacyContent } from './service/storage.js';
import { recordsTaskProvider } from './tasks.js';

const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

const disposition = (filename: string, inline = false) =>
  `${inline ? 'inline' : 'attachment'}; filename="${filename.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

export const recordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const read = { permission: 'records.read' } as const;
  const write = { permission: 'records.write' } as const;
  const tags = ['records'];
  await app.register(multipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 500, fields: 10 } });
  await app.register(publicRecordsRoutes);
  await app.register(recordsManageRoutes);
  registerTaskProvider('records', recordsTaskProvider);
  const jobs = jobsFor(db);
  registerRecordsJobs(jobs, db);
  // Files that migration 0008 took out of bytea columns go into the document store before the app serves.
  // The review viewer's first page should not wait for a worker thread to boot.
  app.addHook('onReady', async () => sharedPreviewService().pool.warm());
  app.addHook('onReady', async () => {
    const moved = await moveLegacyContent(db);
    if (moved.moved || moved.failed) app.log.info(moved, 'records files moved into the document store');
  });

  app.get(
    '/api/records/legal-bases',
    { config: read, schema: { tags, summary: 'The catalogue of legal grounds' } },
    async () => ({ bases: LEGAL_BASES }),
  );

  app.get(
    '/api/records/requests',
    {
      config: read,
      schema: {
        tags,
        summary: 'Requests in my scope, by deadline',
        querystring: z.object({ open: z.enum(['true', 'false']).optional() }),
        response: { 200: ZRequestList },
      },
    },
    async (req) => ({ requests: await listRequests(db, actorOf(req), { open: req.query.open === 'true' }) }),
  );
  app.post(
    '/api/records/requests',
    {
      config: write,
      schema: {
        tags,
        summary: 'Register a request received by e-mail, phone, letter or in person',
        body: ZRegisterRequestBody,
      },
    },
    async (req, reply) => {
      const ack = await registerRequest(db, actorOf(req), req.body);
      return reply.status(201).send(ack);
    },
  );
  app.get(
    '/api/records/requests/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One request with documents, deadlines and problems',
        params: ZIdParams,
        response: { 200: ZRequestDetail },
      },
    },
    async (req) => getRequest(db, actorOf(req), req.params.id),
  );

  app.post(
    '/api/records/requests/:id/documents',
    {
      config: write,
      schema: { tags, summary: 'Upload files or a zip (multipart/form-data)', params: ZIdParams },
      bodyLimit: MAX_UPLOAD_BYTES,
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw recordsError('file', 'send the files as multipart/form-data');
      const files: UploadedFile[] = [];
      for await (const part of req.files())
        files.push({ filename: part.filename || 'fil', bytes: new Uint8Array(await part.toBuffer()) });
      const actor = actorOf(req);
      const documents = await addDocuments(db, actor, req.params.id, files);
      // New documents are screened in the background; the client follows the job at /api/jobs/:id.
      const screeningJobId = documents.some((d) => d.screeningStatus === 'pending')
        ? await enqueueScreening(jobs, actor, req.params.id)
        : null;
      return reply.status(201).send({ documents, screeningJobId });
    },
  );
  app.post(
    '/api/records/requests/:id/journal-entries',
    {
      config: write,
      schema: {
        tags,
        summary: 'Add a journal entry',
        params: ZIdParams,
        body: ZJournalEntryBody,
        response: { 201: ZDocument },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const document = await addJournalEntry(db, actor, req.params.id, req.body);
      // The entry's text is screened like any document (it can name citizens).
      if (document.screeningStatus === 'pending') await enqueueScreening(jobs, actor, req.params.id);
      return reply.status(201).send(document);
    },
  );
  app.get(
    '/api/records/documents/:id/content',
    {
      config: read,
      schema: {
        tags,
        summary: 'The document file (every view is audited)',
        params: ZIdParams,
        querystring: z.object({ variant: z.enum(['original', 'redacted']).default('original') }),
      },
    },
    async (req, reply) => {
      const file = await readDocumentContent(db, actorOf(req), req.params.id, req.query.variant);
      return reply
        .type(file.mediaType)
        .header('content-disposition', disposition(file.filename, true))
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes));
    },
  );
  app.get(
    '/api/records/documents/:id/pages',
    {
      config: read,
      schema: {
        tags,
        summary: 'Page sizes in PDF points for the review viewer (audited as a view)',
        params: ZIdParams,
        response: { 200: z.object({ pages: z.array(ZPageSize) }) },
      },
    },
    async (req) => ({ pages: await documentPages(db, actorOf(req), req.params.id) }),
  );
  app.get(
    '/api/records/documents/:id/pages/:page/image',
    {
      config: read,
      schema: {
        tags,
        summary: 'One page rendered to PNG (every view is audited)',
        params: ZIdParams.extend({ page: z.coerce.number().int().min(1).max(100_000) }),
        // Rendered at most at 200 dpi (snapped to a few resolutions, so the page cache is shared).
        querystring: z.object({ dpi: z.coerce.number().int().min(36).max(300).default(110) }),
      },
    },
    async (req, reply) => {
      const png = await renderPage(db, actorOf(req), req.params.id, req.params.page, req.query.dpi);
      return reply.type('image/png').header('cache-control', 'private, no-store').send(Buffer.from(png));
    },
  );
  app.get(
    '/api/records/documents/:id/suggestions',
    {
      config: read,
      schema: {
        tags,
        summary: 'Suggested redactions, paged, optionally of one page of the document (audited)',
        params: ZIdParams,
        querystring: ZSuggestionQuery,
        response: { 200: ZSuggestionPage },
      },
    },
    async (req) => listSuggestions(db, actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/api/records/documents/:id/review-state',
    {
      config: read,
      schema: {
        tags,
        summary: 'Suggestion ids and pages, accepted suggestions and manual boxes of one document',
        params: ZIdParams,
        response: { 200: ZReviewState },
      },
    },
    async (req) => reviewState(db, actorOf(req), req.params.id),
  );
  app.get(
    '/api/records/documents/:id/search',
    {
      config: read,
      schema: {
        tags,
        summary: 'Where a phrase occurs in the document text (for redacting every occurrence; audited)',
        params: ZIdParams,
        querystring: z.object({ q: z.string().trim().min(2).max(200) }),
        response: { 200: ZTextHitPage },
      },
    },
    async (req) => {
      const hits = await searchDocument(db, actorOf(req), req.params.id, req.query.q);
      return {
        data: hits.map((h) => ({ page: h.page, box: h.box })),
        count: hits.length,
        page: 1,
        perPage: hits.length,
      };
    },
  );
  app.get(
    '/api/records/documents/:id/pages/:page/words',
    {
      config: read,
      schema: {
        tags,
        summary: 'The words of one page with their boxes, for selecting text in the viewer (audited)',
        params: ZIdParams.extend({ page: z.coerce.number().int().min(1).max(100_000) }),
        response: {
          200: z.object({
            words: z.array(
              z.object({ text: z.string(), box: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
            ),
          }),
        },
      },
    },
    async (req) => ({
      words: (await pageWords(db, actorOf(req), req.params.id, req.params.page)).map((w) => ({
        text: w.text,
        box: w.box,
      })),
    }),
  );
  app.put(
    '/api/records/documents/:id/decision',
    {
      config: write,
      schema: {
        tags,
        summary: 'Review and decide one document',
        params: ZIdParams,
        body: ZDecisionBody,
        response: { 200: z.object({ document: ZDocument, problems: z.array(ZProblem) }) },
      },
    },
    async (req) => decideDocument(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/records/requests/:id/screen',
    {
      config: write,
      schema: {
        tags,
        summary: 'Screen pending documents as a background job (records.screen)',
        params: ZIdParams,
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      // Checks access (404 outside the actor's scope) before anything is queued; failed documents are retried.
      await retryFailedScreening(db, actor, req.params.id);
      const pending = await pendingDocuments(db, actor, req.params.id);
      if (pending.length === 0) return reply.status(200).send({ jobId: null, pending: 0 });
      const jobId = await enqueueScreening(jobs, actor, req.params.id);
      return reply.status(202).send({ jobId, pending: pending.length });
    },
  );

  app.put(
    '/api/records/requests/:id/letter-draft',
    {
      config: write,
      schema: {
        tags,
        summary: 'Save the decision letter draft',
        params: ZIdParams,
        body: ZLetterDraftBody,
        response: { 200: ZOk },
      },
    },
    async (req) => saveLetterDraft(db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/records/requests/:id/letter-preview',
    {
      config: read,
      schema: {
        tags,
        summary: 'The decision letter or the fristbrev as PDF, with the edits, not yet sent',
        params: ZIdParams,
        querystring: ZLetterKindQuery,
      },
    },
    async (req, reply) => {
      const fristbrev = req.query.kind === 'fristbrev';
      const pdf = fristbrev
        ? await previewFristbrev(db, actorOf(req), req.params.id)
        : await previewDecisionLetter(db, actorOf(req), req.params.id);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          disposition(fristbrev ? 'udkast-fristbrev.pdf' : 'udkast-afgoerelse.pdf', true),
        )
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );
  app.get(
    '/api/records/requests/:id/letter',
    {
      config: read,
      schema: {
        tags,
        summary: 'The letter editor: generated sections, edits, reasons and what blocks sending',
        params: ZIdParams,
        querystring: ZLetterKindQuery,
        response: { 200: ZLetterEditor },
      },
    },
    async (req) => getLetterEditor(db, actorOf(req), req.params.id, req.query.kind),
  );
  app.put(
    '/api/records/requests/:id/letter-text',
    {
      config: write,
      schema: {
        tags,
        summary: 'Save edited letter sections (and the fristbrev reason and date)',
        params: ZIdParams,
        body: ZLetterTextBody,
        response: { 200: ZOk },
      },
    },
    async (req) => saveLetterText(db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/records/requests/:id/letters/:letterId',
    {
      config: read,
      schema: {
        tags,
        summary: 'A sent letter (PDF)',
        params: z.object({ id: z.uuid(), letterId: z.uuid() }),
      },
    },
    async (req, reply) => {
      const pdf = await readLetter(db, actorOf(req), req.params.id, req.params.letterId);
      return reply
        .type('application/pdf')
        .header('content-disposition', disposition('brev.pdf', true))
        .send(Buffer.from(pdf));
    },
  );
  app.post(
    '/api/records/requests/:id/fristbrev',
    {
      config: write,
      schema: {
        tags,
        summary: 'Send a fristbrev (reason and expected date)',
        params: ZIdParams,
        body: ZFristbrevBody,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await sendFristbrev(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/records/requests/:id/decide',
    {
      config: write,
      schema: {
        tags,
        summary: 'Decide (with ?partial=true: a partial decision on the documents decided so far)',
        params: ZIdParams,
        querystring: z.object({ partial: z.enum(['true', 'false']).optional() }),
      },
    },
    async (req) => decideRequest(db, actorOf(req), req.params.id, { partial: req.query.partial === 'true' }),
  );
  app.post(
    '/api/records/requests/:id/release',
    {
      config: write,
      schema: { tags, summary: 'Build the release package behind an expiring link', params: ZIdParams },
    },
    async (req, reply) => {
      const r = await createRelease(db, actorOf(req), req.params.id);
      return reply.status(201).send({
        downloadUrl: `/api/public/records/download/${r.token}`,
        expiresAt: r.expiresAt,
        files: r.files,
        bytes: r.bytes,
      });
    },
  );
  app.post(
    '/api/records/requests/:id/time',
    {
      config: write,
      schema: { tags, summary: 'Register time spent (OFL § 9)', params: ZIdParams, body: ZTimeBody },
    },
    async (req, reply) =>
      reply.status(201).send(await addTimeEntry(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/records/requests/:id/complaints',
    {
      config: write,
      schema: {
        tags,
        summary: 'Record a complaint (OFL §§ 37, 39)',
        params: ZIdParams,
        body: ZComplaintBody,
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addComplaint(db, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/records/complaints/:id/forward',
    {
      config: write,
      schema: { tags, summary: 'Uphold the decision and forward the complaint', params: ZIdParams },
    },
    async (req) => forwardComplaint(db, actorOf(req), req.params.id),
  );
};
