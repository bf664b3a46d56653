// `rodtrad redact IN OUT.pdf [--context CONTEXT.json] [--password PW]` — a genuinely redacted PDF from any
// case document. stdout: a JSON report. Nothing is written unless the output passed its own verification.
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { TManualBox, TRedactContext, TRejection } from '../modules/redaction/index.js';

const HELP = `Usage: rodtrad redact IN OUT.pdf [--context CONTEXT.json] [--password PASSWORD | --password-file FILE] [--review REVIEW.json]

IN      PDF (with or without a text layer), DOCX, EML, MSG, PNG, JPEG, TIFF, plain text or HTML (type read from the content)
OUT     the redacted PDF; written only after the output has been verified
--context   JSON {"case_type": "citizen"|"building"|"publication", "parties": [...], "staff": [...], "keep": [...]}
--password  password of an encrypted PDF
--password-file  file holding that password (first line), so it is not visible in the process list
--review    JSON {"reject": [id | {"text": ...}], "accept": [id], "manual": [{"page", "x0", "y0", "x1", "y1", "legalBasis"}]}

stdout: JSON report {pages, items (per label), itemsTotal, seconds, ocr, ...}`;

interface TArgs {
  input: string;
  output: string;
  context?: string;
  password?: string;
  passwordFile?: string;
  review?: string;
}

function parseArgs(args: string[]): TArgs | 'help' {
  const pos: string[] = [];
  const opts: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--help' || a === '-h') return 'help';
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (!['context', 'password', 'password-file', 'review'].includes(key))
        throw new Error(`unknown option --${key} (see --help)`);
      const value = inline ?? args[++i];
      if (value === undefined) throw new Error(`--${key} needs a value`);
      opts[key] = value;
    } else pos.push(a);
  }
  if (pos.length !== 2) throw new Error('expected IN and OUT.pdf (see --help)');
  if (opts.password !== undefined && opts['password-file'] !== undefined)
    throw new Error('give either --password or --password-file, not both');
  return {
    input: pos[0]!,
    output: pos[1]!,
    context: opts.context,
    password: opts.password,
    passwordFile: opts['password-file'],
    review: opts.review,
  };
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${what} file ${path}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${what} file ${path} is not valid JSON`);
  }
}

function asContext(v: unknown, path: string): TRedactContext {
  if (!v || typeof v !== 'object' || Array.isArray(v))
    throw new Error(`context file ${path} must hold a JSON object`);
  const o = v as Record<string, unknown>;
  const list = (k: string): string[] | undefined => {
    if (o[k] === undefined) return undefined;
    if (!Array.isArray(o[k]) || !(o[k] as unknown[]).every((x) => typeof x === 'string'))
      throw new Error(`context: "${k}" must be a list of strings`);
    return o[k] as string[];
  };
  const ct = o.case_type;
  if (ct !== undefined && ct !== 'citizen' && ct !== 'building' && ct !== 'publication')
    throw new Error('context: "case_type" must be citizen, building or publication');
  return { case_type: ct, parties: list('parties'), staff: list('staff'), keep: list('keep') };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (parsed === 'help') {
    console.log(HELP);
    return 0;
  }
  const context = parsed.context ? asContext(await readJson(parsed.context, 'context'), parsed.context) : {};
  const review = parsed.review
    ? ((await readJson(parsed.review, 'review')) as {
        accept?: string[];
        reject?: TRejection[];
        manual?: TManualBox[];
      })
    : {};
  let password = parsed.password;
  if (parsed.passwordFile !== undefined) {
    try {
      password = (await readFile(parsed.passwordFile, 'utf8')).split(/\r?\n/, 1)[0];
    } catch {
      throw new Error(`cannot read password file ${parsed.passwordFile}`);
    }
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(parsed.input));
  } catch {
    throw new Error(`cannot read input file ${parsed.input}`);
  }
  // loaded only now: MuPDF (WebAssembly), tesseract.js and the detector are not needed for --help or bad options
  const { redactDocument } = await import('../modules/redaction/index.js');
  const { pdf, report } = await redactDocument(bytes, {
    context,
    password,
    name: basename(parsed.input),
    accept: review.accept,
    reject: review.reject,
    manual: review.manual,
  });
  // write to a temporary name first so a half-written file never carries the final name
  const tmp = join(dirname(parsed.output), `.${basename(parsed.output)}.${process.pid}.tmp`);
  await writeFile(tmp, pdf);
  await rename(tmp, parsed.output);
  console.log(JSON.stringify({ input: parsed.input, output: parsed.output, ...report }));
  return 0;
}
