// /api/roster: the shift-planning application. Thin handlers: parse → service → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../platform/http/context.js';
import { jobsFor } from '../../platform/jobs/platform.js';
import {
  ZCellResult,
  ZCreatePeriod,
  ZGrid,
  ZIdParams,
  ZJobStarted,
  ZMyRoster,
  ZOk,
  ZPeriod,
  ZPeriodList,
  ZSetCell,
  ZSetupBody,
  ZSwap,
  ZSwapBody,
  ZTransition,
  ZUnitDetail,
  ZUnitList,
  ZWishBody,
} from './contract.js';
import { registerRosterJobs, startOptimisation } from './jobs.js';
import {
  acceptSwap,
  addWish,
  decideSwap,
  listSwaps,
  myCalendar,
  myRoster,
  requestSwap,
} from './service/me.js';
import { payrollCsv } from './service/payroll.js';
import { createPeriod, getGrid, listPeriods, reportSick, setCell, transition } from './service/periods.js';
import { getUnit, listUnits, updateSetup } from './service/units.js';

export const rosterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const read = { permission: 'roster.read' } as const;
  const plan = { permission: 'roster.plan' } as const;
  const publish = { permission: 'roster.publish' } as const;
  const own = { permission: 'roster.read_own' } as const;
  const tags = ['roster'];
  const jobs = jobsFor(db);
  registerRosterJobs(jobs, db);

  app.get(
    '/api/roster/units',
    { config: read, schema: { tags, summary: 'Planning units in my scope', response: { 200: ZUnitList } } },
    async (req) => listUnits(db, actorOf(req)),
  );
  app.get(
    '/api/roster/units/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A planning unit: set-up and members',
        params: ZIdParams,
        response: { 200: ZUnitDetail },
      },
    },
    async (req) => getUnit(db, actorOf(req), req.params.id),
  );
  app.put(
    '/api/roster/units/:id/setup',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Change the set-up (optimistic concurrency by version)',
        params: ZIdParams,
        body: ZSetupBody,
        response: { 200: ZUnitDetail },
      },
    },
    async (req) => updateSetup(db, actorOf(req), req.params.id, req.body.setup, req.body.version),
  );
  app.get(
    '/api/roster/units/:id/periods',
    {
      config: read,
      schema: {
        tags,
        summary: 'Periods of a unit, newest first',
        params: ZIdParams,
        response: { 200: ZPeriodList },
      },
    },
    async (req) => listPeriods(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/roster/units/:id/periods',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Create a period',
        params: ZIdParams,
        body: ZCreatePeriod,
        response: { 201: ZPeriod },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createPeriod(db, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/api/roster/periods/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'The grid: cells, coverage, rules broken, cost',
        params: ZIdParams,
        response: { 200: ZGrid },
      },
    },
    async (req) => getGrid(db, actorOf(req), req.params.id),
  );
  app.put(
    '/api/roster/periods/:id/cells',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Set one cell; the rules are re-checked at once',
        params: ZIdParams,
        body: ZSetCell,
        response: { 200: ZCellResult },
      },
    },
    async (req) => setCell(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/roster/periods/:id/transition',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Move the period in its life cycle (publish needs roster.publish)',
        params: ZIdParams,
        body: ZTransition,
        response: { 200: ZPeriod },
      },
    },
    async (req) => transition(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/roster/periods/:id/optimise',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Optimise as a background job (progress at /api/jobs/:id)',
        params: ZIdParams,
        body: z.object({
          version: z.number().int(),
          seconds: z.number().int().min(2).max(600).default(20),
          fresh: z.boolean().default(false),
        }),
        response: { 202: ZJobStarted },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await startOptimisation(jobs, actorOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/roster/periods/:id/sick',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Report a planned shift as sickness',
        params: ZIdParams,
        body: z.object({ employeeId: z.string().uuid(), date: z.string(), version: z.number().int() }),
        response: { 200: ZOk },
      },
    },
    async (req) =>
      reportSick(db, actorOf(req), req.params.id, req.body.employeeId, req.body.date, req.body.version),
  );
  app.get(
    '/api/roster/periods/:id/swaps',
    {
      config: read,
      schema: {
        tags,
        summary: 'Swap requests of a period',
        params: ZIdParams,
        response: { 200: z.array(ZSwap) },
      },
    },
    async (req) => listSwaps(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/roster/swaps/:id/decide',
    {
      config: plan,
      schema: {
        tags,
        summary: 'Approve or reject an accepted swap',
        params: ZIdParams,
        body: z.object({ approve: z.boolean(), version: z.number().int() }),
        response: { 200: ZOk },
      },
    },
    async (req) => decideSwap(db, actorOf(req), req.params.id, req.body.approve, req.body.version),
  );
  app.get(
    '/api/roster/periods/:id/payroll.csv',
    {
      config: publish,
      schema: { tags, summary: 'Payroll export of a closed period (CSV)', params: ZIdParams },
    },
    async (req, reply) => {
      const { filename, csv } = await payrollCsv(db, actorOf(req), req.params.id);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(csv);
    },
  );

  app.get(
    '/api/roster/me',
    { config: own, schema: { tags, summary: 'Min vagtplan', response: { 200: ZMyRoster } } },
    async (req) => myRoster(db, actorOf(req)),
  );
  app.get(
    '/api/roster/me/calendar.ics',
    { config: own, schema: { tags, summary: 'My shifts as iCalendar' } },
    async (req, reply) =>
      reply.header('content-type', 'text/calendar; charset=utf-8').send(await myCalendar(db, actorOf(req))),
  );
  app.post(
    '/api/roster/me/wishes',
    {
      config: own,
      schema: { tags, summary: 'Enter a wish before the deadline', body: ZWishBody, response: { 200: ZOk } },
    },
    async (req) => addWish(db, actorOf(req), req.body),
  );
  app.post(
    '/api/roster/me/swaps',
    {
      config: own,
      schema: {
        tags,
        summary: 'Ask a colleague to take my shift',
        body: ZSwapBody,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await requestSwap(db, actorOf(req), req.body)),
  );
  app.post(
    '/api/roster/me/swaps/:id/accept',
    {
      config: own,
      schema: {
        tags,
        summary: 'Accept a colleague’s swap request',
        params: ZIdParams,
        response: { 200: ZOk },
      },
    },
    async (req) => acceptSwap(db, actorOf(req), req.params.id),
  );
};
