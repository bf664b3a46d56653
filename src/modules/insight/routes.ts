// /api/insight: key figures, dashboard, breakdown by unit, the cases behind a figure, targets and export.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../../platform/http/context.js';
import { registerTaskProvider } from '../../platform/tasks/registry.js';
import {
  ZBreakdown,
  ZDashboard,
  ZExportQuery,
  ZFigureList,
  ZFigureParams,
  ZItemPage,
  ZItemsQuery,
  ZOk,
  ZTargetBody,
  ZViewQuery,
} from './contract.js';
import { startInsightConsumer } from './consumer.js';
import { FIGURES } from './domain/figures.js';
import { dashboardCsv, dashboardXlsx } from './export.js';
import { getBreakdown, getDashboard, getItems, setTarget } from './service.js';
import { insightTaskProvider } from './tasks.js';

export const insightRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const read = { permission: 'insight.read' } as const;
  const tags = ['insight'];
  registerTaskProvider('insight', insightTaskProvider);

  // The consumer that keeps the figures current runs inside the server.
  let consumer: ReturnType<typeof startInsightConsumer> | undefined;
  app.addHook('onReady', async () => {
    consumer = startInsightConsumer(db, {
      onError: (error) => app.log.error({ err: error }, 'insight consumer'),
    });
  });
  app.addHook('onClose', async () => consumer?.stop());

  app.get(
    '/api/insight/figures',
    {
      config: read,
      schema: { tags, summary: 'The key figures and their definitions', response: { 200: ZFigureList } },
    },
    async () => ({ data: FIGURES.map(({ from: _from, ...f }) => f) }),
  );
  app.get(
    '/api/insight/dashboard',
    {
      config: read,
      schema: {
        tags,
        summary: 'Every key figure for a period and unit',
        querystring: ZViewQuery,
        response: { 200: ZDashboard },
      },
    },
    async (req) => getDashboard(db, actorOf(req), req.query),
  );
  app.get(
    '/api/insight/figures/:figure/breakdown',
    {
      config: read,
      schema: {
        tags,
        summary: 'A key figure per unit',
        params: ZFigureParams,
        querystring: ZViewQuery,
        response: { 200: ZBreakdown },
      },
    },
    async (req) => getBreakdown(db, actorOf(req), req.params.figure, req.query),
  );
  app.get(
    '/api/insight/figures/:figure/items',
    {
      config: read,
      schema: {
        tags,
        summary: 'The cases behind a key figure',
        params: ZFigureParams,
        querystring: ZItemsQuery,
        response: { 200: ZItemPage },
      },
    },
    async (req) => getItems(db, actorOf(req), req.params.figure, req.query),
  );
  app.put(
    '/api/insight/targets',
    {
      config: { permission: 'insight.manage' },
      schema: { tags, summary: 'Set or remove a target', body: ZTargetBody, response: { 200: ZOk } },
    },
    async (req) => {
      await setTarget(db, actorOf(req), req.body);
      return { ok: true as const };
    },
  );
  app.get(
    '/api/insight/export.csv',
    { config: read, schema: { tags, summary: 'The dashboard as CSV', querystring: ZExportQuery } },
    async (req, reply) => {
      const d = await getDashboard(db, actorOf(req), req.query);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="noegletal-${d.period.from}-${d.period.to}.csv"`)
        .send(dashboardCsv(d, req.query.lang));
    },
  );
  app.get(
    '/api/insight/export.xlsx',
    {
      config: read,
      schema: { tags, summary: 'The dashboard as an Excel workbook', querystring: ZExportQuery },
    },
    async (req, reply) => {
      const d = await getDashboard(db, actorOf(req), req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header(
          'content-disposition',
          `attachment; filename="noegletal-${d.period.from}-${d.period.to}.xlsx"`,
        )
        .send(await dashboardXlsx(d, req.query.lang));
    },
  );
};
