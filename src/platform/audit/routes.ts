// /api/audit: search and CSV export of the tenant's audit log (permission audit.read).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/context.js';
import { ZAuditPage, ZAuditQuery } from './contract.js';
import { exportAuditCsv, searchAudit } from './search.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = { permission: 'audit.read' } as const;
  app.get(
    '/api/audit',
    {
      config,
      schema: {
        tags: ['audit'],
        summary: 'Search the audit log by actor, object, action and time',
        querystring: ZAuditQuery,
        response: { 200: ZAuditPage },
      },
    },
    async (req) => searchAudit(app.db, actorOf(req), req.query),
  );
  app.get(
    '/api/audit/export.csv',
    {
      config,
      schema: {
        tags: ['audit'],
        summary: 'The matching audit entries as CSV',
        querystring: ZAuditQuery.omit({ limit: true, offset: true }),
        response: { 200: z.string() },
      },
    },
    async (req, reply) => {
      const csv = await exportAuditCsv(app.db, actorOf(req), { ...req.query, limit: 100000, offset: 0 });
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="audit.csv"')
        .send(csv);
    },
  );
};
