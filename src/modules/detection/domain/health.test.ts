import { describe, expect, it } from 'vitest';
import { findHealth } from './health.js';

const health = (text: string) => findHealth(text).map((c) => text.slice(c.start, c.end));

describe('health recognizer', () => {
  it('finds lexicon terms with Danish endings and multi-word terms', () => {
    expect(
      health('Jeg har leddegigt. Depressionen er værre. Hun har kræft i tyktarmen og bipolar lidelse.'),
    ).toEqual(['leddegigt', 'Depressionen', 'kræft i tyktarmen', 'bipolar lidelse']);
  });

  it('takes the whole phrase: organ, substance, modifier, ICD-10 code', () => {
    expect(health('Hun har en blodprop i lungen og kroniske nakkesmerter.')).toEqual([
      'blodprop i lungen',
      'kroniske nakkesmerter',
    ]);
    expect(health('Han har et misbrug af heroin.')).toEqual(['misbrug af heroin']);
    const codes = health('Diagnoser:\n- DF32.1 Moderat depressiv enkeltepisode\n- DJ45.9 Astma');
    expect(codes).toContain('DF32.1 Moderat depressiv enkeltepisode');
    expect(codes).toContain('DJ45.9 Astma');
  });

  it('finds medicines and symptoms, not "afhængig af lys"', () => {
    expect(health('Hun tager Quetiapin og Citalopram og har søvnbesvær.')).toEqual([
      'Quetiapin',
      'Citalopram',
      'søvnbesvær',
    ]);
    expect(health('Planten er afhængig af lys i stuen. Han er afhængig af alkohol.')).toEqual(['alkohol']);
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

  it('takes memory, balance and appetite only when someone is worried about a person', () => {
    expect(health('Datteren er bekymret for Aksels hukommelse og hans balance.')).toEqual([
      'hukommelse',
      'balance',
    ]);
    expect(health('Budgettet er i balance. Systemets hukommelse er fuld.')).toEqual([]);
  });

  it('takes acronyms in lower case only in mail written in lower case', () => {
    expect(health('hej. min søn har adhd. han er 9 år. vi venter.')).toEqual(['adhd']);
    expect(health('Vi har modtaget en add-on til systemet. Den virker.')).toEqual([]);
  });

  it('knows conditions, spelling variants and person nouns for a condition', () => {
    expect(health('Moren har multipel sclerose og er hørehæmmet.')).toEqual([
      'multipel sclerose',
      'hørehæmmet',
    ]);
    expect(health('Faren er epileptiker, sønnen har nedsat hørelse.')).toEqual([
      'epileptiker',
      'nedsat hørelse',
    ]);
    expect(health('Hun er gravid i 4. måned.')).toEqual(['gravid']);
    expect(health('Han taler om flugttraumer og har dårlige tænder.')).toEqual([
      'flugttraumer',
      'dårlige tænder',
    ]);
    expect(health('Han har nedsat åbningstiden og gravet haven om.')).toEqual([]);
  });

  it('knows medicines by brand and generic name', () => {
    expect(health('Hun får Ozempic og Lantus, om aftenen Circadin.')).toEqual([
      'Ozempic',
      'Lantus',
      'Circadin',
    ]);
    expect(health('Hun tager sofosbuvir, desuden Oxynorm og Exelon.')).toEqual([
      'sofosbuvir',
      'Oxynorm',
      'Exelon',
    ]);
    expect(health('Mødet holdes i lokale Anker med kaffe og kage.')).toEqual([]);
    expect(health('Han har været syg og fik penicillin.')).toEqual(['syg', 'penicillin']);
    expect(health('Syg og rask i samme bygning: plejeboligerne.')).toEqual([]);
  });

  it('reads OCR digits inside words and takes the whole phrase', () => {
    expect(health('Han er i metadonbehand1ing.')).toEqual(['metadonbehand1ing']);
    expect(health('Hun har en depress1on og ep1lepsi.')).toEqual(['depress1on', 'ep1lepsi']);
    expect(health('Begrunde1se og 0versigt vedlagt, type 1-diabetes')).toEqual(['type 1-diabetes']);
    expect(health('Hun har et misbrug af kokain og hash.')).toEqual(['misbrug af kokain og hash']);
    expect(health('Han har lettere paranoid psykose og hepatitis B.')).toEqual([
      'lettere paranoid psykose',
      'hepatitis B',
    ]);
  });

  it('does not take "kræfter" (strength, staff) for "kræft", nor service disturbances or idioms', () => {
    expect(
      health(
        'Forvaltningen har lagt mange kræfter i projektet, men der mangler arbejdskræfter i ældreplejen.',
      ),
    ).toEqual([]);
    expect(health('Motoren yder 90 hestekræfter, og drivkræfterne bag planen er økonomiske.')).toEqual([]);
    expect(health('Hun har kræft i tyktarmen og har ingen kræfter tilbage.')).toEqual(['kræft i tyktarmen']);
    expect(
      health('Vi beklager driftsforstyrrelser på fjernvarmen og trafikforstyrrelser på ringvejen.'),
    ).toEqual([]);
    expect(health('Han fik en spiseforstyrrelse og søvnforstyrrelser.')).toEqual([
      'spiseforstyrrelse',
      'søvnforstyrrelser',
    ]);
    expect(health('Ledelsen vendte det døve øre til, og ønsket faldt for døve ører.')).toEqual([]);
    expect(health('Cyklisten var i lastbilens blinde vinkel.')).toEqual([]);
    expect(health('Han er døv på venstre øre og har været blind siden fødslen.')).toEqual(['døv', 'blind']);
  });

  it('does not take words about people in general for health information about a person in the case', () => {
    expect(health('Mange ældre borgere har sygdomme og smerter, som gør hverdagen svær.')).toEqual([]);
    expect(health('Generelt oplever mennesker med kroniske sygdomme ofte smerter om natten.')).toEqual([]);
    expect(health('Borgeren har smerter i knæet og en kronisk sygdom.')).toEqual([
      'smerter i knæet',
      'kronisk sygdom',
    ]);
    expect(health('Som mange ældre har hun smerter i hofterne.')).toEqual(['smerter i hofterne']);
    expect(health('Ligesom andre ældre har Ingeborg smerter om morgenen.')).toEqual(['smerter']);
  });
});
