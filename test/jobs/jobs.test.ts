// Background jobs on a real database (PGlite, or PostgreSQL when DATABASE_URL is set): progress, retries,
// cancellation, durable steps and tenant isolation through the service API.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsDbOf } from '../../src/platform/jobs/platform.js';
import { createJobs, type Jobs } from '../../src/platform/jobs/service.js';
import type { JobsDb } from '../../src/platform/jobs/types.js';
import { createTestDb, createTestTenant, createTestUser, type TestDb } from '../fixtures/index.js';
import { addEffectsTable, effectsOf } from './helpers.js';

let testDb: TestDb;
let db: JobsDb;
let jobs: Jobs;
let tenantA: string;
let tenantB: string;
let alice: string;
let bob: string;

function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

const progressGate = gate();
const progressReported = gate();
const failuresBeforeSuccess = new Map<string, number>();
const cancelStarted = gate();

const effects = (tenantId: string, jobId: string) => effectsOf(db, tenantId, jobId);

beforeAll(async () => {
  testDb = await createTestDb();
  await addEffectsTable(testDb.db);
  db = jobsDbOf(testDb.db);
  tenantA = (await createTestTenant(testDb.db)).id;
  tenantB = (await createTestTenant(testDb.db)).id;
  alice = (await createTestUser(testDb.db, tenantA)).id;
  bob = (await createTestUser(testDb.db, tenantB)).id;
  jobs = createJobs(db, { pollingIntervalSeconds: 0.5, heartbeatSeconds: 0.2, log: () => undefined });

  jobs.register<{ n: number }>('test.progress', async (ctx) => {
    ctx.progress(40, 'Halvvejs / halfway');
    progressReported.open();
    await progressGate.opened;
    return { doubled: ctx.data.n * 2 };
  });

  jobs.register(
    'test.flaky',
    async (ctx) => {
      await ctx.step('first', async (tx) => {
        await tx.query(`INSERT INTO job_effects (tenant_id, job_id, label) VALUES ($1, $2, 'first')`, [
          ctx.tenantId,
          ctx.id,
        ]);
      });
      const left = failuresBeforeSuccess.get(ctx.id) ?? 0;
      if (left > 0) {
        failuresBeforeSuccess.set(ctx.id, left - 1);
        throw new Error(`planned failure ${ctx.attempt}`);
      }
      await ctx.step('second', async (tx) => {
        await tx.query(`INSERT INTO job_effects (tenant_id, job_id, label) VALUES ($1, $2, 'second')`, [
          ctx.tenantId,
          ctx.id,
        ]);
      });
      return { attempt: ctx.attempt };
    },
    { retryLimit: 2, retryDelaySeconds: 0, retryBackoff: false },
  );

  jobs.register('test.endless', async (ctx) => {
    for (let i = 0; ; i++) {
      await ctx.step(`chunk-${i}`, async (tx) => {
        await tx.query(`INSERT INTO job_effects (tenant_id, job_id, label) VALUES ($1, $2, $3)`, [
          ctx.tenantId,
          ctx.id,
          `c${i}`,
        ]);
      });
      if (i === 1) cancelStarted.open();
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (ctx.signal.aborted) throw new Error('aborted');
    }
  });
  await jobs.start();
});

afterAll(async () => {
  await jobs?.stop(2000);
  await testDb?.close();
});

describe('background jobs', () => {
  it('reports progress while running and stores the result on completion', async () => {
    const id = await jobs.enqueue('test.progress', { n: 21 }, { tenantId: tenantA, userId: alice });
    const queued = await jobs.get(tenantA, id);
    expect(queued).toMatchObject({ name: 'test.progress', createdBy: alice });
    await progressReported.opened;
    let seen = await jobs.get(tenantA, id);
    for (let i = 0; i < 50 && seen?.progress.percent !== 40; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      seen = await jobs.get(tenantA, id);
    }
    expect(seen).toMatchObject({
      state: 'active',
      attempt: 1,
      progress: { percent: 40, message: 'Halvvejs / halfway' },
    });
    progressGate.open();
    const done = await jobs.waitFor(tenantA, id, 10_000);
    expect(done).toMatchObject({
      state: 'completed',
      result: { doubled: 42 },
      progress: { percent: 100 },
      error: null,
    });
    expect(done.finishedAt).not.toBeNull();
  });

  it('retries a failing job and never repeats a step that already committed', async () => {
    const id = await jobs.enqueue('test.flaky', {}, { tenantId: tenantA, userId: alice });
    failuresBeforeSuccess.set(id, 2);
    const done = await jobs.waitFor(tenantA, id, 20_000);
    expect(done).toMatchObject({ state: 'completed', attempt: 3, maxAttempts: 3, result: { attempt: 3 } });
    expect(await effects(tenantA, id)).toEqual(['first', 'second']);
  });

  it('marks a job failed with its error once the retries are used up', async () => {
    const id = await jobs.enqueue('test.flaky', {}, { tenantId: tenantA, userId: alice });
    failuresBeforeSuccess.set(id, 5);
    const done = await jobs.waitFor(tenantA, id, 20_000);
    expect(done).toMatchObject({ state: 'failed', attempt: 3, error: 'planned failure 3' });
    expect(await effects(tenantA, id)).toEqual(['first']);
  });

  it('cancels a running job: its signal aborts and no step commits after the cancellation', async () => {
    const id = await jobs.enqueue('test.endless', {}, { tenantId: tenantA, userId: alice });
    await cancelStarted.opened;
    const cancelled = await jobs.cancel(tenantA, id);
    expect(cancelled?.state).toBe('cancelled');
    const countAtCancel = (await effects(tenantA, id)).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await effects(tenantA, id)).length).toBe(countAtCancel);
    expect((await jobs.get(tenantA, id))?.state).toBe('cancelled');
  });

  it('cancels a queued job before it ever runs', async () => {
    const id = await jobs.enqueue(
      'test.flaky',
      {},
      { tenantId: tenantA, userId: alice, startAfterSeconds: 3600 },
    );
    expect((await jobs.cancel(tenantA, id))?.state).toBe('cancelled');
    expect(await effects(tenantA, id)).toEqual([]);
  });

  it('keeps jobs inside their tenant and filters by owner', async () => {
    const mine = await jobs.enqueue(
      'test.flaky',
      {},
      { tenantId: tenantB, userId: bob, startAfterSeconds: 3600 },
    );
    expect(await jobs.get(tenantA, mine)).toBeNull();
    expect(await jobs.cancel(tenantA, mine)).toBeNull();
    expect((await jobs.get(tenantB, mine))?.state).toBe('queued');
    expect((await jobs.list(tenantB)).map((j) => j.id)).toEqual([mine]);
    expect((await jobs.list(tenantA)).some((j) => j.id === mine)).toBe(false);
    expect(await jobs.get(tenantB, mine, { ownerId: randomUUID() })).toBeNull();
    expect(await jobs.list(tenantB, { ownerId: randomUUID() })).toEqual([]);
    await jobs.cancel(tenantB, mine);
  });

  it('rejects unknown job names', async () => {
    await expect(jobs.enqueue('test.nothing', {}, { tenantId: tenantA })).rejects.toThrow(
      /no handler registered/,
    );
    expect(() => jobs.register('Bad Name', async () => undefined)).toThrow(/invalid job name/);
  });
});
