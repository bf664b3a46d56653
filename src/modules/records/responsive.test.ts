// Issue 19 (responsiveness): a large request answers with counts, its suggestions come a page at a time, and
// page images are rendered in a worker pool behind a bounded per-tenant queue with a cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/fixtures/index.js';
import { copenhagenDate } from '../../platform/calendar/index.js';
import { withTenant } from '../../platform/db/database.js';
import { systemActor } from '../../platform/http/context.js';
import { BusyError } from '../../platform/work/fair-queue.js';
import { createPreviewService, renderPage, sharedPreviewService } from './service/pages.js';
import { loginCaseworker, multipart, pdfWith } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

const PAGES = 400;
const PER_PAGE = 20;

async function largeRequest() {
  const { tenant, agent } = await loginCaseworker(t);
  await agent.post('/api/records/requests', {
    channel: 'email',
    received: copenhagenDate(new Date()),
    name: 'Presse A/S',
    subject: 'Alle dokumenter',
  });
  const id = (await agent.get('/api/records/requests')).json().requests[0].id as string;
  const files = await Promise.all(
    [1, 2, 3].map(async (i) => ({ name: `bundt-${i}.pdf`, bytes: await pdfWith([`Dokument ${i}`]) })),
  );
  const upload = await agent.request({
    method: 'POST',
    url: `/api/records/requests/${id}/documents`,
    ...multipart(files),
  });
  expect(upload.statusCode).toBe(201);
  const docIds = (upload.json().documents as { id: string }[]).map((d) => d.id);
  // As a screening of three 400-page bundles would leave them: 20 suggestions on every page (24,000 in all).
  const suggestions: unknown[] = [];
  for (let p = 1; p <= PAGES; p += 1)
    for (let k = 0; k < PER_PAGE; k += 1)
      suggestions.push({
        id: `p${p}-text-${k}`,
        page: p,
        boxes: [[40, 60 + k * 30, 200, 72 + k * 30]],
        label: 'CPR-nummer',
        legalBasis: 'OFL § 30, nr. 1 (CPR-nummer)',
        basisKey: 'ofl-30-1',
        confidence: 0.95,
        text: `0707${String(p).padStart(2, '0')}-${1000 + k}`,
      });
  await withTenant(t.db, tenant.id, (tx) =>
    tx.sql.query(
      `UPDATE records_documents SET suggestions = $2::jsonb, screening_status = 'done' WHERE request_id = $1`,
      [id, JSON.stringify(suggestions)],
    ),
  );
  return { tenant, agent, id, docIds };
}

