// /api/records: managing requests and documents — assignment and case context, document details for the
// aktliste, delete and replace. Thin handlers: parse → service → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/context.js';
import { jobsFor } from '../../platform/jobs/platform.js';
import { ZDocument, ZDocumentDetailsBody, ZIdParams, ZOk, ZUpdateRequestBody } from './contract.js';
import { enqueueScreening } from './jobs.js';
import {
  deleteDocument,
  editDocumentDetails,
  replaceDocument,
  type UploadedFile,
} from './service/documents.js';
import { listCaseworkers, updateRequest } from './service/manage.js';
import { recordsError } from './service/shared.js';

export const recordsManageRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const write = { permission: 'records.write' } as const;
  const tags = ['records'];
  const jobs = jobsFor(db);

  app.get(
    '/api/records/caseworkers',
    {
      config: { permission: 'records.read' },
      schema: {
        tags,
        summary: 'Who a request can be given to',
        response: { 200: z.object({ data: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async (req) => ({ data: await listCaseworkers(db, actorOf(req)) }),
  );
  app.patch(
    '/api/records/requests/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Assign caseworker and unit; case type, parties and case subject for screening',
        params: ZIdParams,
        body: ZUpdateRequestBody,
        response: { 200: ZOk },
      },
    },
    async (req) => updateRequest(db, actorOf(req), req.params.id, req.body),
  );
  app.patch(
    '/api/records/documents/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Edit title, date and sender as on the aktliste',
        params: ZIdParams,
        body: ZDocumentDetailsBody,
        response: { 200: ZDocument },
      },
    },
    async (req) => editDocumentDetails(db, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/api/records/documents/:id',
    { config: write, schema: { tags, summary: 'Remove a document (not after release)', params: ZIdParams } },
    async (req, reply) => {
      await deleteDocument(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/records/documents/:id/replace',
    {
      config: write,
      schema: {
        tags,
        summary: 'Replace the file of a document (multipart, one file); screening starts over',
        params: ZIdParams,
        response: { 200: z.object({ document: ZDocument, screeningJobId: z.uuid().nullable() }) },
      },
    },
    async (req) => {
      if (!req.isMultipart()) throw recordsError('file', 'send the file as multipart/form-data');
      const files: UploadedFile[] = [];
      for await (const part of req.files())
        files.push({ filename: part.filename || 'fil', bytes: new Uint8Array(await part.toBuffer()) });
      if (files.length !== 1) throw recordsError('file', 'send exactly one file');
      const actor = actorOf(req);
      const { document, requestId } = await replaceDocument(db, actor, req.params.id, files[0]!);
      const screeningJobId =
        document.screeningStatus === 'pending' ? await enqueueScreening(jobs, actor, requestId) : null;
      return { document, screeningJobId };
    },
  );
};
