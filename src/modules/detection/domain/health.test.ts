import { describe, expect, it } from 'vitest';
import { findHealth } from './health.js';

const health = (text: string) => findHealth(text).map((c) => text.slice(c.start, c.end));

describe('health recognizer', () => {
  it('finds lexicon terms with Danish endings and multi-word terms', () => {
    expect(
      health('Jeg har leddegigt. Depressionen er værre. Hun har kræft i tyktarmen og bipolar lidelse.'),
    ).toEqual(['leddegigt', 'Depressionen', 'kræft i tyktarmen', 'bipolar lidelse']);
  });

  it('finds acronyms only in capitals', () => {
    expect(health('Han har ADHD og PTSD. Vi add en bruger.')).toEqual(['ADHD', 'PTSD']);
  });

  it('finds compounds with a health head', () => {
    expect(health('tidligere hashmisbrug og en nyresygdom samt vinterdepression')).toEqual([
      'hashmisbrug',
      'nyresygdom',
      'vinterdepression',
    ]);
  });

  it('takes the words after trigger phrases', () => {
    expect(health('Hun lider af kronisk træthedssyndrom, og er sygemeldt med piskesmæld.')).toEqual([
      'kronisk træthedssyndrom',
      'piskesmæld',
    ]);
    expect(health('Han er diagnosticeret med Aspergers syndrom.')).toEqual(['Aspergers syndrom']);
  });

  it('does not take building damage or weak words without personal context', () => {
    expect(health('Der er vandskade og sætningsskade i kælderen. Projektet er en stor operation.')).toEqual(
      [],
    );
    expect(health('Han er sygemeldt pga. stress.')).toEqual(['stress']);
  });
});
