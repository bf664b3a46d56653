// Shutting down with a job still running past the grace period: stop() aborts its signal and waits until the
// handler has let go, so nothing touches the database after the caller closes it (CI once saw "Cannot use a
// pool after calling end" from an OCR job that outlived the app). The job is not completed; it is retried.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { jobsDbOf } from '../../src/platform/jobs/platform.js';
import { createJobs } from '../../src/platform/jobs/service.js';
import { JobCancelledError } from '../../src/platform/jobs/types.js';
import { createTestDb, createTestTenant, type TestDb } from '../fixtures/index.js';

let testDb: TestDb;
let tenantId: string;

beforeAll(async () => {
  testDb = await createTestDb();
  tenantId = (await createTestTenant(testDb.db)).id;
});
afterAll(async () => testDb?.close());

it('stop() aborts a handler that outlives the grace period and waits for it before returning', async () => {
  const db = jobsDbOf(testDb.db);
  const jobs = createJobs(db, { pollingIntervalSeconds: 0.5, heartbeatSeconds: 0.2, log: () => undefined });
  let started!: () => void;
  const running = new Promise<void>((resolve) => (started = resolve));
  let handlerDone = false;
  jobs.register('test.slow-to-stop', async (ctx) => {
    started();
    // Works in slow chunks and only looks at its signal between them, as a real OCR job does.
    while (!ctx.signal.aborted) await new Promise((resolve) => setTimeout(resolve, 300));
    await new Promise((resolve) => setTimeout(resolve, 300));
    handlerDone = true;
    throw new JobCancelledError(ctx.id);
  });
  await jobs.start();
  const id = await jobs.enqueue('test.slow-to-stop', {}, { tenantId });
  await running;
  await jobs.stop(1000);
  expect(handlerDone).toBe(true);
  const job = await createJobs(db).get(tenantId, id);
  expect(job?.state).not.toBe('completed');
}, 30_000);
