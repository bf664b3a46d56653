// The archive end to end on the real app: import (with bad lines) → screening jobs under the publication
// policy → public search, download of the published PDF only, "Indberet et problem", review, re-import
// without duplicates, and tenant isolation.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { withTenant } from '../../platform/db/database.js';
import { systemActor } from '../../platform/http/context.js';
import { jobsFor } from '../../platform/jobs/platform.js';
import { writeSampleArchive } from '../../../bench/archive/make-sample.js';
import { enqueuePending } from './jobs.js';
import { folderSource } from './service/folder-source.js';
import { importManifest } from './service/import.js';
import { archiveStore } from './service/store.js';
import { waitUntilFinal } from './service/wait.js';
import { sampleCase } from './sample-archive.js';

let t: TestApp;
let dir: string;
const pdftotext = (pdf: Buffer) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf }).toString('utf8');

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'archive-api-'));
  await writeSampleArchive(dir, 3, { bad: true });
}, 120_000);
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('open building archive', () => {
  it('imports, screens, publishes redacted copies, and serves nothing else', async () => {
    const tenant = await createTestTenant(t.db);
    const actor = systemActor(tenant.id, 'test');
    const store = archiveStore(t.db, t.config);
    const manifest = await readFile(path.join(dir, 'manifest.csv'), 'utf8');
    const report = await importManifest(t.db, store, actor, manifest, folderSource(dir));
    const expected = [0, 1, 2].reduce((n, i) => n + sampleCase(i).documents.length, 0);
    expect(report.imported).toBe(expected);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/missing\.pdf.*unknown file/),
      expect.stringMatching(/empty\.pdf.*empty \(0 bytes\)/),
      expect.stringMatching(/broken\.pdf.*(cannot be read|no pages)/),
      expect.stringMatching(/notes\.txt.*unsupported file type/),
      expect.stringMatching(/document_date "2020-13-45" is not a date/),
      expect.stringMatching(/duplicate of line 2/),
    ]);
    const jobs = jobsFor(t.db);
    await enqueuePending(jobs, t.db, tenant.id);
    const counts = await waitUntilFinal(t.db, tenant.id, report.documentIds);
    expect(counts.pending).toBe(0);
    expect(counts.failed).toBe(0);

    // Running the same manifest again imports nothing twice.
    const again = await importManifest(t.db, store, actor, manifest, folderSource(dir));
    expect(again.imported).toBe(0);
    expect(again.skipped).toBe(expected);
    const rows = await withTenant(t.db, tenant.id, (tx) =>
      tx.sql.query<{ n: number }>('SELECT count(*)::int AS n FROM archive_documents'),
    );
    expect(rows.rows[0]!.n).toBe(expected);

    // Search by address with an abbreviation, a typo and no postcode.
    const first = sampleCase(0);
    const [street, number] = [first.street.split(' ').slice(0, -1).join(' '), first.street.split(' ').pop()];
    // a letter missing, lower case, "vej" abbreviated when it is one, and no postcode
    const lower = street.toLowerCase().replace(/vej$/, 'v.');
    const typo = `${lower.slice(0, 2)}${lower.slice(3)} ${number}`;
    const search = await t.app.inject({
      url: `/api/public/archive/${tenant.slug}/search?q=${encodeURIComponent(typo)}&kind=address`,
    });
    expect(search.statusCode).toBe(200);
    const hit = search.json().data[0];
    expect(hit.address).toBe(first.address);
    const published = hit.cases.flatMap((c: { documents: { id: string }[] }) => c.documents);
    const withheld = hit.cases.reduce((n: number, c: { withheld: number }) => n + c.withheld, 0);
    expect(published.length + withheld).toBeGreaterThan(0);

    // Every published document: the redacted copy, without CPR, phone or e-mail; readable owner and property.
    const all = await withTenant(t.db, tenant.id, (tx) =>
      tx.sql.query<{ id: string; state: string; sha256: string }>(
        'SELECT id, state, sha256 FROM archive_documents',
      ),
    );
    const docs = [0, 1, 2].flatMap((i) => sampleCase(i).documents);
    for (const row of all.rows) {
      const res = await t.app.inject({ url: `/api/public/archive/${tenant.slug}/documents/${row.id}/pdf` });
      if (row.state !== 'published') {
        expect(res.statusCode).toBe(404);
        continue;
      }
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      const text = pdftotext(res.rawPayload);
      for (const d of docs) {
        expect(text).not.toContain(d.cpr);
        expect(text.replace(/\s/g, '')).not.toContain(d.phone.replace(/\s/g, ''));
        expect(text).not.toContain(d.email);
      }
      expect(text).not.toContain('87 53 50 00');
      expect(text).toMatch(/Ejendom: /);
    }
    // A search for a redacted CPR number finds nothing (the index holds only the published text).
    const cprSearch = await t.app.inject({
      url: `/api/public/archive/${tenant.slug}/search?q=${encodeURIComponent(docs[0]!.cpr)}&kind=text`,
    });
    expect(cprSearch.json().count).toBe(0);
  }, 600_000);

  it('hides a reported document at once, audits it, and brings it back after review', async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id, { role: 'caseworker' });
    const agent = await loginAgent(t, tenant, user);
    const actor = systemActor(tenant.id, 'test');
    const store = archiveStore(t.db, t.config);
    const manifest = await readFile(path.join(dir, 'manifest.csv'), 'utf8');
    const report = await importManifest(
      t.db,
      store,
      actor,
      manifest.split('\n').slice(0, 2).join('\n'),
      folderSource(dir),
    );
    await enqueuePending(jobsFor(t.db), t.db, tenant.id);
    await waitUntilFinal(t.db, tenant.id, report.documentIds);
    const id = report.documentIds[0]!;
    const state = await withTenant(t.db, tenant.id, (tx) =>
      tx.sql.query<{ state: string }>('SELECT state FROM archive_documents WHERE id = $1', [id]),
    );
    // Make it published whatever the screening said, through the reviewer's approval.
    if (state.rows[0]!.state !== 'published') {
      const approve = await agent.post(`/api/archive/documents/${id}/decision`, { action: 'approve' });
      expect(approve.statusCode).toBe(200);
    }
    const pdfUrl = `/api/public/archive/${tenant.slug}/documents/${id}/pdf`;
    expect((await t.app.inject({ url: pdfUrl })).statusCode).toBe(200);
    const reported = await t.app.inject({
      method: 'POST',
      url: `/api/public/archive/${tenant.slug}/documents/${id}/report`,
      payload: { reason: 'personal_data', message: 'Mit telefonnummer står der' },
    });
    expect(reported.statusCode).toBe(202);
    expect((await t.app.inject({ url: pdfUrl })).statusCode).toBe(404);
    const audit = await withTenant(t.db, tenant.id, (tx) =>
      tx.sql.query<{ action: string }>(
        `SELECT action FROM audit_log WHERE action = 'archive.document.reported'`,
      ),
    );
    expect(audit.rows).toHaveLength(1);
    const queue = await agent.get('/api/archive/documents?state=reported');
    expect(queue.json().data.map((d: { id: string }) => d.id)).toEqual([id]);
    const detail = await agent.get(`/api/archive/documents/${id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().reports[0].message).toBe('Mit telefonnummer står der');
    const withhold = await agent.post(`/api/archive/documents/${id}/decision`, { action: 'withhold' });
    expect(withhold.statusCode).toBe(409); // a reason is required
    const approve = await agent.post(`/api/archive/documents/${id}/decision`, { action: 'approve' });
    expect(approve.json().state).toBe('published');
    expect((await t.app.inject({ url: pdfUrl })).statusCode).toBe(200);

    // Another municipality sees none of it.
    const other = await createTestTenant(t.db);
    const otherUser = await createTestUser(t.db, other.id, { role: 'caseworker' });
    const otherAgent = await loginAgent(t, other, otherUser);
    expect((await otherAgent.get(`/api/archive/documents/${id}`)).statusCode).toBe(404);
    expect(
      (await t.app.inject({ url: `/api/public/archive/${other.slug}/documents/${id}/pdf` })).statusCode,
    ).toBe(404);
    // Employees without the archive grant cannot review.
    const employee = await createTestUser(t.db, tenant.id, { role: 'employee' });
    expect((await (await loginAgent(t, tenant, employee)).get('/api/archive/overview')).statusCode).toBe(403);
  }, 300_000);

  it("carries out a reviewer's drawn box: published as approved with the reviewer's reason, a new copy", async () => {
    const tenant = await createTestTenant(t.db);
    const user = await createTestUser(t.db, tenant.id, { role: 'caseworker' });
    const agent = await loginAgent(t, tenant, user);
    const store = archiveStore(t.db, t.config);
    const manifest = await readFile(path.join(dir, 'manifest.csv'), 'utf8');
    const report = await importManifest(
      t.db,
      store,
      systemActor(tenant.id, 'test'),
      manifest.split('\n').slice(0, 2).join('\n'),
      folderSource(dir),
    );
    await enqueuePending(jobsFor(t.db), t.db, tenant.id);
    await waitUntilFinal(t.db, tenant.id, report.documentIds);
    const id = report.documentIds[0]!;
    const before = (await agent.get(`/api/archive/documents/${id}`)).json();
    expect(before.copyVersion).toMatch(/^[0-9a-f]{16}$/);

    // A box over the top of the first page (the letterhead), with a reason.
    const box = { page: 1, x0: 40, y0: 40, x1: 400, y1: 80, legalBasis: 'OFL § 30, nr. 1' };
    const decided = await agent.post(`/api/archive/documents/${id}/decision`, {
      action: 'redact',
      reason: 'Naboens navn',
      manualBoxes: [box],
    });
    expect(decided.statusCode).toBe(200);
    expect(decided.json()).toMatchObject({ state: 'review', jobId: expect.any(String) });
    let after = (await agent.get(`/api/archive/documents/${id}`)).json();
    for (let i = 0; i < 240 && after.state === 'review'; i += 1) {
      await new Promise((r) => setTimeout(r, 250));
      after = (await agent.get(`/api/archive/documents/${id}`)).json();
    }
    expect(after).toMatchObject({ state: 'published', reason: 'approved', reasonDetail: 'Naboens navn' });
    expect(after.manualBoxes).toEqual([box]);
    expect(after.copyVersion).toMatch(/^[0-9a-f]{16}$/);
    expect(after.copyVersion).not.toBe(before.copyVersion);
    // The page image takes the version as a cache buster.
    const image = await agent.get(
      `/api/archive/documents/${id}/pages/1?copy=published&v=${after.copyVersion}`,
    );
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/png');
  }, 300_000);
});
