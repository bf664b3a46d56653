// Benchmark (not a test): detection quality of the app path. Each record of a labelled corpus (JSON lines:
// id, text, case_type, parties, staff, keep, entities — the `rodtrad detect` format) becomes an aktindsigt
// request through the services: the first party is the requester, the others parties of the case, the keep
// strings the case subject, every staff name an employee of the municipality (org master data); the text is
// uploaded as a .txt document and screened by screenRequest (redaction worker pool, the case's context). The
// suggestions' texts are mapped back to offsets in the record's text and written as predictions, so the
// detect scorer can compare them with the gold labels.
// Usage: npx tsx bench/records/pii-app.ts CORPUS.jsonl OUT.jsonl [context|none]
//   none: the app as it screened before issue 13 (a citizen case, no parties, staff or keep).
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDb, createTestTenant, createTestUnit } from '../../test/fixtures/index.js';
import { copenhagenDate } from '../../src/platform/calendar/index.js';
import { withTenant } from '../../src/platform/db/database.js';
import { bindDocumentStore } from '../../src/platform/documents/platform.js';
import { createFileSystemStore } from '../../src/platform/documents/store.js';
import { systemActor } from '../../src/platform/http/context.js';
import { ZRegisterRequestBody } from '../../src/modules/records/contract.js';
import { addDocuments } from '../../src/modules/records/service/documents.js';
import { registerRequest } from '../../src/modules/records/service/intake.js';
import { screenDocument, screenRequest } from '../../src/modules/records/service/screening.js';
import { loadDocuments } from '../../src/modules/records/service/shared.js';
import { sharedRedactionPool } from '../../src/modules/redaction/index.js';

type Rec = {
  id: string;
  text: string;
  case_type: 'citizen' | 'building';
  parties: string[];
  staff: string[];
  keep: string[];
};

const [corpusPath, outPath, mode = 'context'] = process.argv.slice(2);
if (!corpusPath || !outPath) throw new Error('usage: pii-app.ts CORPUS.jsonl OUT.jsonl [context|none]');
const records = (await readFile(corpusPath, 'utf8'))
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Rec);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
console.log(`records: ${records.length}, mode: ${mode}, load: ${load()}`);

const dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-pii-'));
const { db } = await createTestDb();
bindDocumentStore(db, createFileSystemStore(path.join(dir, 'files')));
const tenant = await createTestTenant(db);
const actor = systemActor(tenant.id, 'bench');
const pool = sharedRedactionPool();

// Every staff name of the corpus is an employee of the municipality.
const unit = await createTestUnit(db, tenant.id, { name: 'Forvaltningen' });
const staff = [...new Set(records.flatMap((r) => r.staff))];
await withTenant(db, tenant.id, async (tx) => {
  for (const [i, name] of staff.entries()) {
    const parts = name.trim().split(/\s+/);
    await tx.sql.query(
      'INSERT INTO employees (tenant_id, unit_id, employee_no, given_name, family_name) VALUES ($1, $2, $3, $4, $5)',
      [
        tenant.id,
        unit.id,
        `B${i}`,
        parts.slice(0, -1).join(' ') || parts[0],
        parts.length > 1 ? parts.at(-1) : '',
      ],
    );
  }
});

/**
 * Offsets of the suggestion texts in the record's text. Longer texts first; each takes the first occurrence
 * that overlaps no span mapped so far (a surname alone is a later mention, not the one inside the full name).
 */
function spansOf(text: string, covered: string[]) {
  const spans: { start: number; end: number; label: string }[] = [];
  for (const c of [...covered].sort((a, b) => b.length - a.length)) {
    const words = c.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'g');
    const all = [...text.matchAll(re)];
    const free = all.find((m) => spans.every((s) => m.index! + m[0].length <= s.start || m.index! >= s.end));
    const m = free ?? all[0];
    if (!m) continue;
    spans.push({ start: m.index!, end: m.index! + m[0].length, label: 'PII' });
  }
  return spans.sort((a, b) => a.start - b.start);
}

const t0 = performance.now();
const cpu = process.cpuUsage();
const out: string[] = [];
let unmapped = 0;
let suggestions = 0;
for (const rec of records) {
  const [requester, ...parties] = rec.parties;
  const ack = await registerRequest(
    db,
    actor,
    ZRegisterRequestBody.parse({
      channel: 'email',
      received: copenhagenDate(new Date()),
      requesterType: 'citizen',
      name: requester ?? 'Anonym Anmoder',
      subject: 'Aktindsigt i sagen',
      ...(mode === 'context' ? { caseType: rec.case_type, parties, caseSubjects: rec.keep } : {}),
    }),
  );
  const [doc] = await addDocuments(db, actor, ack.requestId, [
    { filename: `${rec.id}.txt`, bytes: new TextEncoder().encode(rec.text) },
  ]);
  if (mode === 'context') await screenRequest(db, actor, ack.requestId, undefined, pool);
  else await screenDocument(db, tenant.id, doc!.id, { case_type: 'citizen' }, pool);
  const [row] = await withTenant(db, tenant.id, (tx) => loadDocuments(tx, ack.requestId));
  if (row!.screening_status !== 'done') throw new Error(`${rec.id}: screening ${row!.screening_status}`);
  const texts = row!.suggestions.map((s) => s.text ?? '');
  suggestions += texts.length;
  const spans = spansOf(rec.text, texts);
  unmapped += texts.length - spans.length;
  out.push(JSON.stringify({ id: rec.id, spans }));
}
await writeFile(outPath, out.join('\n') + '\n');
const used = process.cpuUsage(cpu);
console.log(
  `screened ${records.length} requests in ${((performance.now() - t0) / 1000).toFixed(1)} s ` +
    `(main thread CPU ${((used.user + used.system) / 1e6).toFixed(1)} s), ${suggestions} suggestions, ` +
    `${unmapped} not found in the text; load: ${load()}`,
);
await pool.close?.();
process.exit(0);
