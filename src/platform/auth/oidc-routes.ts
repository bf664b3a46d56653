// OIDC login routes: the providers of a tenant for the login page, the start redirect and the callback.
// The callback answers with redirects (a browser is navigating), never JSON: to the web app with a fresh
// session on success, to /login?oidc_error=<code> otherwise.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notFound } from '../http/errors.js';
import { finishOidcLogin, listOidcProviders, OidcLoginError, startOidcLogin } from './oidc.js';
import { destroySession, SESSION_COOKIE, setSessionCookie } from './sessions.js';

export const OIDC_STATE_COOKIE = 'rodtrad_oidc_state';
const COOKIE_PATH = '/api/auth/oidc';

/** The public origin of the app (RODTRAD_PUBLIC_URL, e.g. https://rodtrad.kommune.dk), else the request's. */
export function publicOrigin(req: FastifyRequest): string {
  const configured = process.env.RODTRAD_PUBLIC_URL;
  if (configured) return new URL(configured).origin;
  return `${req.protocol}://${req.host}`;
}

const ZProviders = z.array(z.object({ id: z.string(), label: z.string() }));

export const oidcRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, appConfig: config } = app;
  const tags = ['auth'];
  const clearState = (reply: FastifyReply) =>
    reply.clearCookie(OIDC_STATE_COOKIE, {
      path: COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: config.cookieSecure,
    });

  app.get(
    '/api/auth/providers',
    {
      config: { permission: 'public' },
      schema: {
        tags,
        summary: 'Single sign-on providers of a municipality (for the login page)',
        querystring: z.strictObject({ tenant: z.string().min(1).max(63) }),
        response: { 200: ZProviders },
      },
    },
    async (req) => listOidcProviders(db, req.query.tenant),
  );

  app.get(
    '/api/auth/oidc/:tenant/start',
    {
      config: {
        permission: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute * 3, timeWindow: 60_000 },
      },
      schema: {
        tags,
        summary: 'Start a single sign-on login: redirects to the identity provider',
        params: z.strictObject({ tenant: z.string().min(1).max(63) }),
        querystring: z.strictObject({
          provider: z.string().max(41).optional(),
          returnTo: z.string().max(500).optional(),
        }),
      },
    },
    async (req, reply) => {
      const started = await startOidcLogin(db, {
        tenantSlug: req.params.tenant,
        providerKey: req.query.provider,
        returnTo: req.query.returnTo,
        redirectUri: `${publicOrigin(req)}/api/auth/oidc/callback`,
      }).catch((error: unknown) => {
        if (error instanceof OidcLoginError) {
          req.log.warn({ err: error }, 'oidc start failed');
          return 'unavailable' as const;
        }
        throw error;
      });
      if (started === 'unavailable') return reply.redirect('/login?oidc_error=unavailable', 302);
      if (!started) throw notFound('no such municipality or login provider');
      reply.setCookie(OIDC_STATE_COOKIE, started.state, {
        path: COOKIE_PATH,
        httpOnly: true,
        sameSite: 'lax',
        secure: config.cookieSecure,
        maxAge: 600,
      });
      return reply.redirect(started.url, 302);
    },
  );

  app.get(
    '/api/auth/oidc/callback',
    {
      config: {
        permission: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute * 3, timeWindow: 60_000 },
      },
      schema: { tags, summary: 'Where the identity provider sends the browser back; creates the session' },
    },
    async (req, reply) => {
      clearState(reply);
      try {
        const result = await finishOidcLogin(db, config, {
          callbackUrl: new URL(req.url, publicOrigin(req)),
          stateCookie: req.cookies[OIDC_STATE_COOKIE],
          req,
        });
        // Rotation: whatever session this browser had before ends; the login gets a fresh one.
        const previous = req.cookies[SESSION_COOKIE];
        if (previous) await destroySession(db, config, previous);
        setSessionCookie(reply, config, result.session);
        return reply.redirect(result.returnTo, 302);
      } catch (error) {
        if (!(error instanceof OidcLoginError)) throw error;
        req.log.info({ failure: error.failure, detail: error.message }, 'oidc login refused');
        return reply.redirect(`/login?oidc_error=${error.failure}`, 302);
      }
    },
  );
};
