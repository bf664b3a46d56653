// Child process for recovery.test.ts: runs a job worker on a database shared with the parent test.
// With JOB_ID unset it enqueues a job and works on it; on the first attempt the handler stops dead at the
// requested point and prints a marker, and the parent SIGKILLs this process there. With JOB_ID set it only
// works (a restarted instance) and exits once the job is finished, printing its final state.
import { createJobs } from '../../src/platform/jobs/service.js';
import { openSharedDb } from './helpers.js';

type KillPoint = 'inside-step' | 'after-steps';

const { DATA_DIR, DATABASE_URL, TENANT_ID, JOB_ID, KILL_POINT } = process.env;
const { db, jobsDb } = await openSharedDb({ dataDir: DATA_DIR, databaseUrl: DATABASE_URL });
const jobs = createJobs(jobsDb, {
  pollingIntervalSeconds: 0.5,
  heartbeatSeconds: 0.2,
  staleAfterSeconds: 1,
  log: () => undefined,
});
const forever = () => new Promise<never>(() => undefined);

jobs.register<{ killPoint: KillPoint }>(
  'test.recover',
  async (ctx) => {
    const effect = (label: string) =>
      ctx.step(label, async (tx) => {
        await tx.query(`INSERT INTO job_effects (tenant_id, job_id, label) VALUES ($1, $2, $3)`, [
          ctx.tenantId,
          ctx.id,
          label,
        ]);
        if (ctx.attempt === 1 && ctx.data.killPoint === 'inside-step' && label === 'two') {
          console.log('MARK inside-step');
          await forever();
        }
        return label;
      });
    await effect('one');
    ctx.progress(50, 'one done');
    await effect('two');
    if (ctx.attempt === 1 && ctx.data.killPoint === 'after-steps') {
      console.log('MARK after-steps');
      await forever();
    }
    return { attempt: ctx.attempt };
  },
  { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false },
);

await jobs.start();
if (!JOB_ID) {
  const id = await jobs.enqueue(
    'test.recover',
    { killPoint: KILL_POINT as KillPoint },
    { tenantId: TENANT_ID! },
  );
  console.log(`JOB ${id}`);
} else {
  const job = await jobs.waitFor(TENANT_ID!, JOB_ID, 120_000);
  console.log(`DONE ${job.state} ${job.attempt}`);
  await jobs.stop(1000);
  await db.close();
  process.exit(0);
}
