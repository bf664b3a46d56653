// /api/auth/* and /api/tenants/public.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { writeAudit } from '../audit/log.js';
import { withTenant } from '../db/database.js';
import { actorOf } from '../http/context.js';
import { AppError } from '../http/errors.js';
import { listPublicTenants } from '../tenancy/service.js';
import {
  ZChangePassword,
  ZForgotPassword,
  ZResetPassword,
  ZLoginBody,
  ZLoginResponse,
  ZMe,
  ZOk,
  ZPatchMe,
  ZPublicTenants,
} from './contract.js';
import { login } from './login.js';
import { requestPasswordReset, resetPasswordWithToken } from './password-reset.js';
import { hashPassword, verifyPassword } from './password.js';
import { forgetUserSessions } from './session-cache.js';
import {
  clearSessionCookie,
  destroySession,
  destroyUserSessions,
  SESSION_COOKIE,
  setSessionCookie,
} from './sessions.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, appConfig: config } = app;

  app.get(
    '/api/tenants/public',
    {
      config: { permission: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Municipalities for the login page',
        response: { 200: ZPublicTenants },
      },
    },
    async () => listPublicTenants(db),
  );

  app.post(
    '/api/auth/login',
    {
      config: {
        permission: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Log in with e-mail and password',
        body: ZLoginBody,
        response: { 200: ZLoginResponse },
      },
    },
    async (req, reply) => {
      const { user, session } = await login(db, config, req.body, req);
      // Rotation: the new session always gets a fresh id; an earlier session of this browser is ended.
      const previous = req.cookies[SESSION_COOKIE];
      if (previous) await destroySession(db, config, previous);
      setSessionCookie(reply, config, session);
      return { user, csrfToken: session.csrfToken };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Log out', response: { 200: ZOk } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await withTenant(db, actor.tenantId, (tx) =>
        writeAudit(tx, actor, { action: 'auth.logout', objectType: 'user', objectId: actor.userId }),
      );
      const token = req.cookies[SESSION_COOKIE];
      if (token) await destroySession(db, config, token);
      clearSessionCookie(reply, config);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'The current user, roles and abilities', response: { 200: ZMe } },
    },
    async (req) => {
      const auth = req.auth!;
      return {
        user: auth.user,
        tenant: auth.tenant,
        roles: auth.roles,
        abilities: auth.abilities,
        csrfToken: auth.csrfToken,
      };
    },
  );

  app.patch(
    '/api/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Change own language', body: ZPatchMe, response: { 200: ZMe } },
    },
    async (req) => {
      const actor = actorOf(req);
      const auth = req.auth!;
      await withTenant(db, actor.tenantId, async (tx) => {
        await tx.sql.query('UPDATE users SET language = $2, updated_at = now() WHERE id = $1', [
          actor.userId,
          req.body.language,
        ]);
        await writeAudit(tx, actor, {
          action: 'user.update',
          objectType: 'user',
          objectId: actor.userId,
          details: { language: req.body.language },
        });
      });
      forgetUserSessions(db, auth.user.id);
      return {
        user: { ...auth.user, language: req.body.language },
        tenant: auth.tenant,
        roles: auth.roles,
        abilities: auth.abilities,
        csrfToken: auth.csrfToken,
      };
    },
  );

  app.post(
    '/api/auth/change-password',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: 'Change own password',
        body: ZChangePassword,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await withTenant(db, actor.tenantId, async (tx) => {
        const row = (
          await tx.sql.query<{ password_hash: string | null }>(
            'SELECT password_hash FROM users WHERE id = $1',
            [actor.userId],
          )
        ).rows[0];
        if (!(await verifyPassword(req.body.currentPassword, row?.password_hash ?? null)))
          throw new AppError('auth.invalid_credentials');
        await tx.sql.query(
          'UPDATE users SET password_hash = $2, must_change_password = false, updated_at = now() WHERE id = $1',
          [actor.userId, await hashPassword(req.body.newPassword)],
        );
        await writeAudit(tx, actor, {
          action: 'user.password_change',
          objectType: 'user',
          objectId: actor.userId,
          details: { otherSessionsEnded: true },
        });
      });
      // Whoever else holds a session of this user (a stolen cookie, a forgotten browser) is logged out.
      await destroyUserSessions(db, actor.userId!, req.auth!.sessionIdHash);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/forgot-password',
    {
      config: {
        permission: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Ask for an e-mailed link to choose a new password (same answer whether the account exists)',
        body: ZForgotPassword,
        response: { 202: ZOk },
      },
    },
    async (req, reply) => {
      // After the answer, so neither the answer nor its timing says whether the account exists.
      setImmediate(() => {
        requestPasswordReset(db, config, req.body, req).catch((error: unknown) =>
          req.log.error({ err: error }, 'password reset request failed'),
        );
      });
      return reply.status(202).send({ ok: true as const });
    },
  );

  app.post(
    '/api/auth/reset-password',
    {
      config: {
        permission: 'public',
        rateLimit: { max: config.loginRateLimitPerMinute, timeWindow: 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Choose a new password with the e-mailed link (single use, expiring)',
        body: ZResetPassword,
        response: { 200: ZOk },
      },
    },
    async (req) => {
      await resetPasswordWithToken(db, req.body, req);
      return { ok: true as const };
    },
  );
};
