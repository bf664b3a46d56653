// Type augmentations shared by every route: each route declares `config: { permission }`.
import type { Permission } from '../access/permissions.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import type { AuthState } from './context.js';

/** 'public': no login; 'authenticated': any logged-in user; otherwise a permission from access/permissions.ts. */
export type RouteAccess = Permission | 'public' | 'authenticated';

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RouteAccess;
  }
  interface FastifyRequest {
    auth: AuthState | null;
  }
  interface FastifyInstance {
    db: Db;
    appConfig: Config;
  }
}
