// Background work of the records module: screening all documents of a request (job "records.screen").
// The routes plugin registers the handler on the platform's job service (`jobsFor(app.db)`) and enqueues a
// screening whenever documents arrive; progress (percent + message) is visible at GET /api/jobs/:id.
import { withTenant, type Db } from '../../platform/db/database.js';
import { systemActor } from '../../platform/http/context.js';
import { JobCancelledError } from '../../platform/jobs/types.js';
import type { Jobs } from '../../platform/jobs/service.js';
import { screenRequest } from './service/screening.js';

export const SCREEN_JOB = 'records.screen';

export type ScreenJobData = { requestId: string };

// A job service is shared by every app on the same database handle; register the handler once per service
// and remember the database, where enqueueScreening records the job on its request.
const registered = new WeakMap<Jobs, Db>();

export function registerRecordsJobs(jobs: Jobs, db: Db): void {
  if (registered.has(jobs)) return;
  registered.set(jobs, db);
  jobs.register<ScreenJobData>(
    SCREEN_JOB,
    async (ctx) => {
      const actor = systemActor(ctx.tenantId, 'job:records.screen');
      ctx.progress(0, 'Finder dokumenter, der skal screenes');
      // Only pending documents are screened, so a retry continues where the previous attempt stopped.
      return screenRequest(db, actor, ctx.data.requestId, (done, total) => {
        if (ctx.signal.aborted) throw new JobCancelledError(ctx.id);
        ctx.progress(Math.round((done / total) * 100), `${done} af ${total} dokumenter screenet`);
      });
    },
    { retryLimit: 2, concurrency: 1 },
  );
}

/**
 * Enqueues a screening of the request's pending documents, started by the user, and records the job on the
 * request so the request (GET /api/records/requests/:id) shows it to everyone working on the case.
 */
export async function enqueueScreening(
  jobs: Jobs,
  actor: { tenantId: string; userId: string | null },
  requestId: string,
): Promise<string> {
  const db = registered.get(jobs);
  if (!db) throw new Error('registerRecordsJobs must run before enqueueScreening');
  const id = await jobs.enqueue<ScreenJobData>(
    SCREEN_JOB,
    { requestId },
    { tenantId: actor.tenantId, userId: actor.userId },
  );
  await withTenant(db, actor.tenantId, (tx) =>
    tx.sql.query('UPDATE records_requests SET screening_job_id = $2 WHERE id = $1', [requestId, id]),
  );
  return id;
}
