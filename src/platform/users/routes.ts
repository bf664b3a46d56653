// /api/admin/users: user administration (permission users.manage).
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/context.js';
import {
  ZCreateUser,
  ZIdParams,
  ZRolesBody,
  ZTemporaryPassword,
  ZUpdateUser,
  ZUser,
  ZUserList,
  ZUserWithPassword,
} from './contract.js';
import { createUser, listUsers, resetPassword, setRoles, updateUser } from './service.js';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app;
  const config = { permission: 'users.manage' } as const;
  const tags = ['admin'];

  app.get(
    '/api/admin/users',
    { config, schema: { tags, summary: 'List users', response: { 200: ZUserList } } },
    async (req) => ({
      users: await listUsers(db, actorOf(req)),
    }),
  );

  app.post(
    '/api/admin/users',
    {
      config,
      schema: {
        tags,
        summary: 'Create a user (a temporary password is returned when none is given)',
        body: ZCreateUser,
        response: { 201: ZUserWithPassword },
      },
    },
    async (req, reply) => reply.status(201).send(await createUser(db, actorOf(req), req.body)),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Update a user; {active:false} deactivates and ends their sessions',
        params: ZIdParams,
        body: ZUpdateUser,
        response: { 200: ZUser },
      },
    },
    async (req) => updateUser(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/admin/users/:id/reset-password',
    {
      config,
      schema: {
        tags,
        summary: 'Reset the password; returns a temporary password',
        params: ZIdParams,
        response: { 200: ZTemporaryPassword },
      },
    },
    async (req) => ({ temporaryPassword: await resetPassword(db, actorOf(req), req.params.id) }),
  );

  app.put(
    '/api/admin/users/:id/roles',
    {
      config,
      schema: {
        tags,
        summary: 'Replace the roles of a user',
        params: ZIdParams,
        body: ZRolesBody,
        response: { 200: ZUser },
      },
    },
    async (req) => setRoles(db, actorOf(req), req.params.id, req.body),
  );
};
