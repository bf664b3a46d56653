// Names nobody listed (issue 14): the learned model beside the rules, document-wide propagation, staff roles only
// for municipal staff, and initials. Our own sentences, run through detect() as `rodtrad detect` does.
import { describe, expect, it } from 'vitest';
import { detect } from './index.js';
import type { TDetectInput } from './types.js';

const redacted = (input: TDetectInput | string) => {
  const inp = typeof input === 'string' ? { text: input } : input;
  return detect(inp)
    .spans.filter((s) => s.label === 'PERSON')
    .map((s) => s.text);
};
const kept = (input: TDetectInput | string) => {
  const inp = typeof input === 'string' ? { text: input } : input;
  return detect(inp)
    .findings.filter((f) => f.label === 'PERSON' && !f.redact)
    .map((f) => f.text);
};

describe('names nobody listed', () => {
  it('finds unlisted and foreign full names in running text without any case context', () => {
    const text =
      'Ved hjemmebesøget var også Oleksandr Kovalchuk til stede. Bagefter ringede Thandiwe Nkosi og bekræftede aftalen.';
    expect(redacted(text)).toEqual(['Oleksandr Kovalchuk', 'Thandiwe Nkosi']);
  });

  it('redacts a surname alone everywhere in the document once the full name is known', () => {
    const text =
      'Journalnotat: Peter Hansen mødte op i Borgerservice.\nHansen oplyste, at han er flyttet. Hansens datter hjælper ham.';
    expect(redacted(text)).toEqual(['Peter Hansen', 'Hansen', 'Hansens']);
    const foreign =
      'Samtale med Dawit Gebremariam om boligen.\nGebremariam oplyste, at huslejen er betalt. Vi ringer til Gebremariam igen.';
    expect(redacted(foreign)).toEqual(['Dawit Gebremariam', 'Gebremariam', 'Gebremariam']);
  });

  it('does the same in text written in lower case', () => {
    const text =
      'hej. jeg har talt med peter hansen i dag. hansen oplyste at han er flyttet. vi ringer til hansen i morgen.';
    expect(redacted(text)).toEqual(['peter hansen', 'hansen', 'hansen']);
  });

  it('keeps company names, staff from the case record and the keep list readable', () => {
    expect(redacted('Tilbuddet kom fra Byg & Bo ApS og fra Jensen, Hansen og Petersen A/S.')).toEqual([]);
    const withStaff: TDetectInput = {
      text: 'Teamleder Zofia Wiśniewska har talt med Oleksandr Kovalchuk. Zofias notat er vedlagt.',
      staff: ['Zofia Wiśniewska'],
    };
    expect(redacted(withStaff)).toEqual(['Oleksandr Kovalchuk']);
    expect(kept(withStaff)).toEqual(['Zofia Wiśniewska', 'Zofias']);
  });
});

describe('staff roles', () => {
  it('does not make a company director or an association officer municipal staff', () => {
    const text =
      'På mødet deltog selskabets direktør, Per Løkkegaard, og næstformand Birte Weiss fra foreningen.';
    expect(redacted(text)).toEqual(['Per Løkkegaard', 'Birte Weiss']);
    expect(redacted('Klagen er sendt til Jonas Friis, direktør i Friis Byg ApS.')).toContain('Jonas Friis');
  });

  it('keeps the staff list and municipal roles in an authority context readable', () => {
    const text =
      'Aabenraa Kommune, Teknik og Miljø. Sagsbehandler: Mette Lund. Teamleder Jonas Friis har godkendt bevillingen.';
    expect(redacted(text)).toEqual([]);
    expect(kept(text)).toEqual(['Mette Lund', 'Jonas Friis']);
    expect(kept('Byggesagen behandles af Søren Krag, ingeniør i Teknik og Miljø, Aabenraa Kommune.')).toEqual(
      ['Søren Krag'],
    );
  });
});

describe('initials', () => {
  it('redacts the initials together with the name', () => {
    const text = 'Brevet er underskrevet af P. E. Pedersen og sendt til H. C. Andersen, Skovbrynet 4.';
    expect(redacted(text)).toEqual(['P. E. Pedersen', 'H. C. Andersen']);
    expect(redacted('Kære J.K. Mortensen')).toEqual(['J.K. Mortensen']);
  });
});
