// /api/jobs through the real app: owners see and cancel their jobs, administrators see the whole tenant,
// other users and other tenants get 404.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobsFor } from '../../src/platform/jobs/platform.js';
import type { Jobs } from '../../src/platform/jobs/service.js';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
let jobs: Jobs;
let owner: Agent;
let colleague: Agent;
let admin: Agent;
let otherAdmin: Agent;
let release!: () => void;
const released = new Promise<void>((resolve) => (release = resolve));

beforeAll(async () => {
  process.env.RODTRAD_JOBS_POLL_SECONDS = '0.5';
  process.env.RODTRAD_JOBS_HEARTBEAT_SECONDS = '0.2';
  t = await createTestApp();
  jobs = jobsFor(t.db);
  jobs.register<{ pages: number }>('test.import', async (ctx) => {
    ctx.progress(25, 'Side 1 af 4 / page 1 of 4');
    await Promise.race([released, new Promise((resolve) => ctx.signal.addEventListener('abort', resolve))]);
    if (ctx.signal.aborted) throw new Error('cancelled');
    return { pages: ctx.data.pages };
  });
  const tenant = await createTestTenant(t.db);
  const other = await createTestTenant(t.db);
  owner = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'employee' }));
  colleague = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'caseworker' }));
  admin = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'administrator' }));
  otherAdmin = await loginAgent(t, other, await createTestUser(t.db, other.id, { role: 'administrator' }));
});

afterAll(async () => {
  release();
  await t?.close();
});

async function progressOf(agent: Agent, id: string, percent: number) {
  for (let i = 0; i < 100; i++) {
    const res = await agent.get(`/api/jobs/${id}`);
    if (res.json().progress?.percent === percent) return res.json();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`job ${id} never reached ${percent} %`);
}

describe('/api/jobs', () => {
  it('shows the owner the progress of a running job and the result when done', async () => {
    const id = await jobs.enqueue(
      'test.import',
      { pages: 4 },
      { tenantId: owner.tenant.id, userId: owner.user.id },
    );
    const running = await progressOf(owner, id, 25);
    expect(running).toMatchObject({
      id,
      state: 'active',
      progress: { message: 'Side 1 af 4 / page 1 of 4' },
    });
    release();
    const done = await jobs.waitFor(owner.tenant.id, id, 10_000);
    expect(done.state).toBe('completed');
    const res = await owner.get(`/api/jobs/${id}`);
    expect(res.json()).toMatchObject({
      state: 'completed',
      result: { pages: 4 },
      progress: { percent: 100 },
    });
  });

  it('lists own jobs for users and every job of the tenant for administrators', async () => {
    const mine = await jobs.enqueue(
      'test.import',
      { pages: 1 },
      { tenantId: owner.tenant.id, userId: owner.user.id, startAfterSeconds: 3600 },
    );
    const ids = (res: { json(): { jobs: { id: string }[] } }) => res.json().jobs.map((j) => j.id);
    expect(ids(await owner.get('/api/jobs'))).toContain(mine);
    expect(ids(await colleague.get('/api/jobs'))).not.toContain(mine);
    expect(ids(await admin.get('/api/jobs?state=queued'))).toEqual([mine]);
    expect(ids(await otherAdmin.get('/api/jobs'))).toEqual([]);
    expect((await colleague.get(`/api/jobs/${mine}`)).statusCode).toBe(404);
    expect((await otherAdmin.get(`/api/jobs/${mine}`)).statusCode).toBe(404);
    expect((await admin.get(`/api/jobs/${mine}`)).statusCode).toBe(200);
  });

  it('lets the owner and administrators cancel, and nobody else', async () => {
    const a = await jobs.enqueue(
      'test.import',
      { pages: 1 },
      { tenantId: owner.tenant.id, userId: owner.user.id, startAfterSeconds: 3600 },
    );
    const b = await jobs.enqueue(
      'test.import',
      { pages: 1 },
      { tenantId: owner.tenant.id, userId: owner.user.id, startAfterSeconds: 3600 },
    );
    expect((await colleague.post(`/api/jobs/${a}/cancel`)).statusCode).toBe(404);
    expect((await otherAdmin.post(`/api/jobs/${a}/cancel`)).statusCode).toBe(404);
    const byOwner = await owner.post(`/api/jobs/${a}/cancel`);
    expect(byOwner.statusCode).toBe(200);
    expect(byOwner.json().state).toBe('cancelled');
    expect((await admin.post(`/api/jobs/${b}/cancel`)).json().state).toBe('cancelled');
  });

  it('answers bad input and missing sessions with problem+json', async () => {
    const bad = await owner.get('/api/jobs/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe('request.invalid');
    expect((await owner.get(`/api/jobs/${randomUUID()}`)).json().code).toBe('not_found');
    expect((await owner.get('/api/jobs?limit=100000')).statusCode).toBe(400);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/jobs' });
    expect(anonymous.statusCode).toBe(401);
    const forged = await owner.request({
      method: 'POST',
      url: `/api/jobs/${randomUUID()}/cancel`,
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(forged.statusCode).toBe(403);
  });
});
