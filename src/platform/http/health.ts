// /healthz: the process is alive. /readyz: the database answers and every migration is applied. Readiness is
// computed per request (with a timeout), so it turns green again by itself when the database comes back.
import type { FastifyPluginAsync } from 'fastify';
import { loadMigrations, migrationStatus } from '../db/migrate.js';
import { startLoadMonitor } from './load-monitor.js';

const TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error('database timeout')), ms);
    }),
  ]);
}

export const healthRoutes: FastifyPluginAsync = async (app) => {
  const expected = await loadMigrations();
  const monitor = startLoadMonitor(app.db.kind === 'pglite', (a) =>
    app.log.warn(
      { lagP99Ms: a.lagP99Ms, embeddedDatabase: a.embeddedDatabase },
      a.advice ?? 'sustained load',
    ),
  );
  app.addHook('onClose', async () => monitor.stop());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (req, reply) => {
    try {
      const status = await withTimeout(migrationStatus(app.db, expected), TIMEOUT_MS);
      if (status.pending.length > 0)
        return reply
          .status(503)
          .send({ status: 'not_ready', reason: 'migrations pending', pending: status.pending });
      // Still ready under load (one instance taken out of rotation would be an outage), but it says so.
      return { status: 'ready', migrations: status.applied, load: monitor.assess() };
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed');
      return reply.status(503).send({ status: 'not_ready', reason: 'database unavailable' });
    }
  });
};
