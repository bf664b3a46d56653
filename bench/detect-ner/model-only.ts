// The sequence model alone (no rules), per split, as written and lower-cased: entity recall (exact or covering)
// and the share of its spans that touch no annotated person. For tuning; run.ts measures the whole engine.
//   npx tsx bench/detect-ner/model-only.ts [--ner DIR] [--min-margin 0]
import { modelPersons } from '../../src/modules/detection/domain/person-model/index.js';
import { loadSplit } from './data.js';

const i = process.argv.indexOf('--min-margin');
const minMargin = i >= 0 ? Number(process.argv[i + 1]) : Number.NEGATIVE_INFINITY;
for (const split of ['train', 'dev-a', 'dev-b'] as const) {
  for (const lower of [false, true]) {
    let total = 0;
    let caught = 0;
    let spans = 0;
    let wrong = 0;
    for (const s of loadSplit(split)) {
      const text = lower ? s.text.toLowerCase() : s.text;
      const found = modelPersons(text).filter((m) => m.margin >= minMargin);
      spans += found.length;
      wrong += found.filter((m) => !s.persons.some((p) => p.start < m.end && m.start < p.end)).length;
      for (const p of s.persons) {
        total++;
        if (found.some((m) => m.start <= p.start && m.end >= p.end)) caught++;
      }
    }
    const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)} %`;
    console.log(
      `${split.padEnd(6)} ${lower ? 'lower' : 'cased'}  recall ${caught}/${total} = ${pct(caught, total)}  wrong spans ${wrong}/${spans} = ${pct(wrong, spans)}`,
    );
  }
}
