// /api/jobs: the tenant's background jobs with progress. Users see and cancel the jobs they started;
// holders of jobs.manage (administrators) see and cancel every job of the tenant. Other tenants' jobs are 404.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf, type Actor } from '../http/context.js';
import { notFound } from '../http/errors.js';
import { ZJob, ZJobList, ZJobParams, ZJobQuery } from './contract.js';
import { jobsFor, jobsSettings } from './platform.js';

const ownerFilter = (actor: Actor): { ownerId?: string } =>
  actor.abilities.has('jobs.manage')
    ? {}
    : { ownerId: actor.userId ?? '00000000-0000-0000-0000-000000000000' };

export const jobRoutes: FastifyPluginAsyncZod = async (app) => {
  const jobs = jobsFor(app.db);
  const { workers } = jobsSettings();
  app.addHook('onReady', async () => jobs.start({ workers }));
  app.addHook('onClose', async () => jobs.stop());

  const config = { permission: 'jobs.read' } as const;
  const tags = ['jobs'];

  app.get(
    '/api/jobs',
    {
      config,
      schema: {
        tags,
        summary: 'Background jobs with progress, newest first',
        querystring: ZJobQuery,
        response: { 200: ZJobList },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return {
        jobs: await jobs.list(actor.tenantId, {
          ...ownerFilter(actor),
          state: req.query.state,
          limit: req.query.limit,
        }),
      };
    },
  );

  app.get(
    '/api/jobs/:id',
    {
      config,
      schema: { tags, summary: 'One job with its progress', params: ZJobParams, response: { 200: ZJob } },
    },
    async (req) => {
      const actor = actorOf(req);
      const job = await jobs.get(actor.tenantId, req.params.id, ownerFilter(actor));
      if (!job) throw notFound();
      return job;
    },
  );

  app.post(
    '/api/jobs/:id/cancel',
    {
      config,
      schema: {
        tags,
        summary: 'Cancel a queued or running job',
        params: ZJobParams,
        response: { 200: ZJob },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const job = await jobs.cancel(actor.tenantId, req.params.id, ownerFilter(actor));
      if (!job) throw notFound();
      return job;
    },
  );
};
