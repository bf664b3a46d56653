// The letter editor through the real app: generated sections, edits kept and used in the preview and the
// sent PDF, stale edits blocking the decision, the fristbrev text, permissions and audit.
import * as mupdf from 'mupdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  createTestTenant,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../../../test/fixtures/index.js';
import { copenhagenDate } from '../../platform/calendar/index.js';
import { loginCaseworker } from './test-helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 180_000);
afterAll(() => t.close());

const pdfText = (bytes: Uint8Array) => {
  const doc = mupdf.Document.openDocument(bytes, 'application/pdf');
  let text = '';
  for (let i = 0; i < doc.countPages(); i += 1)
    text += doc.loadPage(i).toStructuredText('preserve-whitespace').asText();
  return text.replace(/\s+/g, ' ');
};

async function setup(): Promise<{ agent: Agent; employee: Agent; id: string; docId: string }> {
  const { tenant, agent } = await loginCaseworker(t);
  const employee = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id));
  const received = copenhagenDate(new Date());
  const created = await agent.post('/api/records/requests', {
    channel: 'email',
    received,
    name: 'Anne Jensen',
    subject: 'Naboklagen om Skovvej 12',
  });
  expect(created.statusCode).toBe(201);
  const id = (await agent.get('/api/records/requests')).json().requests[0].id as string;
  const doc = await agent.post(`/api/records/requests/${id}/journal-entries`, {
    title: 'Notat om naboens helbred',
    text: 'Naboen har oplyst om sin sygdom.',
  });
  expect(doc.statusCode).toBe(201);
  return { agent, employee, id, docId: doc.json().id };
}

