import { describe, expect, it } from 'vitest';
import {
  checkDocumentDecision,
  hasBlockingProblems,
  mostFavourable,
  summariseDecisions,
  type DocumentDecisionInput,
} from './document-decision.js';
import { basesForLaws, legalBasis, LEGAL_BASES } from './legal-basis.js';

const doc = (over: Partial<DocumentDecisionInput> = {}): DocumentDecisionInput => ({
  number: 1,
  title: 'Ansøgning om byggetilladelse',
  date: '2026-10-01',
  decision: 'release',
  basisKeys: [],
  redactions: [],
  internal: false,
  extractionNote: null,
  meroffentlighedConsidered: false,
  meroffentlighedNote: null,
  emissionInformation: false,
  notCoveredReason: null,
  ...over,
});

const codes = (d: DocumentDecisionInput, laws: ('ofl' | 'fvl' | 'mol')[] = ['ofl']) =>
  checkDocumentDecision(d, laws).map((p) => p.code);

describe('legal basis catalogue', () => {
  it('has unique keys, citations and the internal-document extraction duty', () => {
    expect(new Set(LEGAL_BASES.map((b) => b.key)).size).toBe(LEGAL_BASES.length);
    expect(legalBasis('ofl-30-1')?.citation).toBe('Offentlighedslovens § 30, nr. 1');
    expect(legalBasis('ofl-23')?.extractionDuty).toBe(true);
    expect(legalBasis('ofl-30-1')?.extractionDuty).toBe(false);
    expect(legalBasis('ofl-24')?.stateOnly).toBe(true);
    expect(basesForLaws(['fvl']).every((b) => b.law === 'fvl')).toBe(true);
  });
});

describe('document decisions', () => {
  it('accepts a plain release and rejects one with redactions', () => {
    expect(codes(doc())).toEqual([]);
    expect(codes(doc({ redactions: [{ basisKey: 'ofl-30-1', label: 'CPR-nummer' }] }))).toEqual([
      'release_with_redactions',
    ]);
  });

  it('requires a decision, and a reason for not covered', () => {
    expect(codes(doc({ decision: null }))).toEqual(['undecided']);
    expect(codes(doc({ decision: 'not_covered' }))).toEqual(['not_covered_reason']);
    expect(codes(doc({ decision: 'not_covered', notCoveredReason: 'Vedrører en anden ejendom' }))).toEqual(
      [],
    );
  });

  it('requires meroffentlighed to be considered on every refusal', () => {
    const partial = doc({ decision: 'partial', redactions: [{ basisKey: 'ofl-30-1', label: 'CPR-nummer' }] });
    expect(codes(partial)).toEqual(['meroffentlighed']);
    expect(codes({ ...partial, meroffentlighedConsidered: true })).toEqual([]);
    expect(codes(doc({ decision: 'partial', meroffentlighedConsidered: true }))).toEqual([
      'partial_without_redactions',
    ]);
  });

  it('requires extraction notes for withheld internal documents (OFL §§ 28–29)', () => {
    const internal = doc({
      decision: 'withhold',
      basisKeys: ['ofl-23'],
      internal: true,
      meroffentlighedConsidered: true,
    });
    expect(codes(internal)).toEqual(['extraction_missing']);
    expect(
      codes({ ...internal, extractionNote: 'Faktiske oplysninger om byggeriets højde er ekstraheret.' }),
    ).toEqual([]);
  });

  it('checks the basis: known, of an applicable law, not for emissions under MOL', () => {
    expect(
      codes(doc({ decision: 'withhold', basisKeys: ['ofl-99'], meroffentlighedConsidered: true })),
    ).toContain('unknown_basis');
    expect(
      codes(
        doc({
          decision: 'withhold',
          basisKeys: ['fvl-12'],
          internal: true,
          extractionNote: 'x',
          meroffentlighedConsidered: true,
        }),
      ),
    ).toEqual(['basis_wrong_law']);
    const emission = doc({
      decision: 'partial',
      redactions: [{ basisKey: 'ofl-30-2', label: 'Udledningstal' }],
      emissionInformation: true,
      meroffentlighedConsidered: true,
    });
    expect(codes(emission, ['ofl', 'mol'])).toEqual(['emission_basis']);
    expect(codes(emission, ['ofl'])).toEqual([]);
  });

  it('warns when an information-level ground withholds a whole document (OFL § 34)', () => {
    const problems = checkDocumentDecision(
      doc({ decision: 'withhold', basisKeys: ['ofl-30-1'], meroffentlighedConsidered: true }),
      ['ofl'],
    );
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['consider_partial', 'warning']]);
    expect(hasBlockingProblems(problems)).toBe(false);
  });

  it('picks the most favourable outcome across laws', () => {
    expect(mostFavourable(['withhold', 'partial'])).toBe('partial');
    expect(mostFavourable(['withhold', 'release', 'partial'])).toBe('release');
  });

  it('summarises the outcome and the grounds per document', () => {
    const s = summariseDecisions([
      doc({ number: 1 }),
      doc({
        number: 2,
        decision: 'partial',
        redactions: [
          { basisKey: 'ofl-30-1', label: 'CPR-nummer' },
          { basisKey: 'ofl-30-1', label: 'Navn' },
        ],
      }),
      doc({ number: 3, decision: 'withhold', basisKeys: ['ofl-23'] }),
      doc({ number: 4, decision: 'partial', redactions: [{ basisKey: 'ofl-30-1', label: 'Navn' }] }),
      doc({ number: 5, decision: 'not_covered' }),
    ]);
    expect(s.outcome).toBe('partial');
    expect(s.counts).toEqual({ release: 1, partial: 2, withhold: 1, not_covered: 1 });
    expect(s.grounds).toEqual([
      { basisKey: 'ofl-30-1', numbers: [2, 4] },
      { basisKey: 'ofl-23', numbers: [3] },
    ]);
    expect(summariseDecisions([doc()]).outcome).toBe('full');
    expect(summariseDecisions([doc({ decision: 'withhold', basisKeys: ['ofl-23'] })]).outcome).toBe(
      'refused',
    );
    expect(summariseDecisions([doc({ decision: 'not_covered' })]).outcome).toBe('nothing_covered');
  });
});
