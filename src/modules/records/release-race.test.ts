// A release makes its files outside any transaction; a document decided again meanwhile must not end up in the
// package (or be stored as its redacted PDF) with the old decision.
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/fixtures/index.js';
import { systemActor } from '../../platform/http/context.js';
import { sharedRedactionPool, type TRedactionPool } from '../redaction/index.js';
import { createRelease } from './service/release.js';
import { loginCaseworker, multipart, pdfWith, waitForJob } from './test-helpers.js';
import { AppError } from '../../platform/http/errors.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

describe('release while a document is decided again', () => {
  it(
    'refuses the release, stores no stale redacted PDF, and succeeds when retried',
    { timeout: 120_000 },
    async () => {
      const { tenant, agent } = await loginCaseworker(t);
      await t.app.inject({
        method: 'POST',
        url: `/api/public/records/${tenant.slug}/requests`,
        payload: { name: 'Bo', subject: 'Naboklage' },
      });
      const id = (await agent.get('/api/records/requests?open=true')).json().requests[0].id;
      const up = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([
          { name: 'a.pdf', bytes: await pdfWith(['Klage over larm', 'Hemmelig bemaerkning om naboen']) },
          { name: 'b.pdf', bytes: await pdfWith(['Tegning B']) },
        ]),
      });
      const [a] = up.json().documents;
      // Screening updates the documents too; let it finish so only the colleague's decision races the release.
      expect((await waitForJob(agent, up.json().screeningJobId)).state).toBe('completed');
      await agent.put(`/api/records/documents/${a.id}/decision`, { decision: 'release' });
      expect((await agent.post(`/api/records/requests/${id}/decide?partial=true`, {})).statusCode).toBe(200);

      // A pool that lets a colleague add a box to document 1 while its file is being made.
      const real = sharedRedactionPool();
      let raced = false;
      const racing: TRedactionPool = {
        size: 1,
        cacheStats: real.cacheStats,
        analyse: (bytes, opts) => real.analyse(bytes, opts),
        redact: async (bytes, opts) => {
          if (!raced) {
            raced = true;
            const again = await agent.put(`/api/records/documents/${a.id}/decision`, {
              decision: 'partial',
              manualBoxes: [{ page: 1, box: [45, 67, 400, 87], label: 'Privat', basisKey: 'ofl-30-1' }],
              meroffentlighedConsidered: true,
            });
            expect(again.statusCode, again.body).toBe(200);
          }
          return real.redact(bytes, opts);
        },
        close: async () => {},
      };
      const actor = systemActor(tenant.id);
      const first = await createRelease(t.db, actor, id, racing).catch((e: unknown) => e);
      expect(first).toBeInstanceOf(AppError);
      expect((first as AppError).code).toBe('records.changed');
      const stored = await t.db.sql.query<{ redacted_sha256: string | null }>(
        'SELECT redacted_sha256 FROM records_documents WHERE id = $1',
        [a.id],
      );
      expect(stored.rows[0]!.redacted_sha256).toBeNull();
      expect(
        (await t.db.sql.query('SELECT 1 FROM records_releases WHERE request_id = $1', [id])).rows,
      ).toHaveLength(0);

      // Retried, the package carries the new decision: the box's text is gone.
      const second = await createRelease(t.db, actor, id, racing);
      expect(second.files).toContain('dokumenter/001-a.pdf');
      const file = await t.db.sql.query<{ redacted_sha256: string }>(
        'SELECT redacted_sha256 FROM records_documents WHERE id = $1',
        [a.id],
      );
      expect(file.rows[0]!.redacted_sha256).toBeTruthy();
      const redacted = await agent.get(`/api/records/documents/${a.id}/content?variant=redacted`);
      expect(redacted.statusCode).toBe(200);
      const doc = mupdf.Document.openDocument(new Uint8Array(redacted.rawPayload), 'application/pdf');
      const text = doc.loadPage(0).toStructuredText('preserve-whitespace').asText();
      expect(text).toContain('Klage over larm');
      expect(text).not.toContain('Hemmelig');
    },
  );
});
