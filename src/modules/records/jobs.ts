// Background work of the records module: screening all documents of a request (job "records.screen").
import type { Db } from '../../platform/db/database.js';
import { systemActor } from '../../platform/http/context.js';
import type { Jobs } from '../../platform/jobs/service.js';
import { screenRequest } from './service/screening.js';

export const SCREEN_JOB = 'records.screen';

export type ScreenJobData = { requestId: string };

export function registerRecordsJobs(jobs: Jobs, db: Db): void {
  jobs.register<ScreenJobData>(
    SCREEN_JOB,
    async (ctx) => {
      const actor = systemActor(ctx.tenantId, 'job:records.screen');
      return screenRequest(db, actor, ctx.data.requestId, (done, total) =>
        ctx.progress(Math.round((done / total) * 100), `${done} af ${total} dokumenter`),
      );
    },
    { retryLimit: 2, concurrency: 1 },
  );
}
