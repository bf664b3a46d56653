// Never release what nobody checked: an unscreened text file, a document with unreviewed suggestions, an
// unsupported file and a duplicate are refused until handled; release locks the request. Screening uses the
// case's context (parties, staff from the org master data, the case subject, the case type).
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestEmployee,
  createTestUnit,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { copenhagenDate } from '../../platform/calendar/index.js';
import { unzip } from './service/unzip.js';
import { loginCaseworker, multipart, waitForJob } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

const utf8 = (s: string) => new TextEncoder().encode(s);
const NOTE =
  'Telefonnotat\n\nKarin Holmgaard Eriksen ringede om sin ansøgning.\nHun oplyste cpr-nummer 070761-4285 og telefon 4524 4357.\nHun har sukkersyge og tager insulin.\n\nSagsbehandler noterede forløbet.\n';

function pdfText(bytes: Uint8Array): string {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  let text = '';
  for (let i = 0; i < doc.countPages(); i += 1)
    text += doc.loadPage(i).toStructuredText('preserve-whitespace').asText();
  return text;
}

type Doc = {
  id: string;
  number: number;
  flags: string[];
  screeningStatus: string;
  unreviewed: number;
  suggestions: { id: string; text?: string; label: string }[];
};

type Agent = Awaited<ReturnType<typeof loginCaseworker>>['agent'];

/** The request's documents with their suggestions (the request answer carries counts; suggestions are paged). */
async function documentsOf(agent: Agent, requestId: string): Promise<Doc[]> {
  const list = (await agent.get(`/api/records/requests/${requestId}`)).json().documentList as Doc[];
  for (const d of list)
    d.suggestions = (await agent.get(`/api/records/documents/${d.id}/suggestions?perPage=500`)).json().data;
  return list;
}