describe('letter editor', () => {
  it(
    'edits the decision letter, blocks stale edits and sends the edited text',
    { timeout: 120_000 },
    async () => {
      const { agent, employee, id, docId } = await setup();
      const withhold = {
        decision: 'withhold',
        basisKeys: ['ofl-30-1'],
        meroffentlighedConsidered: true,
      };
      expect((await agent.put(`/api/records/documents/${docId}/decision`, withhold)).statusCode).toBe(200);

      const editor = (await agent.get(`/api/records/requests/${id}/letter`)).json();
      expect(editor.sections.map((s: { key: string }) => s.key)).toEqual([
        'request',
        'decision',
        'reasoning',
        'complaint',
        'signature',
      ]);
      expect(editor.grounds).toEqual([
        expect.objectContaining({ basisKey: 'ofl-30-1', documents: [1], considerations: '' }),
      ]);
      expect(editor.problems.map((p: { code: string }) => p.code)).toEqual([
        'reasoning_missing',
        'meroffentlighed_missing',
      ]);
      expect(editor.appealBody).toMatchObject({ name: 'Ankestyrelsen' });

      await agent.put(`/api/records/requests/${id}/letter-draft`, {
        reasoning: { 'ofl-30-1': { considerations: 'Hensynet til naboens privatliv.', facts: '' } },
        meroffentlighed: 'Privatlivet vejer tungere.',
        appealBody: editor.appealBody,
      });
      const edited = 'Du får ikke aktindsigt i notatet om naboens helbred.\n\nNotatet fremgår af aktlisten.';
      const save = await agent.put(`/api/records/requests/${id}/letter-text`, {
        kind: 'decision',
        sections: { decision: edited },
      });
      expect(save.statusCode).toBe(200);
      // Saving the structured draft again keeps the section edits.
      await agent.put(`/api/records/requests/${id}/letter-draft`, {
        reasoning: { 'ofl-30-1': { considerations: 'Hensynet til naboens privatliv.', facts: '' } },
        meroffentlighed: 'Privatlivet vejer tungere.',
        appealBody: editor.appealBody,
      });
      const after = (await agent.get(`/api/records/requests/${id}/letter`)).json();
      expect(after.problems).toEqual([]);
      expect(after.sections.find((s: { key: string }) => s.key === 'decision')).toMatchObject({
        edited: true,
        stale: false,
        text: edited,
      });
      const preview = await agent.get(`/api/records/requests/${id}/letter-preview`);
      expect(pdfText(new Uint8Array(preview.rawPayload))).toContain('notatet om naboens helbred');

      const unknown = await agent.put(`/api/records/requests/${id}/letter-text`, {
        kind: 'decision',
        sections: { extraction: 'tekst' },
      });
      expect(unknown.statusCode).toBe(400);
      const empty = await agent.put(`/api/records/requests/${id}/letter-text`, {
        kind: 'decision',
        sections: { complaint: ' ' },
      });
      expect(empty.statusCode).toBe(200);
      expect((await agent.post(`/api/records/requests/${id}/decide`, {})).json().errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ path: 'sections.complaint' })]),
      );
      await agent.put(`/api/records/requests/${id}/letter-text`, {
        kind: 'decision',
        sections: { complaint: null },
      });

      // A decision changed after the edit: the system's text for that section changes, so the edit is stale.
      await agent.put(`/api/records/documents/${docId}/decision`, {
        decision: 'release',
        unredactedReason: 'Notatet er læst igennem.',
      });
      const stale = await agent.post(`/api/records/requests/${id}/decide`, {});
      expect(stale.statusCode).toBe(409);
      expect(JSON.stringify(stale.json())).toContain('sections.decision');
      await agent.put(`/api/records/documents/${docId}/decision`, withhold);

      expect((await employee.get(`/api/records/requests/${id}/letter`)).statusCode).toBe(403);
      // Another municipality's caseworker does not see the request at all.
      const other = await createTestTenant(t.db, 'Anden Kommune');
      const stranger = await loginAgent(
        t,
        other,
        await createTestUser(t.db, other.id, { role: 'caseworker' }),
      );
      expect((await stranger.get(`/api/records/requests/${id}/letter`)).statusCode).toBe(404);
      expect(
        (await stranger.put(`/api/records/requests/${id}/letter-text`, { kind: 'decision', sections: {} }))
          .statusCode,
      ).toBe(404);
      expect(
        (await stranger.get(`/api/records/requests/${id}/letter-preview?kind=fristbrev`)).statusCode,
      ).toBe(404);
      expect(
        (await employee.put(`/api/records/requests/${id}/letter-text`, { kind: 'decision', sections: {} }))
          .statusCode,
      ).toBe(403);

      const decided = await agent.post(`/api/records/requests/${id}/decide`, {});
      expect(decided.statusCode, decided.body).toBe(200);
      const sent = await agent.get(`/api/records/requests/${id}/letters/${decided.json().letterId}`);
      const text = pdfText(new Uint8Array(sent.rawPayload));
      expect(text).toContain('Du får ikke aktindsigt i notatet om naboens helbred.');
      expect(text).not.toContain('Vi har undtaget 1 dokument');
      expect(text).toContain('Klagevejledning');

      const audit = await t.db.sql.query<{ action: string }>(
        `SELECT action FROM audit_log WHERE object_id = $1 AND action LIKE 'records.letter.%'`,
        [id],
      );
      expect(new Set(audit.rows.map((r) => r.action))).toEqual(
        new Set(['records.letter.view', 'records.letter.edit', 'records.letter.draft']),
      );
    },
  );

  it('edits the fristbrev text and sends it', { timeout: 60_000 }, async () => {
    const { agent, id } = await setup();
    const initial = (await agent.get(`/api/records/requests/${id}/letter?kind=fristbrev`)).json();
    expect(initial.fristbrev.expectedDecisionDate > initial.fristbrev.decisionDue).toBe(true);
    expect(initial.problems.map((p: { code: string }) => p.code)).toEqual(['reason_missing']);

    const reason = 'Sagen omfatter mange dokumenter, og en virksomhed skal høres.';
    const fristbrev = { reason, expectedDecisionDate: initial.fristbrev.expectedDecisionDate };
    await agent.put(`/api/records/requests/${id}/letter-text`, {
      kind: 'fristbrev',
      sections: {},
      fristbrev,
    });
    const generated = (await agent.get(`/api/records/requests/${id}/letter?kind=fristbrev`)).json();
    const body = generated.sections.find((s: { key: string }) => s.key === 'body');
    expect(body.text).toContain(reason);
    const save = await agent.put(`/api/records/requests/${id}/letter-text`, {
      kind: 'fristbrev',
      sections: { body: `${body.text}\n\nRing gerne, hvis du har spørgsmål.` },
      fristbrev,
    });
    expect(save.statusCode).toBe(200);
    const preview = await agent.get(`/api/records/requests/${id}/letter-preview?kind=fristbrev`);
    expect(preview.headers['content-type']).toBe('application/pdf');
    expect(pdfText(new Uint8Array(preview.rawPayload))).toContain('Ring gerne, hvis du har spørgsmål.');

    const sent = await agent.post(`/api/records/requests/${id}/fristbrev`, fristbrev);
    expect(sent.statusCode, sent.body).toBe(201);
    const letter = await agent.get(`/api/records/requests/${id}/letters/${sent.json().letterId}`);
    expect(pdfText(new Uint8Array(letter.rawPayload))).toContain('Ring gerne, hvis du har spørgsmål.');
  });
});
