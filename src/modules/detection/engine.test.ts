import { describe, expect, it } from 'vitest';
import { DetectResultSchema } from './contract.js';
import { detect } from './index.js';
import type { TDetectInput } from './types.js';

const LETTER = `Fra: Maja Bech Nguyen <maja_nguyen31@yahoo.dk>
Til: Viggo Bech Mortensen <vbm@silkeborg.dk>

Mit cpr-nr. er 1508350445. Jeg har diabetes.
Pengene kan sendes til reg.nr. 3568 - 9616925123.

Med venlig hilsen
Maja Bech Nguyen
Rosenvej 39, 3400 Hillerød
Tlf. 9103 1974

Viggo Bech Mortensen, sagsbehandler, tlf. 89 70 10 00
`;

const base: TDetectInput = { text: LETTER, parties: ['Maja Bech Nguyen'], staff: ['Viggo Bech Mortensen'] };
const labelsOf = (input: TDetectInput) => detect(input).spans.map((s) => `${s.label}:${s.text}`);

describe('detect() and the case-type policy', () => {
  it('citizen: redacts the private person completely, keeps staff and the switchboard', () => {
    expect(labelsOf({ ...base, case_type: 'citizen' })).toEqual([
      'PERSON:Maja Bech Nguyen',
      'EMAIL:maja_nguyen31@yahoo.dk',
      'CPR:1508350445',
      'HEALTH:diabetes',
      'ACCOUNT:reg.nr. 3568 - 9616925123',
      'PERSON:Maja Bech Nguyen',
      'ADDRESS:Rosenvej 39, 3400 Hillerød',
      'PHONE:9103 1974',
    ]);
  });

  it('defaults to the citizen policy', () => {
    expect(labelsOf(base)).toEqual(labelsOf({ ...base, case_type: 'citizen' }));
  });

  it('building: names and addresses readable; CPR, private contact, account and health redacted', () => {
    expect(labelsOf({ ...base, case_type: 'building' })).toEqual([
      'EMAIL:maja_nguyen31@yahoo.dk',
      'CPR:1508350445',
      'HEALTH:diabetes',
      'ACCOUNT:reg.nr. 3568 - 9616925123',
      'PHONE:9103 1974',
    ]);
  });

  it('publication: also hides staff e-mail and the switchboard number', () => {
    const spans = labelsOf({ ...base, case_type: 'publication' });
    expect(spans).toContain('EMAIL:vbm@silkeborg.dk');
    expect(spans).toContain('PHONE:89 70 10 00');
    expect(spans.some((s) => s.startsWith('PERSON:'))).toBe(false);
  });

  it('keeps a staff e-mail at a non-municipal domain readable when it spells the staff name', () => {
    const text = 'Borgeren skriver fra jens@firma.dk.\n\nKontakt Mette Lund på mette.lund@demo-it.dk.';
    const spans = labelsOf({ text, staff: ['Mette Lund'] });
    expect(spans).toEqual(['EMAIL:jens@firma.dk']);
  });

  it('recognises the switchboard number when it is written differently elsewhere', () => {
    const text =
      'Anmeld start af byggeriet (tlf. 8794 7000).\n\nRasmus Overgaard\nByggesagsbehandler\nTelefon 87 94 70 00';
    expect(labelsOf({ text, case_type: 'building', staff: ['Rasmus Overgaard'] })).toEqual([]);
  });

  it('keeps the strings in `keep` readable', () => {
    const spans = labelsOf({ ...base, case_type: 'citizen', keep: ['Rosenvej 39, 3400 Hillerød'] });
    expect(spans.some((s) => s.startsWith('ADDRESS:'))).toBe(false);
  });

  it('returns sorted, non-overlapping spans with legal basis and explanation', () => {
    const result = detect({ ...base, case_type: 'citizen' });
    expect(DetectResultSchema.parse(result)).toBeTruthy();
    for (let i = 1; i < result.spans.length; i++) {
      expect(result.spans[i]!.start).toBeGreaterThanOrEqual(result.spans[i - 1]!.end);
    }
    for (const s of result.spans) {
      expect(s.legalBasis).toMatch(/OFL § 30, nr\. 1/);
      expect(s.explanation.length).toBeGreaterThan(5);
      expect(LETTER.slice(s.start, s.end)).toBe(s.text);
    }
    const cpr = result.spans.find((s) => s.label === 'CPR');
    expect(cpr?.legalBasis).toContain('FVL');
  });

  it('lists kept findings with the reason (for the review UI)', () => {
    const { findings } = detect({ ...base, case_type: 'citizen' });
    const staff = findings.find((f) => f.text === 'Viggo Bech Mortensen');
    expect(staff).toMatchObject({ redact: false, decision: 'municipal employee acting in office' });
    const switchboard = findings.find((f) => f.text === '89 70 10 00');
    expect(switchboard?.redact).toBe(false);
  });

  it('uses UTF-16 offsets (emoji and combining characters before a CPR)', () => {
    const text = '😀 Ærø – cpr 070761-4285';
    const [span] = detect({ text }).spans;
    expect(text.slice(span!.start, span!.end)).toBe('070761-4285');
  });

  it('handles empty text and text without personal data', () => {
    expect(detect({ text: '' }).spans).toEqual([]);
    expect(
      detect({ text: 'Budgettet for 2025 er 4.250.000 kr. Mødet holdes 12.03.2025 kl. 10.' }).spans,
    ).toEqual([]);
  });
});
