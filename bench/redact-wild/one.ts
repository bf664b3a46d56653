// One file of the real-world benchmark, run in its own process by run.ts: redact with the engine of
// `rodtrad redact` (default detector, empty context), then check the output's fidelity to the input.
// Prints one JSON line: {status: 'ok' | 'refused', ...}. A crash is a non-zero exit without that line.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  checkFidelity,
  redactDocument,
  RedactionError,
  type TRect,
} from '../../src/modules/redaction/index.js';

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
  let fidelity = checkFidelity(bytes, pdf, { boxes, password });
  if (fidelity.problems.some((p) => p.kind === 'unreadable' && p.detail.startsWith('input'))) {
    // a file MuPDF cannot open itself (the engine decrypted it): the reference is qpdf's decryption,
    // independent of the engine's
    const ref = join(tmpdir(), `wild-ref-${process.pid}.pdf`);
    try {
      execFileSync('qpdf', [`--password=${password ?? ''}`, '--decrypt', input, ref], { stdio: 'ignore' });
    } catch {
      // qpdf exits 3 on warnings and still writes the file
    }
    if (!existsSync(ref)) {
      // qpdf cannot decrypt an attachment-only (EFOpen) file without the attachment's password; the pages
      // are not encrypted, so the file with its /Encrypt entry blanked out is the reference
      const text = Buffer.from(bytes).toString('latin1');
      writeFileSync(
        ref,
        Buffer.from(
          text.replace(/\/Encrypt\s+\d+\s+\d+\s+R/g, (m) => ' '.repeat(m.length)),
          'latin1',
        ),
      );
    }
    fidelity = checkFidelity(new Uint8Array(readFileSync(ref)), pdf, { boxes });
    rmSync(ref, { force: true });
  }
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
