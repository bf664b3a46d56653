// HTTP endpoint for the review UI: POST /api/detection/detect with a TDetectInput body returns the spans to
// redact and every finding (with confidence, explanation, legal basis and the policy decision).
// Requires a logged-in user with the 'detection.use' permission (enforced by the platform's auth hook from
// route config, see src/platform/http/auth-hook.ts). The text is processed in memory and not stored or logged.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type {} from '../../platform/http/fastify-types.js';
import { DetectInputSchema, DetectResultSchema } from './contract.js';
import { detect } from './index.js';

/** Texts above this size are rejected with 413 by Fastify (about 2 MB of text, far above a case document). */
export const DETECTION_BODY_LIMIT = 4 * 1024 * 1024;

export const detectionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/detection/detect',
    {
      bodyLimit: DETECTION_BODY_LIMIT,
      config: { permission: 'detection.use' },
      schema: {
        tags: ['detection'],
        summary: 'Find personal data in Danish text and return the spans to redact under the case policy',
        body: DetectInputSchema,
        response: { 200: DetectResultSchema },
      },
    },
    async (req) => detect(req.body),
  );
};
