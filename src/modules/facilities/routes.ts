// /api/facilities: portfolio, surveys, work orders and fault reports, energy. Thin handlers: parse → service.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import { z } from 'zod';
import { withTenant } from '../../platform/db/database.js';
import { actorOf, requirePermission } from '../../platform/http/context.js';
import { notFound } from '../../platform/http/errors.js';
import {
  ZAlertList,
  ZAssignBody,
  ZAssigned,
  ZBbrCodeList,
  ZBuildingDetail,
  ZBuildingEnergy,
  ZBuildingList,
  ZCreateWorkOrder,
  ZFaultReportList,
  ZIdParams,
  ZImportBody,
  ZNewBbrCode,
  ZOk,
  ZPageQuery,
  ZPortfolioImportReport,
  ZReadingsImportReport,
  ZStepBody,
  ZSurveyBody,
  ZSurveyCreated,
  ZWorkOrderDetail,
  ZWorkOrderList,
  ZWorkOrderQuery,
} from './contract.js';
import { MAX_PHOTO_BYTES, MAX_PHOTOS } from './service/public.js';
import { publicFacilitiesRoutes } from './public-routes.js';
import { buildingEnergy, importReadings, scanEnergyFor } from './service/energy.js';
import { listAlerts } from './service/alerts.js';
import { addBbrCode, listBbrCodes } from './service/bbr-codes.js';
import { getBuilding, listBuildings } from './service/buildings.js';
import { importPortfolio } from './service/portfolio-import.js';
import { createSurvey } from './service/surveys.js';
import { createWorkOrder } from './service/work-order-create.js';
import { listFaultReports } from './service/work-order-faults.js';
import { listWorkOrders } from './service/work-order-list.js';
import { getWorkOrder, readPhoto } from './service/work-order-read.js';
import { assignWorkOrder, stepWorkOrder } from './service/work-order-steps.js';
import { registerFacilitiesPlanRoutes } from './plan-routes.js';

/** Path of the public fault-report page a room's QR code points to. */
export const REPORT_PATH = '/fejlmelding';

