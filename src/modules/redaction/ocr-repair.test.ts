import { describe, expect, it } from 'vitest';
import { repairOcrWord } from './ocr.js';

describe('OCR word repair', () => {
  it('restores the @ of e-mail addresses that the Danish model reads as Ø', () => {
    expect(repairOcrWord('shaØsilkeborg.dk')).toBe('sha@silkeborg.dk');
    expect(repairOcrWord('karin.holm©example.co.uk,')).toBe('karin.holm@example.co.uk,');
  });

  it('leaves ordinary Danish words alone', () => {
    for (const w of ['Østergade', 'søØst', 'Ø.', 'FØR', 'kØbenhavn']) expect(repairOcrWord(w)).toBe(w);
  });
});
