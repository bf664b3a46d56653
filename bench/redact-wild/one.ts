// One file of the real-world benchmark, run in its own process by run.ts: redact with the engine of
// `rodtrad redact` (default detector, empty context), then check the output's fidelity to the input.
// Prints one JSON line: {status: 'ok' | 'refused', ...}. A crash is a non-zero exit without that line.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFidelity, redactDocument, RedactionError, type TRect } from '../../src/modules/redaction/index.js';

const [input, output, password] = process.argv.slice(2);
if (!input || !output) throw new Error('usage: one.ts IN.pdf OUT.pdf [PASSWORD]');
const bytes = new Uint8Array(readFileSync(input));
const t0 = performance.now();
let line: Record<string, unknown>;
try {
  const { pdf, report, analysis } = await redactDocument(bytes, { name: basename(input), password });
  writeFileSync(output, pdf);
  const boxes = new Map<number, TRect[]>();
  for (const s of analysis.suggestions) boxes.set(s.page, [...(boxes.get(s.page) ?? []), ...s.boxes]);
  const fidelity = checkFidelity(bytes, pdf, { boxes, password });
  line = {
    status: 'ok',
    pages: report.pages,
    items: report.itemsTotal,
    ocrPages: report.ocrPages,
    faithful: fidelity.faithful,
    problems: fidelity.problems,
    images: fidelity.images,
  };
} catch (e) {
  if (!(e instanceof RedactionError)) throw e;
  line = { status: 'refused', code: e.code, message: e.message };
}
line.seconds = Math.round(performance.now() - t0) / 1000;
line.maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(JSON.stringify(line) + '\n');
process.exit(0);