export const facilitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tags = ['facilities'];
  const read = { permission: 'facilities.read' } as const;
  const manage = { permission: 'facilities.manage' } as const;
  const work = { permission: 'facilities.work' } as const;
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: MAX_PHOTOS, fields: 10 } });
  await app.register(publicFacilitiesRoutes);
  await registerFacilitiesPlanRoutes(app);

  app.get(
    '/api/facilities/bbr-codes',
    { config: read, schema: { tags, summary: 'BBR code lists', response: { 200: ZBbrCodeList } } },
    async (req) => ({
      codes: await listBbrCodes(db, actorOf(req)),
    }),
  );
  app.post(
    '/api/facilities/bbr-codes',
    {
      config: { permission: 'facilities.codes' },
      schema: {
        tags,
        summary: 'Add a BBR code (shared by all municipalities)',
        body: ZNewBbrCode,
        response: { 201: ZOk },
      },
    },
    async (req, reply) => {
      await addBbrCode(db, actorOf(req), req.body);
      return reply.status(201).send({ ok: true });
    },
  );
  app.get(
    '/api/facilities/buildings',
    {
      config: read,
      schema: {
        tags,
        summary: 'Buildings (search, paging)',
        querystring: ZPageQuery,
        response: { 200: ZBuildingList },
      },
    },
    async (req) => listBuildings(db, actorOf(req), req.query),
  );
  app.get(
    '/api/facilities/buildings/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A building with BBR data, rooms, parts and alerts',
        params: ZIdParams,
        response: { 200: ZBuildingDetail },
      },
    },
    async (req) => getBuilding(db, actorOf(req), req.params.id),
  );
  app.get(
    '/api/facilities/alerts',
    {
      config: read,
      schema: { tags, summary: 'Energy label, asbestos and energy alerts', response: { 200: ZAlertList } },
    },
    async (req) => ({ alerts: await listAlerts(db, actorOf(req)) }),
  );
  app.post(
    '/api/facilities/import',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Import buildings from CSV (dry run first)',
        body: ZImportBody,
        response: { 200: ZPortfolioImportReport },
      },
    },
    async (req) => importPortfolio(db, actorOf(req), req.body),
  );
  app.get(
    '/api/facilities/rooms/:id/qr.svg',
    {
      config: read,
      schema: { tags, summary: "The room's QR code for fault reports (SVG)", params: ZIdParams },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      requirePermission(actor, 'facilities.read');
      const token = await withTenant(
        db,
        actor.tenantId,
        async (tx) =>
          (
            await tx.sql.query<{ t: string }>('SELECT report_token AS t FROM fm_rooms WHERE id = $1', [
              req.params.id,
            ])
          ).rows[0]?.t,
      );
      if (!token) throw notFound();
      const url = `${req.protocol}://${req.host}${REPORT_PATH}/${token}`;
      const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return reply.type('image/svg+xml').header('cache-control', 'private, max-age=3600').send(svg);
    },
  );
  app.post(
    '/api/facilities/buildings/:id/surveys',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Record a building survey (grades per building part)',
        params: ZIdParams,
        body: ZSurveyBody,
        response: { 201: ZSurveyCreated },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createSurvey(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/api/facilities/work-orders',
    {
      config: read,
      schema: {
        tags,
        summary: 'Work orders',
        querystring: ZWorkOrderQuery,
        response: { 200: ZWorkOrderList },
      },
    },
    async (req) => listWorkOrders(db, actorOf(req), req.query),
  );
  app.post(
    '/api/facilities/work-orders',
    {
      config: work,
      schema: {
        tags,
        summary: 'Create a work order (from a fault report or by hand)',
        body: ZCreateWorkOrder,
        response: { 201: z.object({ id: z.uuid(), number: z.number().int() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await createWorkOrder(db, actorOf(req), req.body)),
  );
  app.get(
    '/api/facilities/work-orders/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A work order with its history',
        params: ZIdParams,
        response: { 200: ZWorkOrderDetail },
      },
    },
    async (req) => getWorkOrder(db, actorOf(req), req.params.id),
  );
  app.get(
    '/api/facilities/photos/:id',
    {
      config: read,
      schema: {
        tags,
        summary: 'A photo of a work order or its fault report (the image bytes)',
        params: ZIdParams,
      },
    },
    async (req, reply) => {
      const photo = await readPhoto(db, actorOf(req), req.params.id);
      return reply
        .type(photo.mime)
        .header('content-length', photo.size)
        .header('cache-control', 'private, max-age=3600')
        .header('x-content-type-options', 'nosniff')
        .send(photo.stream);
    },
  );
  app.post(
    '/api/facilities/work-orders/:id/assign',
    {
      config: work,
      schema: {
        tags,
        summary: 'Assign to the crew or a contractor (returns the link token once)',
        params: ZIdParams,
        body: ZAssignBody,
        response: { 200: ZAssigned },
      },
    },
    async (req) => assignWorkOrder(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/facilities/work-orders/:id/steps',
    {
      config: work,
      schema: {
        tags,
        summary: 'A step: status change, note, planned date, hours, cost',
        params: ZIdParams,
        body: ZStepBody,
      },
    },
    async (req) => stepWorkOrder(db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/api/facilities/fault-reports',
    {
      config: read,
      schema: {
        tags,
        summary: 'Fault reports (new ones by default)',
        querystring: ZPageQuery.extend({ status: z.enum(['received', 'all']).default('received') }),
        response: { 200: ZFaultReportList },
      },
    },
    async (req) => listFaultReports(db, actorOf(req), req.query),
  );

  app.get(
    '/api/facilities/buildings/:id/energy',
    {
      config: read,
      schema: {
        tags,
        summary: "A building's energy: years, months, alerts",
        params: ZIdParams,
        response: { 200: ZBuildingEnergy },
      },
    },
    async (req) => buildingEnergy(db, actorOf(req), req.params.id),
  );
  app.post(
    '/api/facilities/energy/import',
    {
      config: manage,
      bodyLimit: 60 * 1024 * 1024,
      schema: {
        tags,
        summary: 'Import meter readings from CSV (dry run first)',
        body: ZImportBody.extend({ csv: z.string().min(1).max(50_000_000) }),
        response: { 200: ZReadingsImportReport },
      },
    },
    async (req) => importReadings(db, actorOf(req), req.body),
  );
  app.post(
    '/api/facilities/energy/scan',
    {
      config: manage,
      schema: {
        tags,
        summary: 'Scan all meters for anomalies now',
        response: {
          200: z.object({ meters: z.number(), alerts: z.number(), byKind: z.record(z.string(), z.number()) }),
        },
      },
    },
    async (req) => scanEnergyFor(db, actorOf(req)),
  );
};
