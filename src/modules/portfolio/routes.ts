// /api/portfolio: the digitalisation portfolio — initiatives, maturity assessments, the map, CSV in and out.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/context.js';
import {
  ZIdParams,
  ZImportBody,
  ZImportReport,
  ZInitiative,
  ZInitiativeBody,
  ZInitiativePage,
  ZInitiativeQuery,
  ZInitiativeUpdate,
  ZMap,
  ZMaturityBody,
  ZOk,
} from './contract.js';
import { exportInitiativesCsv, importInitiativesCsv } from './csv.js';
import {
  addMaturity,
  createInitiative,
  getInitiative,
  listInitiatives,
  portfolioMap,
  updateInitiative,
} from './service.js';

export const portfolioRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const read = { permission: 'portfolio.read' } as const;
  const write = { permission: 'portfolio.write' } as const;
  const tags = ['portfolio'];

  app.get(
    '/api/portfolio/initiatives',
    {
      config: read,
      schema: {
        tags,
        summary: 'Initiatives',
        querystring: ZInitiativeQuery,
        response: { 200: ZInitiativePage },
      },
    },
    async (req) => listInitiatives(db, actorOf(req), req.query),
  );
  app.post(
    '/api/portfolio/initiatives',
    {
      config: write,
      schema: {
        tags,
        summary: 'Create an initiative',
        body: ZInitiativeBody,
        response: { 201: ZInitiative },
      },
    },
    async (req, reply) => reply.status(201).send(await createInitiative(db, actorOf(req), req.body)),
  );
  app.get(
    '/api/portfolio/initiatives/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'One initiative with its figures',
        params: ZIdParams,
        response: { 200: ZInitiative },
      },
    },
    async (req) => getInitiative(db, actorOf(req), req.params.id),
  );
  app.put(
    '/api/portfolio/initiatives/:id',
    {
      config: write,
      schema: {
        tags,
        summary: 'Change an initiative (from the version read)',
        params: ZIdParams,
        body: ZInitiativeUpdate,
        response: { 200: ZInitiative },
      },
    },
    async (req) => updateInitiative(db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/portfolio/map',
    {
      config: read,
      schema: { tags, summary: 'Maturity per area with the initiatives', response: { 200: ZMap } },
    },
    async (req) => portfolioMap(db, actorOf(req)),
  );
  app.post(
    '/api/portfolio/maturity',
    {
      config: write,
      schema: { tags, summary: 'Record a maturity assessment', body: ZMaturityBody, response: { 201: ZOk } },
    },
    async (req, reply) => {
      await addMaturity(db, actorOf(req), req.body);
      return reply.status(201).send({ ok: true as const });
    },
  );
  app.get(
    '/api/portfolio/initiatives.csv',
    { config: read, schema: { tags, summary: 'Initiatives as CSV' } },
    async (req, reply) =>
      reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="portefoelje.csv"')
        .send(await exportInitiativesCsv(db, actorOf(req))),
  );
  app.post(
    '/api/portfolio/import',
    {
      config: write,
      schema: {
        tags,
        summary: 'Import initiatives from CSV (dry run first)',
        body: ZImportBody,
        response: { 200: ZImportReport },
      },
    },
    async (req) => importInitiativesCsv(db, actorOf(req), req.body.csv, req.body.dryRun),
  );
};