describe('the request answer with large documents', () => {
  it('carries counts, not suggestions, and stays small; suggestions are paged per document and page', async () => {
    const { agent, id, docIds, tenant } = await largeRequest();
    const res = await agent.get(`/api/records/requests/${id}`);
    expect(res.statusCode).toBe(200);
    // Before: every suggestion inline (~5 MB for this request). Now a few kilobytes whatever the size.
    expect(res.rawPayload.byteLength).toBeLessThan(20_000);
    const doc = res.json().documentList[0];
    expect(doc).toMatchObject({
      suggestionCount: PAGES * PER_PAGE,
      redactionCount: 0,
      redactionBasisKeys: [],
    });
    expect(doc.suggestions).toBeUndefined();

    const page7 = await agent.get(`/api/records/documents/${docIds[0]}/suggestions?documentPage=7`);
    expect(page7.statusCode).toBe(200);
    const body = page7.json();
    expect(body).toMatchObject({ count: PER_PAGE, page: 1, perPage: 200 });
    expect(body.data).toHaveLength(PER_PAGE);
    expect(body.data[0]).toMatchObject({
      page: 7,
      text: '070707-1000',
      accepted: false,
      label: 'CPR-nummer',
    });

    // Paging through the whole document: the list envelope, bounded per page.
    const second = (
      await agent.get(`/api/records/documents/${docIds[0]}/suggestions?page=2&perPage=500`)
    ).json();
    expect(second).toMatchObject({ count: PAGES * PER_PAGE, page: 2, perPage: 500 });
    expect(second.data[0].id).toBe('p26-text-0');
    expect((await agent.get(`/api/records/documents/${docIds[0]}/suggestions?perPage=5000`)).statusCode).toBe(
      400,
    );
    expect(
      (await agent.get(`/api/records/documents/${docIds[0]}/suggestions?documentPage=0`)).statusCode,
    ).toBe(400);

    // Accepting suggestions of page 7 shows in the paged list and in the compact review state.
    const accept = body.data.slice(0, 3).map((s: { id: string }) => s.id);
    const decided = await agent.put(`/api/records/documents/${docIds[0]}/decision`, {
      decision: 'partial',
      acceptSuggestionIds: accept,
      basisOverrides: { [accept[0]]: 'ofl-30-2' },
      manualBoxes: [{ page: 2, box: [10, 10, 50, 30], label: 'Manuel', basisKey: 'ofl-30-1' }],
      // The other suggestions stay undecided: the release gate needs the caseworker's audited confirmation.
      unredactedReason: 'Gennemgået side for side i fremviseren.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.rawPayload.byteLength).toBeLessThan(5_000);
    const again = (await agent.get(`/api/records/documents/${docIds[0]}/suggestions?documentPage=7`)).json();
    expect(again.data.filter((s: { accepted: boolean }) => s.accepted)).toHaveLength(3);
    expect(again.data[0].acceptedBasisKey).toBe('ofl-30-2');
    const state = await agent.get(`/api/records/documents/${docIds[0]}/review-state`);
    expect(state.statusCode).toBe(200);
    const s = state.json();
    expect(s.ids).toHaveLength(PAGES * PER_PAGE);
    expect(s.pages[PER_PAGE]).toBe(2);
    expect(Object.keys(s.accepted).sort()).toEqual([...accept].sort());
    expect(s.manual).toEqual([{ page: 2, box: [10, 10, 50, 30], label: 'Manuel', basisKey: 'ofl-30-1' }]);
    // Still small with redactions in place.
    const after = await agent.get(`/api/records/requests/${id}`);
    expect(after.rawPayload.byteLength).toBeLessThan(20_000);
    expect(after.json().documentList[0]).toMatchObject({ redactionCount: 4 });

    // The suggestions hold personal data: reading them is audited.
    const audited = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND object_id = $2 AND details->>'view' = 'suggestions'`,
      [tenant.id, docIds[0]],
    );
    expect(audited.rows[0]!.n).toBeGreaterThanOrEqual(3);

    // Another municipality sees nothing.
    const other = await loginCaseworker(t);
    expect((await other.agent.get(`/api/records/documents/${docIds[0]}/suggestions`)).statusCode).toBe(404);
    expect((await other.agent.get(`/api/records/documents/${docIds[0]}/review-state`)).statusCode).toBe(404);
  }, 120_000);
});

describe('page images in the worker pool', () => {
  it('renders in the pool, clamps the resolution, serves repeats from the cache and still audits them', async () => {
    const { agent, docIds, tenant } = await largeRequest();
    const service = sharedPreviewService();
    const renders = service.pool.calls.render;
    const first = await agent.get(`/api/records/documents/${docIds[1]}/pages/1/image?dpi=300`);
    expect(first.statusCode).toBe(200);
    expect(service.pool.calls.render).toBe(renders + 1);
    // 300 dpi is clamped to 200: an A4 page of 595 points is 1653 pixels wide, not 2479.
    expect(first.rawPayload.readUInt32BE(16)).toBe(Math.round((595 * 200) / 72));
    const hits = service.images.stats.hits;
    const second = await agent.get(`/api/records/documents/${docIds[1]}/pages/1/image?dpi=250`);
    expect(second.statusCode).toBe(200);
    expect(service.pool.calls.render).toBe(renders + 1);
    expect(service.images.stats.hits).toBe(hits + 1);
    const audited = await t.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE tenant_id = $1 AND object_id = $2 AND action = 'records.document.read'`,
      [tenant.id, docIds[1]],
    );
    expect(audited.rows[0]!.n).toBe(2);
    expect((await agent.get(`/api/records/documents/${docIds[1]}/pages/9/image`)).statusCode).toBe(404);
  }, 60_000);

  it('refuses past the per-tenant bound with 503 and Retry-After, without holding up another tenant', async () => {
    const { docIds, tenant } = await largeRequest();
    const other = await largeRequest();
    const service = createPreviewService({ workers: 1, perTenant: 2, total: 50, cacheBytes: 0 });
    try {
      const actor = systemActor(tenant.id);
      const results = await Promise.allSettled(
        [1, 1, 1, 1, 1, 1].map((p, i) => renderPage(t.db, actor, docIds[i % 3]!, p, 72 + i, service)),
      );
      const refused = results.filter((r) => r.status === 'rejected');
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused) {
        expect((r as PromiseRejectedResult).reason).toBeInstanceOf(BusyError);
        expect((r as PromiseRejectedResult).reason.status).toBe(503);
      }
      const png = await renderPage(t.db, systemActor(other.tenant.id), other.docIds[0]!, 1, 72, service);
      expect(Buffer.from(png).subarray(1, 4).toString()).toBe('PNG');
    } finally {
      await service.pool.close();
    }
  }, 60_000);

  it('answers 503 with Retry-After over HTTP when the queue is full', async () => {
    const { agent, docIds, tenant } = await largeRequest();
    const shared = sharedPreviewService();
    // Fill this tenant's share of the shared queue with slow work, then ask for a page.
    const tenantId = tenant.id;
    const hold: (() => void)[] = [];
    const blockers = Array.from({ length: 64 }, () =>
      shared.queue.run(tenantId, () => new Promise<void>((r) => hold.push(r))).catch(() => undefined),
    );
    try {
      const res = await agent.get(`/api/records/documents/${docIds[0]}/pages/1/image?dpi=110`);
      expect(res.statusCode).toBe(503);
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(res.json()).toMatchObject({ code: 'service.busy' });
    } finally {
      for (;;) {
        const release = hold.shift();
        if (release) release();
        else if (shared.queue.stats().running + shared.queue.stats().waiting === 0) break;
        else await new Promise((r) => setTimeout(r, 10));
      }
      await Promise.all(blockers);
    }
  }, 60_000);
});
