// Routes without login: the room's QR fault-report form, the reporter's status link and the contractor's work
// link. Rate-limited per IP; tokens are long and random (the contractor's and reporter's are stored hashed).
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  ZContractorView,
  ZOk,
  ZPublicReportStatus,
  ZPublicRoom,
  ZReportReceipt,
  ZStepBody,
  ZTokenParams,
} from './contract.js';
import { fmError } from './service/shared.js';
import {
  contractorPhotos,
  contractorStep,
  contractorView,
  MAX_PHOTO_BYTES,
  MAX_PHOTOS,
  photoTooLarge,
  publicRoom,
  reportStatus,
  submitFaultReport,
} from './service/public.js';

const client = (req: FastifyRequest) => ({
  ip: req.ip ?? null,
  userAgent: typeof req.headers['user-agent'] === 'string' ? req.headers['user-agent'].slice(0, 500) : null,
});

/** Reads text fields and photo files of a multipart form; a photo over the limit gives a clear 413. */
export async function readForm(
  req: FastifyRequest,
): Promise<{ fields: Record<string, string>; photos: Uint8Array[] }> {
  if (!req.isMultipart())
    throw fmError(
      'facilities.not_multipart',
      415,
      'Formularen skal sendes som multipart/form-data.',
      'Send the form as multipart/form-data.',
    );
  const fields: Record<string, string> = {};
  const photos: Uint8Array[] = [];
  try {
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        const bytes = await part.toBuffer();
        if (bytes.byteLength > 0) photos.push(new Uint8Array(bytes));
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw photoTooLarge();
    if (code === 'FST_FILES_LIMIT')
      throw fmError(
        'facilities.too_many_photos',
        400,
        `Højst ${MAX_PHOTOS} billeder.`,
        `At most ${MAX_PHOTOS} photos.`,
      );
    throw error;
  }
  return { fields, photos };
}

export const FORM_BODY_LIMIT = (MAX_PHOTOS + 1) * MAX_PHOTO_BYTES + 1024 * 1024;

export const publicFacilitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const tags = ['facilities (public)'];
  const open = { permission: 'public' } as const;
  const limited = (max: number) => ({ ...open, rateLimit: { max, timeWindow: '1 minute' } });

  app.get(
    '/api/public/facilities/rooms/:token',
    {
      config: limited(120),
      schema: {
        tags,
        summary: 'The room behind a QR code',
        security: [],
        params: ZTokenParams,
        response: { 200: ZPublicRoom },
      },
    },
    async (req) => publicRoom(db, req.params.token),
  );
  app.post(
    '/api/public/facilities/rooms/:token/reports',
    {
      config: limited(Number(process.env.RODTRAD_FAULT_REPORTS_PER_MINUTE ?? 20)),
      bodyLimit: FORM_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Report a fault in the room (multipart: text, name, contact, photo files)',
        security: [],
        params: ZTokenParams,
        response: { 201: ZReportReceipt },
      },
    },
    async (req, reply) => {
      const { fields, photos } = await readForm(req);
      const receipt = await submitFaultReport(
        db,
        req.params.token,
        { text: fields.text ?? '', name: fields.name ?? null, contact: fields.contact ?? null, photos },
        client(req),
      );
      return reply.status(201).send(receipt);
    },
  );
  app.get(
    '/api/public/facilities/reports/:token',
    {
      config: limited(120),
      schema: {
        tags,
        summary: 'Status of my fault report',
        security: [],
        params: ZTokenParams,
        response: { 200: ZPublicReportStatus },
      },
    },
    async (req) => reportStatus(db, req.params.token),
  );
  app.get(
    '/api/public/facilities/orders/:token',
    {
      config: limited(120),
      schema: {
        tags,
        summary: "The contractor's view of a work order",
        security: [],
        params: ZTokenParams,
        response: { 200: ZContractorView },
      },
    },
    async (req) => contractorView(db, req.params.token, client(req)),
  );
  app.post(
    '/api/public/facilities/orders/:token/steps',
    {
      config: limited(60),
      schema: {
        tags,
        summary: 'Accept, reject, plan, start or complete; note, hours, cost',
        security: [],
        params: ZTokenParams,
        body: ZStepBody,
      },
    },
    async (req) => contractorStep(db, req.params.token, req.body, client(req)),
  );
  app.post(
    '/api/public/facilities/orders/:token/photos',
    {
      config: limited(30),
      bodyLimit: FORM_BODY_LIMIT,
      schema: {
        tags,
        summary: 'Add photos to the work order (multipart)',
        security: [],
        params: ZTokenParams,
        response: { 201: ZOk },
      },
    },
    async (req, reply) => {
      const { photos } = await readForm(req);
      return reply.status(201).send(await contractorPhotos(db, req.params.token, photos, client(req)));
    },
  );
};

export { MAX_PHOTO_BYTES };
