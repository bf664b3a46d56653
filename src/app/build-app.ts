// The application factory: buildApp({ db, config }) returns a ready-to-listen Fastify instance. Tests pass an
// in-memory PGlite or a fresh PostgreSQL database; `rodtrad start` passes the configured one.
import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditRoutes } from '../platform/audit/routes.js';
import { authRoutes } from '../platform/auth/routes.js';
import type { Config } from '../platform/config.js';
import type { Db } from '../platform/db/database.js';
import { AccessLog, serializeRequest } from '../platform/http/access-log.js';
import { registerAuth, type RouteEntry } from '../platform/http/auth-hook.js';
import { AppError } from '../platform/http/errors.js';
import '../platform/http/fastify-types.js';
import { healthRoutes } from '../platform/http/health.js';
import { registerInputGuard } from '../platform/http/input-guard.js';
import { registerErrorHandling, sendProblem } from '../platform/http/problem.js';
import { PERMISSIONS_POLICY, registerSecurityHeaders } from '../platform/http/security-headers.js';
import { serializerCompiler } from '../platform/http/serializer.js';
import { assertProductionSafe } from '../platform/seed/production-check.js';
import { taskRoutes } from '../platform/tasks/routes.js';
import { userRoutes } from '../platform/users/routes.js';
import { modules } from './modules.js';
import { registerWeb } from './static.js';

export type BuildOptions = { db: Db; config: Config; webRoot?: string; logger?: boolean };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export type App = FastifyInstance & { routeTable: RouteEntry[] };

export async function buildApp({ db, config, webRoot }: BuildOptions): Promise<App> {
  await assertProductionSafe(db, config);
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
      serializers: { req: serializeRequest },
    },
    logController: new AccessLog(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', db);
  app.decorate('appConfig', config);
  app.addHook('onRequest', (req, reply, done) => {
    reply.header('x-request-id', req.id);
    done();
  });

  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        // Only behind HTTPS; on plain http (a local start) it would break the page.
        upgradeInsecureRequests: config.cookieSecure ? [] : null,
      },
    },
    strictTransportSecurity: config.cookieSecure,
    permissionsPolicy: PERMISSIONS_POLICY,
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => new AppError('request.rate_limited'),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Rød Tråd API',
        version: '0.1.0',
        description: 'Errors are RFC 9457 problem+json with a stable `code`.',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'rodtrad_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });

  const routeTable: RouteEntry[] = [];
  registerAuth(app, routeTable);
  registerErrorHandling(app);
  registerInputGuard(app);

  // The API description helps attackers as much as integrators: off in production unless RODTRAD_API_DOCS.
  if (config.apiDocs) {
    await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    app.get('/api/openapi.json', { config: { permission: 'public' }, schema: { hide: true } }, async () =>
      app.swagger(),
    );
  }
  await app.register(healthRoutes);
  await app.register(authRoutes);
  await app.register(userRoutes);
  await app.register(auditRoutes);
  await app.register(taskRoutes);
  for (const mod of modules) await app.register(mod.plugin);

  const hasWeb = await registerWeb(app, webRoot);
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/') && req.url !== '/api')
      return reply.sendFile('index.html');
    return sendProblem(
      reply,
      new AppError('not_found', `${req.method} ${req.url.split('?')[0]} is not a route`),
    );
  });

  await app.ready();
  return Object.assign(app, { routeTable }) as unknown as App;
}
