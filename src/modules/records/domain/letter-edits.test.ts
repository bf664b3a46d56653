import { describe, expect, it } from 'vitest';
import {
  applyEdits,
  checkEdits,
  editableSections,
  parseSectionText,
  recordEdit,
  sectionText,
} from './letter-edits.js';
import type { Letter } from './letters.js';

const letter = (decisionText: string): Letter => ({
  sender: ['Demo Kommune'],
  recipient: ['Anne Jensen'],
  date: '2026-11-27',
  caseNumber: 'AI-2026-000001',
  title: 'Afgørelse om aktindsigt',
  sections: [
    { key: 'decision', heading: 'Afgørelse', paragraphs: [decisionText, 'Se aktlisten.'] },
    {
      key: 'extraction',
      heading: 'Ekstrahering',
      paragraphs: ['Du har ret til faktiske oplysninger.'],
      bullets: ['Dokument nr. 2: tal'],
    },
    { key: 'additional', heading: null, paragraphs: ['Venlig bemærkning.'] },
  ],
  signature: ['Med venlig hilsen', '', 'Sara Sagsbehandler', 'Demo Kommune'],
});

describe('letter section edits', () => {
  it('round-trips paragraphs and bullets through the editable text', () => {
    const section = letter('Du får delvis aktindsigt.').sections[1]!;
    const text = sectionText(section);
    expect(text).toBe('Du har ret til faktiske oplysninger.\n\n• Dokument nr. 2: tal');
    expect(parseSectionText(text)).toEqual({ paragraphs: section.paragraphs, bullets: section.bullets });
    expect(parseSectionText('En linje\nfortsat\r\n\r\n- punkt')).toEqual({
      paragraphs: ['En linje fortsat'],
      bullets: ['punkt'],
    });
  });

  it('uses the edited text in the letter and removes an edit equal to the generated text', () => {
    const l = letter('Du får delvis aktindsigt.');
    let edits = recordEdit(
      l,
      {},
      'decision',
      'Du får delvis aktindsigt i sagen.\n\nSe den vedlagte aktliste.',
    );
    edits = recordEdit(l, edits, 'signature', 'Med venlig hilsen\n\nSara Sagsbehandler\nByggesagsbehandler');
    const sent = applyEdits(l, edits);
    expect(sent.sections[0]!.paragraphs).toEqual([
      'Du får delvis aktindsigt i sagen.',
      'Se den vedlagte aktliste.',
    ]);
    expect(sent.signature.at(-1)).toBe('Byggesagsbehandler');
    expect(checkEdits(l, edits)).toEqual([]);
    expect(recordEdit(l, edits, 'decision', sectionText(l.sections[0]!))).not.toHaveProperty('decision');
    expect(recordEdit(l, edits, 'decision', null)).not.toHaveProperty('decision');
  });

  it('refuses sections the letter does not have', () => {
    expect(() => recordEdit(letter('x'), {}, 'complaint', 'tekst')).toThrow(RangeError);
  });

  it('flags an edit as stale when the generated text changes afterwards, and blocks it', () => {
    const edits = recordEdit(letter('Du får delvis aktindsigt.'), {}, 'decision', 'Min tekst.');
    const changed = letter('Du får ikke aktindsigt.');
    expect(editableSections(changed, edits).find((s) => s.key === 'decision')).toMatchObject({
      edited: true,
      stale: true,
      text: 'Min tekst.',
    });
    expect(checkEdits(changed, edits).map((p) => p.code)).toEqual(['section_stale']);
  });

  it('lets optional sections go but not required ones', () => {
    const l = letter('Du får delvis aktindsigt.');
    const optional = recordEdit(l, {}, 'additional', '');
    expect(checkEdits(l, optional)).toEqual([]);
    expect(applyEdits(l, optional).sections.map((s) => s.key)).toEqual(['decision', 'extraction']);
    const required = recordEdit(l, {}, 'decision', '  ');
    expect(checkEdits(l, required).map((p) => [p.code, p.key])).toEqual([['section_empty', 'decision']]);
  });
});