async function register(agent: Awaited<ReturnType<typeof loginCaseworker>>['agent'], extra = {}) {
  const res = await agent.post('/api/records/requests', {
    name: 'Karin Holmgaard Eriksen',
    subject: 'Notater om min ansøgning',
    channel: 'email',
    received: copenhagenDate(new Date()),
    ...extra,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().requestId as string;
}

describe('never release what nobody checked', () => {
  it(
    'refuses an unscreened text file, unreviewed suggestions, an unsupported file and a duplicate',
    { timeout: 180_000 },
    async () => {
      const { agent } = await loginCaseworker(t);
      const id = await register(agent);
      const up = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([
          { name: 'notat.txt', bytes: utf8(NOTE) },
          { name: 'tegning.bin', bytes: new Uint8Array([0, 1, 2, 3, 250, 251, 252, 0, 7]) },
          { name: 'notat-kopi.txt', bytes: utf8(NOTE) },
        ]),
      });
      expect(up.statusCode, up.body).toBe(201);
      const [note, binary, copy] = up.json().documents as Doc[];
      // Plain text is screened (not "unsupported"); until then it is marked and cannot be released.
      expect(note).toMatchObject({ screeningStatus: 'pending', flags: ['unscreened'] });
      expect(binary).toMatchObject({ screeningStatus: 'unsupported', flags: ['unsupported'] });
      expect(copy!.flags).toContain('duplicate');
      const early = await agent.put(`/api/records/documents/${note!.id}/decision`, { decision: 'release' });
      expect(early.statusCode).toBe(409);
      expect(early.json().code).toBe('records.unchecked');

      expect((await waitForJob(agent, up.json().screeningJobId)).state).toBe('completed');
      const screened = await documentsOf(agent, id);
      const n = screened.find((d) => d.id === note!.id)!;
      expect(n.screeningStatus).toBe('done');
      const texts = n.suggestions.map((s) => s.text ?? '');
      expect(texts.some((x) => x.includes('070761-4285'))).toBe(true);
      expect(texts.some((x) => x.replace(/\s/g, '').includes('45244357'))).toBe(true);
      expect(n.flags).toEqual(['unreviewed']);
      expect(n.unreviewed).toBe(n.suggestions.length);

      // One click "release" on a screened document with open suggestions: refused, nothing stored.
      const blind = await agent.put(`/api/records/documents/${n.id}/decision`, { decision: 'release' });
      expect(blind.statusCode).toBe(409);
      expect(blind.json().code).toBe('records.unchecked');
      const [first, ...rest] = n.suggestions;
      const half = await agent.put(`/api/records/documents/${n.id}/decision`, {
        decision: 'partial',
        acceptSuggestionIds: [first!.id],
        meroffentlighedConsidered: true,
      });
      expect(half.statusCode).toBe(409);
      expect(JSON.stringify(half.json())).toContain(`${rest.length} forslag`);
      // Every suggestion decided (one kept readable): accepted.
      const ok = await agent.put(`/api/records/documents/${n.id}/decision`, {
        decision: 'partial',
        acceptSuggestionIds: rest.map((s) => s.id),
        rejectSuggestionIds: [first!.id],
        meroffentlighedConsidered: true,
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().document).toMatchObject({ flags: [], unreviewed: 0 });
      expect(ok.json().document.suggestionVerdicts[first!.id]).toBe('rejected');
      // That was a mistake: accept the first one too (verdicts from the earlier save are kept).
      const all = await agent.put(`/api/records/documents/${n.id}/decision`, {
        decision: 'partial',
        acceptSuggestionIds: n.suggestions.map((s) => s.id),
        meroffentlighedConsidered: true,
      });
      expect(all.statusCode, all.body).toBe(200);

      // The unsupported file goes out only with an explicit, audited confirmation and a reason.
      expect(
        (await agent.put(`/api/records/documents/${binary!.id}/decision`, { decision: 'release' }))
          .statusCode,
      ).toBe(409);
      const short = await agent.put(`/api/records/documents/${binary!.id}/decision`, {
        decision: 'release',
        unredactedReason: 'ok',
      });
      expect(short.statusCode).toBe(400);
      const reason = 'Tegningen er gennemgået manuelt og indeholder ingen personoplysninger.';
      const confirmed = await agent.put(`/api/records/documents/${binary!.id}/decision`, {
        decision: 'release',
        unredactedReason: reason,
      });
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect(confirmed.json().document).toMatchObject({ unredactedReason: reason, flags: ['unsupported'] });
      const audit = await t.db.sql.query<{ details: { reason: string } }>(
        `SELECT details FROM audit_log WHERE action = 'records.document.release_unredacted' AND object_id = $1`,
        [binary!.id],
      );
      expect(audit.rows[0]!.details.reason).toBe(reason);

      // The duplicate blocks release as well, until handled.
      expect(
        (await agent.put(`/api/records/documents/${copy!.id}/decision`, { decision: 'release' })).statusCode,
      ).toBe(409);
      expect(
        (
          await agent.put(`/api/records/documents/${copy!.id}/decision`, {
            decision: 'not_covered',
            notCoveredReason: 'Dublet af dokument 1',
          })
        ).statusCode,
      ).toBe(200);

      // A decision stored without the gate (data from before it existed) still blocks the letter and the release.
      const legacy = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([
          { name: 'sent.txt', bytes: utf8('Ingen er blevet screenet her, Ole Sørensen 4411 2233.') },
        ]),
      });
      const legacyId = legacy.json().documents[0].id as string;
      await waitForJob(agent, legacy.json().screeningJobId);
      await t.db.sql.query(`UPDATE records_documents SET decision = 'release' WHERE id = $1`, [legacyId]);
      const draft = await agent.put(`/api/records/requests/${id}/letter-draft`, {
        reasoning: Object.fromEntries(
          ['ofl-30-1', 'ofl-30-2', 'ofl-31', 'ofl-33-5', 'fvl-15b'].map((k) => [
            k,
            { considerations: 'Private forhold vejer tungere.', facts: 'Notatet nævner cpr og helbred.' },
          ]),
        ),
        meroffentlighed: 'Hensynet til privatlivet vejer tungere.',
      });
      expect(draft.statusCode, draft.body).toBe(200);
      const blocked = await agent.post(`/api/records/requests/${id}/decide`, {});
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().code).toBe('records.unchecked');
      expect((await agent.delete(`/api/records/documents/${legacyId}`)).statusCode).toBe(204);

      const decided = await agent.post(`/api/records/requests/${id}/decide`, {});
      expect(decided.statusCode, decided.body).toBe(200);
      const release = await agent.post(`/api/records/requests/${id}/release`, {});
      expect(release.statusCode, release.body).toBe(201);
      const zip = await t.app.inject({ method: 'GET', url: release.json().downloadUrl });
      const entries = await unzip(new Uint8Array(zip.rawPayload));
      const notePdf = entries.find((e) => e.name.startsWith('dokumenter/001'))!;
      const released = pdfText(notePdf.bytes);
      expect(released).toContain('Telefonnotat');
      expect(released).not.toContain('070761-4285');
      expect(released.replace(/\s/g, '')).not.toContain('45244357');
      expect(entries.some((e) => e.name.startsWith('dokumenter/002'))).toBe(true);

      // Released is final: no uploads, decisions, replacements, deletions or screening afterwards.
      const after = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([{ name: 'sent2.txt', bytes: utf8('For sent') }]),
      });
      expect(after.statusCode).toBe(409);
      expect(after.json().code).toBe('records.locked');
      const redecide = await agent.put(`/api/records/documents/${n.id}/decision`, { decision: 'withhold' });
      expect(redecide.json().code).toBe('records.locked');
      expect((await agent.delete(`/api/records/documents/${n.id}`)).statusCode).toBe(409);
      expect((await agent.post(`/api/records/requests/${id}/screen`, {})).statusCode).toBe(409);
      const detail = (await agent.get(`/api/records/requests/${id}`)).json();
      expect(detail.documentList.every((d: { releasedAt: string | null }) => d.releasedAt)).toBe(true);
    },
  );
});

