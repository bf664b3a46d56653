// /api/documents: upload (multipart, field "file") and download. The type is sniffed from the content; the
// download is sent with that type, as an attachment, with nosniff. Every download is in the audit log.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/context.js';
import { documentsConfig } from './config.js';
import { bindDocumentStore } from './platform.js';
import { ZDocument, ZDocumentParams } from './contract.js';
import { createDocumentService, DOCUMENT_ERRORS } from './service.js';
import { createFileSystemStore } from './store.js';

/** RFC 6266 Content-Disposition with an ASCII fallback and the UTF-8 name (æøå survive). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export const documentRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = documentsConfig(app.appConfig.dataDir);
  const store = createFileSystemStore(config.root);
  bindDocumentStore(app.db, store);
  const service = createDocumentService(app.db, store, config);
  // One byte over the limit reaches the store, which then rejects the file (busboy would silently truncate it).
  await app.register(multipart, {
    limits: { fileSize: config.maxBytes + 1, files: 1, fields: 10, parts: 20 },
  });
  const tags = ['documents'];

  app.post(
    '/api/documents',
    {
      config: { permission: 'documents.write' },
      schema: {
        tags,
        summary: 'Upload a file (multipart/form-data, field "file")',
        consumes: ['multipart/form-data'],
        response: { 201: ZDocument },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!req.isMultipart()) throw DOCUMENT_ERRORS.missingFile();
      const file = await req.file();
      if (!file) throw DOCUMENT_ERRORS.missingFile();
      const document = await service.upload(actor, { filename: file.filename, content: file.file });
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/api/documents/:id',
    {
      config: { permission: 'documents.read' },
      schema: {
        tags,
        summary: 'Metadata of a document',
        params: ZDocumentParams,
        response: { 200: ZDocument },
      },
    },
    async (req) => service.get(actorOf(req), req.params.id),
  );

  app.get(
    '/api/documents/:id/content',
    {
      config: { permission: 'documents.read' },
      schema: {
        tags,
        summary: 'Download a document (audited)',
        params: ZDocumentParams,
        response: { 200: z.any() },
      },
    },
    async (req, reply) => {
      const { document, content } = await service.open(actorOf(req), req.params.id);
      return reply
        .header('content-type', document.mime)
        .header('content-length', String(document.size))
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(content);
    },
  );
};
