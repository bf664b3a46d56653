// Lists the PERSON spans on the project's labelled corpora that touch no item that may be redacted, and the
// readable items that were redacted — for checking that the learned model keeps the rules' precision.
//   npx tsx bench/detect-ner/corpus-wrong.ts FILE.jsonl [...]
import { detect } from '../../src/modules/detection/index.js';
import { loadCorpus } from '../../src/modules/detection/corpus-score.js';

for (const file of process.argv.slice(2)) {
  let wrong = 0;
  for (const doc of loadCorpus(file)) {
    const { spans } = detect(doc);
    for (const s of spans) {
      if (doc.entities.some((e) => e.redact !== false && e.start < s.end && s.start < e.end)) continue;
      wrong++;
      const ctx = doc.text.slice(Math.max(0, s.start - 40), s.end + 40).replace(/\n/gu, '⏎');
      console.log(`${doc.id}\t${s.label}\t${s.text}\t«${ctx}»\t${s.explanation}`);
    }
  }
  console.log(`${file}: ${wrong} spans on nothing that may be redacted`);
}
