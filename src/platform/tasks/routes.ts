import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { actorOf } from '../http/context.js';
import { ZTaskList } from './contract.js';
import { collectTasks } from './registry.js';

export const taskRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/tasks',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['tasks'],
        summary: "The current user's open tasks from every module",
        response: { 200: ZTaskList },
      },
    },
    async (req) => {
      const tasks = await collectTasks({ db: app.db, actor: actorOf(req) }, (name, error) =>
        req.log.error({ err: error, provider: name }, 'task provider failed'),
      );
      return { tasks };
    },
  );
};