describe('screening with the case context', () => {
  it(
    'finds the private phone number of a building case and keeps applicant, staff and property readable',
    { timeout: 180_000 },
    async () => {
      const { agent, tenant } = await loginCaseworker(t);
      const unit = await createTestUnit(t.db, tenant.id, { name: 'Byggeri' });
      await createTestEmployee(t.db, tenant.id, unit.id, {
        givenName: 'Mikkel Dahl',
        familyName: 'Andersen',
      });
      const text =
        'Ansøgning om byggetilladelse\n\nEjendom: H.C. Andersens Vej 63, 8800 Viborg, matr.nr. 11b Silkeborg Markjorder\nAnsøger: Jesper Hussein\nTelefon: 4524 4357\nE-mail: jesper_hussein@gmail.com\n\nDer søges om tilladelse til opførelse af en carport på 36 m². Byggeriet placeres 2,5 m fra skel.\n\nSagsbehandler: Mikkel Dahl Andersen\n';
      const id = await register(agent, {
        name: 'Jesper Hussein',
        subject: 'Byggesagen om carporten',
        caseType: 'building',
        caseSubjects: ['H.C. Andersens Vej 63, 8800 Viborg'],
      });
      const up = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([{ name: 'ansoegning.txt', bytes: utf8(text) }]),
      });
      await waitForJob(agent, up.json().screeningJobId);
      const doc = (await documentsOf(agent, id))[0]!;
      const covered = doc.suggestions.map((s) => s.text ?? '').join(' | ');
      expect(covered.replace(/\s/g, '')).toContain('45244357');
      expect(covered).toContain('jesper_hussein@gmail.com');
      for (const kept of ['Jesper Hussein', 'Mikkel', 'Andersens Vej']) expect(covered).not.toContain(kept);

      // The same text in a citizen case: the applicant's name is redacted as well.
      expect((await agent.patch(`/api/records/requests/${id}`, { caseType: 'citizen' })).statusCode).toBe(
        200,
      );
      const again = await agent.request({
        method: 'POST',
        url: `/api/records/requests/${id}/documents`,
        ...multipart([{ name: 'kopi.txt', bytes: utf8(text + '\n') }]),
      });
      await waitForJob(agent, again.json().screeningJobId);
      const citizen = (await documentsOf(agent, id))[1]!;
      expect(citizen.suggestions.map((s) => s.text ?? '').join(' | ')).toContain('Hussein');
      expect(citizen.suggestions.map((s) => s.text ?? '').join(' | ')).not.toContain('Mikkel');

      // Another municipality cannot change this request.
      const other = await loginCaseworker(t);
      expect(
        (await other.agent.patch(`/api/records/requests/${id}`, { caseType: 'building' })).statusCode,
      ).toBe(404);
    },
  );
});
