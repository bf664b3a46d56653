// Background screening (records.screen on the platform's job service) and the review viewer's page images,
// through the real app and database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/fixtures/index.js';
import { copenhagenDate } from '../../platform/calendar/index.js';
import { loginCaseworker, multipart, pdfWith, waitForJob } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

const SECRET_CPR = '070761-4285';

async function caseworker() {
  const { tenant, agent } = await loginCaseworker(t);
  return { agent, tenantId: tenant.id };
}

async function requestWithDocument(agent: Awaited<ReturnType<typeof caseworker>>['agent']) {
  await agent.post('/api/records/requests', {
    channel: 'email',
    received: copenhagenDate(new Date()),
    name: 'Bo Holm',
    subject: 'Referater fra bestyrelsesmøder',
  });
  const id = (await agent.get('/api/records/requests')).json().requests[0].id as string;
  const upload = await agent.request({
    method: 'POST',
    url: `/api/records/requests/${id}/documents`,
    ...multipart([{ name: 'referat.pdf', bytes: await pdfWith([`CPR ${SECRET_CPR}`]) }]),
  });
  expect(upload.statusCode).toBe(201);
  return { id, documentId: upload.json().documents[0].id as string, jobId: upload.json().screeningJobId };
}

describe('background screening (records.screen job)', () => {
  it('screens on request, reports progress, and hides the job and request from other tenants', async () => {
    const { agent } = await caseworker();
    const created = await agent.post('/api/records/requests', {
      channel: 'email',
      received: copenhagenDate(new Date()),
      name: 'Bo Holm',
      subject: 'Referater fra bestyrelsesmøder',
    });
    expect(created.statusCode).toBe(201);
    const id = (await agent.get('/api/records/requests')).json().requests[0].id;

    // Nothing to screen yet: no job is queued.
    const idle = await agent.post(`/api/records/requests/${id}/screen`, {});
    expect(idle.statusCode).toBe(200);
    expect(idle.json()).toEqual({ jobId: null, pending: 0 });

    const upload = await agent.request({
      method: 'POST',
      url: `/api/records/requests/${id}/documents`,
      ...multipart([{ name: 'referat.pdf', bytes: await pdfWith([`CPR ${SECRET_CPR}`]) }]),
    });
    const job = await waitForJob(agent, upload.json().screeningJobId);
    expect(job.state).toBe('completed');
    expect(job.result).toEqual({ screened: 1, failed: 0, suggestions: expect.any(Number) });
    const doc = (await agent.get(`/api/records/requests/${id}`)).json().documentList[0];
    expect(doc.screeningStatus).toBe('done');
    expect(doc.suggestionCount).toBeGreaterThan(0);

    // Another municipality's caseworker gets 404 for both the request and the job.
    const other = await caseworker();
    expect((await other.agent.post(`/api/records/requests/${id}/screen`, {})).statusCode).toBe(404);
    expect((await other.agent.get(`/api/jobs/${upload.json().screeningJobId}`)).statusCode).toBe(404);
    expect((await agent.post('/api/records/requests/not-a-uuid/screen', {})).statusCode).toBe(400);
  }, 120_000);
});

describe('page images for the review viewer', () => {
  it("gives page sizes and PNG pages, audits every view, and hides other tenants' documents", async () => {
    const { agent, tenantId } = await caseworker();
    const { documentId, jobId } = await requestWithDocument(agent);
    await waitForJob(agent, jobId);

    const sizes = await agent.get(`/api/records/documents/${documentId}/pages`);
    expect(sizes.statusCode).toBe(200);
    expect(sizes.json()).toEqual({ pages: [{ page: 1, width: 595, height: 842 }] });

    const image = await agent.get(`/api/records/documents/${documentId}/pages/1/image?dpi=72`);
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
    expect(image.rawPayload.subarray(1, 4).toString()).toBe('PNG');
    // 595 × 842 points at 72 dpi: the PNG header carries the pixel size.
    expect([image.rawPayload.readUInt32BE(16), image.rawPayload.readUInt32BE(20)]).toEqual([595, 842]);

    const audited = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'records.document.read' AND object_id = $1 AND tenant_id = $2`,
      [documentId, tenantId],
    );
    expect(audited.rows[0]!.n).toBe(2);

    expect((await agent.get(`/api/records/documents/${documentId}/pages/2/image`)).statusCode).toBe(404);
    expect((await agent.get(`/api/records/documents/${documentId}/pages/1/image?dpi=5000`)).statusCode).toBe(
      400,
    );
    expect((await agent.get(`/api/records/documents/${documentId}/pages/0/image`)).statusCode).toBe(400);

    const other = await caseworker();
    expect((await other.agent.get(`/api/records/documents/${documentId}/pages`)).statusCode).toBe(404);
    expect((await other.agent.get(`/api/records/documents/${documentId}/pages/1/image`)).statusCode).toBe(
      404,
    );
  }, 120_000);
});
