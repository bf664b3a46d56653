// Public aktindsigt routes (no login): the intake form, the requester's status page and the downloads.
// Intake is rate-limited per IP; tokens are random and only their hashes are stored.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ZAcknowledgement,
  ZPublicRequestBody,
  ZPublicStatus,
  ZTenantParams,
  ZTokenParams,
} from './contract.js';
import { submitPublicRequest } from './service/intake.js';
import { downloadByStatusToken, downloadRelease, publicStatus } from './service/release.js';

const client = (req: { ip: string; headers: Record<string, unknown> }) => ({
  ip: req.ip ?? null,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 500) : null,
});

export const publicRecordsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tags = ['records (public)'];
  const open = { permission: 'public' } as const;

  app.post(
    '/api/public/records/:tenant/requests',
    {
      config: {
        ...open,
        rateLimit: { max: Number(process.env.RODTRAD_RECORDS_INTAKE_PER_HOUR ?? 20), timeWindow: '1 hour' },
      },
      schema: {
        tags,
        summary: 'Ask for access to records (no login)',
        security: [],
        params: ZTenantParams,
        body: ZPublicRequestBody,
        response: { 201: ZAcknowledgement },
      },
    },
    async (req, reply) => {
      const { requestId: _id, ...ack } = await submitPublicRequest(
        db,
        req.params.tenant,
        req.body,
        client(req),
      );
      return reply.status(201).send(ack);
    },
  );
  app.get(
    '/api/public/records/:tenant/requests/:token',
    {
      config: { ...open, rateLimit: { max: 120, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Status of my request',
        security: [],
        params: ZTokenParams,
        response: { 200: ZPublicStatus },
      },
    },
    async (req) => publicStatus(db, req.params.tenant, req.params.token),
  );
  app.get(
    '/api/public/records/:tenant/requests/:token/package',
    {
      config: { ...open, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: { tags, summary: 'Download my release package', security: [], params: ZTokenParams },
    },
    async (req, reply) => {
      const file = await downloadByStatusToken(db, req.params.tenant, req.params.token, client(req));
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes));
    },
  );
  app.get(
    '/api/public/records/download/:token',
    {
      config: { ...open, rateLimit: { max: 30, timeWindow: '1 minute' } },
      schema: {
        tags,
        summary: 'Download a release package by its link',
        security: [],
        params: z.object({ token: z.string().min(20).max(100) }),
      },
    },
    async (req, reply) => {
      const file = await downloadRelease(db, req.params.token, client(req));
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(file.bytes));
    },
  );
};
