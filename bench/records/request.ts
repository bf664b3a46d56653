// Benchmark (not a test): one aktindsigt request through the real services, as the product runs it.
// Usage: npx tsx bench/records/request.ts [documents=200] [pagesPerDocument=5]
// A migrated in-memory database, the document store in a temporary directory and the platform's job service:
// upload the documents (into the store), screen them as the `records.screen` background job (redaction worker
// pool), accept every suggestion on every document, then produce the verified redacted PDFs the release
// package contains (releasedFiles, also in the pool). Prints seconds per phase with the load average and the
// process CPU time (all threads), which is what the work costs when the machine is shared.
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createTestDb, createTestTenant } from '../../test/fixtures/index.js';
import { copenhagenDate } from '../../src/platform/calendar/index.js';
import { withTenant } from '../../src/platform/db/database.js';
import { bindDocumentStore } from '../../src/platform/documents/platform.js';
import { createFileSystemStore } from '../../src/platform/documents/store.js';
import { systemActor } from '../../src/platform/http/context.js';
import { jobsFor } from '../../src/platform/jobs/platform.js';
import { ZRegisterRequestBody } from '../../src/modules/records/contract.js';
import { enqueueScreening, registerRecordsJobs } from '../../src/modules/records/jobs.js';
import { addDocuments, decideDocument } from '../../src/modules/records/service/documents.js';
import { registerRequest } from '../../src/modules/records/service/intake.js';
import { releasedFiles } from '../../src/modules/records/service/release.js';
import { loadDocuments } from '../../src/modules/records/service/shared.js';
import { sharedRedactionPool } from '../../src/modules/redaction/index.js';
import { makeCasePdf } from './fixtures.js';

const documents = Number(process.argv[2] ?? 200);
const pages = Number(process.argv[3] ?? 5);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const pool = sharedRedactionPool();
console.log(
  `documents: ${documents}, pages: ${documents * pages}, cpus: ${availableParallelism()}, redaction workers: ${pool.size}, load: ${load()}`,
);

const dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-bench-'));
const test = await createTestDb();
const db = test.db;
bindDocumentStore(db, createFileSystemStore(path.join(dir, 'files')));
const jobs = jobsFor(db);
registerRecordsJobs(jobs, db);
await jobs.start();
const tenant = await createTestTenant(db);
const actor = systemActor(tenant.id, 'bench');
const ack = await registerRequest(
  db,
  actor,
  ZRegisterRequestBody.parse({
    channel: 'email',
    received: copenhagenDate(new Date()),
    name: 'Bo Holm',
    subject: 'Alle dokumenter i byggesagen',
  }),
);
const requestId = (
  await withTenant(db, tenant.id, (tx) =>
    tx.sql.query<{ id: string }>('SELECT id FROM records_requests WHERE case_number = $1', [ack.caseNumber]),
  )
).rows[0]!.id;
const files = await Promise.all(
  Array.from({ length: documents }, async (_, i) => ({
    filename: `dok-${i + 1}.pdf`,
    bytes: await makeCasePdf(i, pages),
  })),
);
// Worker start-up (tsx, MuPDF, detection tables) happens once per process, not per request.
await Promise.all(Array.from({ length: pool.size }, () => pool.analyse(files[0]!.bytes)));

const rows: string[] = [];
const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const out = await fn();
  const s = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  rows.push(
    `| ${name} | ${s.toFixed(1)} | ${((used.user + used.system) / 1e6).toFixed(1)} | ${((documents * pages) / s).toFixed(1)} | ${load()} |`,
  );
  return out;
};

await phase('upload (store + rows)', () => addDocuments(db, actor, requestId, files));
const job = await phase('screening job (records.screen)', async () => {
  const id = await enqueueScreening(jobs, { tenantId: tenant.id, userId: null }, requestId);
  return jobs.waitFor(tenant.id, id, 3_600_000);
});
if (job.state !== 'completed') throw new Error(`screening ${job.state}: ${job.error}`);
const docs = await withTenant(db, tenant.id, (tx) => loadDocuments(tx, requestId));
for (const d of docs)
  await decideDocument(db, actor, d.id, {
    decision: 'partial',
    basisKeys: [],
    acceptSuggestionIds: d.suggestions.map((s) => s.id),
    rejectSuggestionIds: [],
    unredactedReason: null,
    manualBoxes: [],
    basisOverrides: {},
    internal: false,
    extractionNote: null,
    meroffentlighedConsidered: false,
    meroffentlighedNote: null,
    emissionInformation: false,
    notCoveredReason: null,
  });
const decided = await withTenant(db, tenant.id, (tx) => loadDocuments(tx, requestId));
const redactions = decided.reduce((n, d) => n + d.redactions.length, 0);
const out = await phase(`redaction (${redactions} boxes, verified)`, () =>
  releasedFiles(db, decided, ack.caseNumber, pool),
);
if (out.entries.length !== documents)
  throw new Error(`expected ${documents} files, got ${out.entries.length}`);

console.log(`screening result: ${JSON.stringify(job.result)}`);
console.log('| phase | wall s | CPU s (all threads) | pages/s | load average after |');
console.log('|---|---:|---:|---:|---|');
for (const r of rows) console.log(r);
await jobs.stop();
await pool.close();
await test.close();
await rm(dir, { recursive: true, force: true });
