// The module route registry: every module's Fastify plugin, registered by buildApp() in this order.
// To add a module, append one line: `{ name: 'records', plugin: recordsRoutes },`.
// A plugin declares `config: { permission }` on every route (see src/platform/access/permissions.ts) and can
// use `app.db` and `app.appConfig`.
import type { FastifyPluginAsync } from 'fastify';
import { archiveRoutes } from '../modules/archive/routes.js';
import { detectionRoutes } from '../modules/detection/routes.js';
import { insightRoutes } from '../modules/insight/index.js';
import { portfolioRoutes } from '../modules/portfolio/index.js';
import { facilitiesRoutes } from '../modules/facilities/index.js';
import { orgRoutes } from '../modules/org/routes.js';
import { recordsRoutes } from '../modules/records/routes.js';
import { rosterRoutes } from '../modules/roster/routes.js';
import { oidcRoutes } from '../platform/auth/oidc-routes.js';
import { documentRoutes } from '../platform/documents/routes.js';
import { jobRoutes } from '../platform/jobs/routes.js';

export type ModuleEntry = { name: string; plugin: FastifyPluginAsync };

export const modules: ModuleEntry[] = [
  { name: 'org', plugin: orgRoutes },
  { name: 'jobs', plugin: jobRoutes },
  { name: 'documents', plugin: documentRoutes },
  { name: 'oidc', plugin: oidcRoutes },
  { name: 'records', plugin: recordsRoutes },
  { name: 'detection', plugin: detectionRoutes },
  { name: 'insight', plugin: insightRoutes },
  { name: 'portfolio', plugin: portfolioRoutes },
  { name: 'facilities', plugin: facilitiesRoutes },
  { name: 'roster', plugin: rosterRoutes },
  { name: 'archive', plugin: archiveRoutes },
];
