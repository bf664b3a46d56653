import { describe, expect, it } from 'vitest';
import { ocrQuality, ruleDecision, screeningDecision, type TRules } from './publication.js';

const rules: TRules = { neverPublishedTypes: ['Personalesag'], holdOpenCases: true, minOcrConfidence: 70 };
const clean = {
  ocrPages: [],
  suggestions: [{ label: 'CPR', confidence: 0.99 }],
  text: 'Byggetilladelse til carport.',
};

describe('publication decision', () => {
  it('locks protected properties before anything else, then withholds by case type and open cases', () => {
    expect(
      ruleDecision(rules, { caseType: 'personalesag', closed: false, protectedProperty: true })?.state,
    ).toBe('locked');
    expect(
      ruleDecision(rules, { caseType: 'personalesag', closed: true, protectedProperty: false }),
    ).toMatchObject({
      state: 'withheld',
      reason: 'case_type_never_published',
    });
    expect(
      ruleDecision(rules, { caseType: 'byggetilladelse', closed: false, protectedProperty: false })?.reason,
    ).toBe('open_case');
    expect(
      ruleDecision(
        { ...rules, holdOpenCases: false },
        { caseType: 'kloak', closed: false, protectedProperty: false },
      ),
    ).toBeNull();
  });

  it('publishes a clean, confident document and holds the doubtful ones with the reason', () => {
    expect(screeningDecision(rules, clean).state).toBe('published');
    expect(
      screeningDecision(rules, { ...clean, suggestions: [{ label: 'PHONE', confidence: 0.6 }] }).reason,
    ).toBe('unsure_detection');
    expect(
      screeningDecision(rules, { ...clean, suggestions: [{ label: 'HEALTH', confidence: 0.9 }] }).reason,
    ).toBe('health_information');
    expect(
      screeningDecision(rules, { ...clean, ocrPages: [{ page: 2, quality: 40, words: 80 }] }),
    ).toMatchObject({
      state: 'review',
      reason: 'low_ocr_quality',
    });
    expect(
      screeningDecision(rules, { ...clean, ocrPages: [{ page: 1, quality: 100, words: 3 }] }).reason,
    ).toBe('image_page');
    expect(
      screeningDecision(rules, {
        ...clean,
        text: 'Kære Mette\n\nTak for sidst, det var dejligt.\n\nKærlig hilsen Jens',
      }).reason,
    ).toBe('private_correspondence');
  });

  it('estimates OCR quality from the share of plausible tokens', () => {
    expect(ocrQuality('Byggetilladelse til tilbygning på Møllevej 12, 8410 Rønde.').quality).toBe(100);
    expect(ocrQuality('~^ l|| ,;:: %#¤ ]]] wq# ||| ==').quality).toBeLessThan(30);
  });
});
