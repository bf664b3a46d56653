// `rodtrad detect --input IN.jsonl --output OUT.jsonl`: one output line per input line, same order,
// {"id","spans":[{start,end,label}]} with UTF-16 offsets (docs/cli-contracts.md).
import { createReadStream, createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { DetectLineSchema } from '../modules/detection/contract.js';
import { detect } from '../modules/detection/index.js';

const HELP = `Usage: rodtrad detect --input IN.jsonl --output OUT.jsonl [--findings]

Finds personal data in Danish text. IN has one JSON object per line:
  {"id": "…", "text": "…", "case_type": "citizen" | "building" | "publication",
   "parties": ["Jens Hansen"], "staff": ["Mette Lund"], "keep": ["Skolevej 4, 8410 Rønde"]}
OUT gets one line per input line, same order: {"id": "…", "spans": [{"start": 10, "end": 21, "label": "CPR"}]}
Offsets are JavaScript string indices (UTF-16), end exclusive. A span means "redact this".

Options:
  --input PATH    input JSONL file (required)
  --output PATH   output JSONL file (required)
  --findings      also write every finding (kept or redacted) with confidence and reason
  -h, --help      show this help`;

interface TArgs {
  input?: string;
  output?: string;
  findings: boolean;
  help: boolean;
}

function parseArgs(args: string[]): TArgs {
  const out: TArgs = { findings: false, help: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-h' || a === '--help') out.help = true;
    else if (a === '--findings') out.findings = true;
    else if (a === '--input' || a === '--output') {
      const v = args[++i];
      if (!v || v.startsWith('--')) throw new Error(`${a} needs a file path`);
      if (a === '--input') out.input = v;
      else out.output = v;
    } else if (a?.startsWith('--input=')) out.input = a.slice(8);
    else if (a?.startsWith('--output=')) out.output = a.slice(9);
    else throw new Error(`unknown option "${a}" (see rodtrad detect --help)`);
  }
  return out;
}

export async function run(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if (opts.help) {
    console.log(HELP);
    return 0;
  }
  if (!opts.input || !opts.output) throw new Error('both --input and --output are required (see --help)');
  if (!existsSync(opts.input)) throw new Error(`input file not found: ${opts.input}`);
  if (!statSync(opts.input).isFile()) throw new Error(`input is not a file: ${opts.input}`);

  // Validate everything before writing, so a bad line never leaves a half-written output file.
  const results: string[] = [];
  const rl = createInterface({ input: createReadStream(opts.input, 'utf8'), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`line ${lineNo}: invalid JSON (${(error as Error).message})`);
    }
    const parsed = DetectLineSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
      throw new Error(`line ${lineNo}: invalid input${where}: ${issue?.message ?? 'unknown error'}`);
    }
    const { id, ...input } = parsed.data;
    const result = detect(input);
    const spans = result.spans.map((s) => ({ start: s.start, end: s.end, label: s.label }));
    const record: Record<string, unknown> = { id, spans };
    if (opts.findings) record.findings = result.findings;
    results.push(JSON.stringify(record));
  }
  const out = createWriteStream(opts.output, 'utf8');
  for (const r of results) {
    if (!out.write(`${r}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return 0;
}
