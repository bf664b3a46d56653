import { describe, expect, it } from 'vitest';
import { buildDecisionLetter, type DecisionLetterInput } from './decision-letter.js';
import { editableSections } from './letter-edits.js';

const input: DecisionLetterInput = {
  municipality: { name: 'Demo Kommune', unit: null, address: [] },
  caseNumber: 'AI-2026-000001',
  letterDate: '2026-11-27',
  requester: { name: 'Mette Journalist', address: [] },
  received: '2026-11-20',
  subject: 'Byggesagen om Skovvej 12',
  caseReferences: [],
  laws: ['ofl'],
  governingLaw: 'ofl',
  documents: [
    {
      number: 1,
      title: 'Indsigelse',
      date: null,
      decision: 'partial',
      basisKeys: [],
      redactions: [
        { label: 'CPR', basisKey: 'ofl-30-1' },
        { label: 'PERSON', basisKey: 'ofl-30-1' },
        { label: 'HEALTH', basisKey: 'ofl-30-1' },
        { label: 'Manuel overstregning', basisKey: 'ofl-30-1' },
      ],
      internal: false,
      extractionNote: null,
      meroffentlighedConsidered: true,
      meroffentlighedNote: null,
      emissionInformation: false,
      notCoveredReason: null,
    },
  ],
  reasoning: { 'ofl-30-1': { considerations: 'Naboens private forhold.', facts: '' } },
  meroffentlighed: 'Privatlivet vejer tungere.',
  appealBody: { name: 'Ankestyrelsen', contact: null, timeLimit: null },
  caseworker: { name: 'Søren Sagsbehandler', title: null },
  additionalParagraphs: [],
};

describe('decision letter', () => {
  it('names the redacted kinds of information in Danish, not by detection code', () => {
    const reasons = buildDecisionLetter(input).sections.find((s) => s.key === 'reasoning')!;
    expect(reasons.paragraphs[0]).toContain('CPR-numre, navne, helbredsoplysninger og manuel overstregning');
    expect(reasons.paragraphs.join(' ')).not.toMatch(/\b(cpr|person|health)\b/);
  });

  it('gives every generated section a key the editor can address', () => {
    expect(editableSections(buildDecisionLetter(input), {}).map((s) => [s.key, s.required])).toEqual([
      ['request', false],
      ['decision', true],
      ['reasoning', true],
      ['meroffentlighed', true],
      ['complaint', true],
      ['signature', true],
    ]);
  });
});
