// Authentication, CSRF and authorisation for every route, in onRequest (before the body is parsed, so an
// anonymous caller gets 401 rather than a validation error). Every /api route must declare config.permission;
// the app refuses to start otherwise.
import type { FastifyInstance, FastifyRequest, RouteOptions } from 'fastify';
import { isPermission } from '../access/permissions.js';
import { csrfMatches, loadSession, SESSION_COOKIE } from '../auth/sessions.js';
import { AppError } from './errors.js';
import type { RouteAccess } from './fastify-types.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export type RouteEntry = { method: string; url: string; access: RouteAccess };

export function registerAuth(app: FastifyInstance, routeTable: RouteEntry[]): void {
  app.decorateRequest('auth', null);

  app.addHook('onRoute', (route: RouteOptions) => {
    const access = route.config?.permission;
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !access) {
      throw new Error(`route ${methods.join(',')} ${route.url} must declare config.permission`);
    }
    if (access && access !== 'public' && access !== 'authenticated' && !isPermission(access)) {
      throw new Error(`route ${route.url} declares unknown permission "${access}"`);
    }
    if (access) for (const method of methods) routeTable.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (req: FastifyRequest) => {
    const access = req.routeOptions.config?.permission;
    if (!access) return;
    const token = req.cookies?.[SESSION_COOKIE];
    let expired = false;
    if (token) {
      const lookup = await loadSession(app.db, app.appConfig, token);
      if (lookup.state === 'valid') req.auth = lookup.auth;
      expired = lookup.state === 'expired';
    }
    if (access === 'public') return;
    if (!req.auth) throw new AppError(expired ? 'auth.session_expired' : 'auth.unauthenticated');
    if (!SAFE_METHODS.has(req.method) && !csrfMatches(req.auth.csrfToken, req.headers['x-csrf-token'])) {
      throw new AppError('auth.csrf');
    }
    if (access !== 'authenticated' && !req.auth.abilities.includes(access))
      throw new AppError('auth.forbidden');
  });
}
