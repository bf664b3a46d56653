// Mixed-load benchmark (issue 19): does the server stay responsive while a busy municipality uses it?
// Against the real server process (`rodtrad start`) on loopback, on PGlite and on PostgreSQL:
//
//   1. probes, one at a time on an idle server: the size and time of GET /api/records/requests/:id for a
//      request of 8 PDFs of 400 pages with ~8,000 suggestions each; /healthz while 6 clients open it; /healthz
//      while 8 pages render at 300 dpi in parallel; /healthz while a 300-page PDF is uploaded;
//   2. the mixed load: 50 simulated staff (list, open a request, view pages and their suggestions, decide a
//      document), 5 uploads of 300-page PDFs (each then screened in the background), citizens submitting the
//      public form, and a /healthz probe every 100 ms — for --seconds (default 120).
//
// Prints p50/p99/max per operation as a table, with the load average (the machine may be shared).
//
//   npx tsx bench/mixed-load/run.ts [--engines pglite,postgres] [--seconds 120] [--staff 50] [--skip-probes]
//   PostgreSQL server: BENCH_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
//
// Fixtures are generated on each run (pdf-lib); nothing big is committed. The synthetic suggestions are
// written straight into the database, as the screening would have left them (screening 3,200 pages first
// would take longer than the benchmark).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSession } from '../../src/platform/auth/sessions.js';
import { copenhagenDate } from '../../src/platform/calendar/index.js';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase, withTenant, type Db } from '../../src/platform/db/database.js';
import { bindDocumentStore } from '../../src/platform/documents/platform.js';
import { createFileSystemStore } from '../../src/platform/documents/store.js';
import { systemActor } from '../../src/platform/http/context.js';
import { ZRegisterRequestBody } from '../../src/modules/records/contract.js';
import { addDocuments } from '../../src/modules/records/service/documents.js';
import { registerRequest } from '../../src/modules/records/service/intake.js';
import { createEmptyPostgresDatabase } from '../../test/fixtures/db.js';
import { makeCasePdf } from '../records/fixtures.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ENGINES = opt('engines', 'pglite,postgres').split(',');
const SECONDS = Number(opt('seconds', '120'));
const STAFF = Number(opt('staff', '50'));
const UPLOADS = 5;
const BIG_DOCS = 8;
const BIG_PAGES = 400;
const SUGGESTIONS_PER_PAGE = 20;
const UPLOAD_PAGES = 300;
const SKIP_PROBES = args.includes('--skip-probes');
const PG_SERVER =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const PORT = Number(process.env.BENCH_PORT ?? 3950);

const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function startServer(env: Record<string, string>): { child: ChildProcess; ready: Promise<void> } {
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/rodtrad.mjs'), 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'warn',
      RODTRAD_RECORDS_INTAKE_PER_HOUR: '1000000',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${PORT}/readyz`)).status === 200) return;
      } catch {
        // not listening yet
      }
      await sleep(200);
    }
  })();
  return { child, ready };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

type Staff = { cookie: string; csrf: string; requestId: string; documentId: string };
type Seeded = {
  tenantSlug: string;
  staff: Staff[];
  bigRequestId: string;
  bigDocumentIds: string[];
  uploadRequestIds: string[];
};

function syntheticSuggestions(pages: number): unknown[] {
  const labels = [
    ['CPR-nummer', 'OFL § 30, nr. 1 (CPR-nummer)', 'ofl-30-1'],
    ['Navn', 'OFL § 30, nr. 1 (private forhold)', 'ofl-30-1'],
    ['E-mail', 'OFL § 30, nr. 1 (private forhold)', 'ofl-30-1'],
    ['Helbredsoplysning', 'OFL § 30, nr. 1 (helbred)', 'ofl-30-1'],
  ] as const;
  const out: unknown[] = [];
  for (let p = 1; p <= pages; p += 1)
    for (let k = 0; k < SUGGESTIONS_PER_PAGE; k += 1) {
      const [label, legalBasis, basisKey] = labels[k % labels.length]!;
      const y = 60 + k * 36;
      out.push({
        id: `p${p}-s${k}`,
        page: p,
        boxes: [[40 + (k % 3) * 10, y, 220 + (k % 5) * 20, y + 12]],
        label,
        legalBasis,
        basisKey,
        confidence: 0.9,
        text: `${label} ${p}-${k}`,
      });
    }
  return out;
}

async function seed(db: Db, dataDir: string): Promise<Seeded> {
  bindDocumentStore(db, createFileSystemStore(path.join(dataDir, 'files')));
  const tenant = (
    await db.sql.query<{ id: string; slug: string }>("SELECT id, slug FROM tenants WHERE slug = 'demo'")
  ).rows[0]!;
  const actor = systemActor(tenant.id, 'bench');
  const register = async (name: string, subject: string) => {
    const ack = await registerRequest(
      db,
      actor,
      ZRegisterRequestBody.parse({ channel: 'email', received: copenhagenDate(new Date()), name, subject }),
    );
    return (
      await withTenant(db, tenant.id, (tx) =>
        tx.sql.query<{ id: string }>('SELECT id FROM records_requests WHERE case_number = $1', [
          ack.caseNumber,
        ]),
      )
    ).rows[0]!.id;
  };
  // The large request: 8 documents of 400 pages, screened, with 20 suggestions on every page.
  const bigRequestId = await register('Presse A/S', 'Alle dokumenter i byggesagen');
  const bigPdf = await makeCasePdf(0, BIG_PAGES);
  const docs = await addDocuments(
    db,
    actor,
    bigRequestId,
    Array.from({ length: BIG_DOCS }, (_, i) => ({ filename: `bundt-${i + 1}.pdf`, bytes: bigPdf })),
  );
  const suggestions = JSON.stringify(syntheticSuggestions(BIG_PAGES));
  await withTenant(db, tenant.id, (tx) =>
    tx.sql.query(
      `UPDATE records_documents SET suggestions = $2::jsonb, screening_status = 'done', duplicate_of = NULL WHERE request_id = $1`,
      [bigRequestId, suggestions],
    ),
  );
  // One small request per staff member, with one screened 3-page document to decide.
  const smallPdf = await makeCasePdf(1, 3);
  const config = loadConfig({});
  const staff: Staff[] = [];
  for (let i = 0; i < STAFF; i += 1) {
    const userId = (
      await withTenant(db, tenant.id, async (tx) => {
        const u = await tx.sql.query<{ id: string }>(
          `INSERT INTO users (tenant_id, email, name, password_hash, active) VALUES ($1, $2, $3, 'x', true) RETURNING id`,
          [tenant.id, `bench-${i}@demo.dk`, `Sagsbehandler ${i}`],
        );
        await tx.sql.query(
          `INSERT INTO user_roles (tenant_id, user_id, role) VALUES ($1, $2, 'caseworker')`,
          [tenant.id, u.rows[0]!.id],
        );
        return u;
      })
    ).rows[0]!.id;
    const requestId = await register(`Borger ${i}`, `Min sag ${i}`);
    const [doc] = await addDocuments(db, actor, requestId, [{ filename: `brev-${i}.pdf`, bytes: smallPdf }]);
    await withTenant(db, tenant.id, (tx) =>
      tx.sql.query(
        `UPDATE records_documents SET screening_status = 'done', duplicate_of = NULL WHERE id = $1`,
        [doc!.id],
      ),
    );
    const session = await createSession(db, config, userId, tenant.id, null);
    staff.push({
      cookie: `rodtrad_session=${session.token}`,
      csrf: session.csrfToken,
      requestId,
      documentId: doc!.id,
    });
  }
  const uploadRequestIds: string[] = [];
  for (let i = 0; i < UPLOADS + 1; i += 1) uploadRequestIds.push(await register(`Upload ${i}`, 'Byggesag'));
  await db.sql.exec('ANALYZE');
  return {
    tenantSlug: tenant.slug,
    staff,
    bigRequestId,
    bigDocumentIds: docs.map((d) => d.id),
    uploadRequestIds,
  };
}

// ---- measuring ----

class Stats {
  readonly samples = new Map<string, number[]>();
  readonly errors = new Map<string, Map<number, number>>();
  readonly bytes = new Map<string, number>();
  add(op: string, ms: number, status: number, bytes = 0): void {
    if (!this.samples.has(op)) this.samples.set(op, []);
    this.samples.get(op)!.push(ms);
    this.bytes.set(op, Math.max(this.bytes.get(op) ?? 0, bytes));
    if (status >= 400 || status === 0) {
      const m = this.errors.get(op) ?? new Map<number, number>();
      m.set(status, (m.get(status) ?? 0) + 1);
      this.errors.set(op, m);
    }
  }
  row(op: string) {
    const s = [...(this.samples.get(op) ?? [])].sort((a, b) => a - b);
    const q = (p: number) => (s.length ? s[Math.min(s.length - 1, Math.floor(p * s.length))]! : NaN);
    const errs = [...(this.errors.get(op) ?? new Map<number, number>()).entries()]
      .map(([k, v]) => `${v}×${k}`)
      .join(' ');
    return {
      op,
      n: s.length,
      p50: q(0.5),
      p99: q(0.99),
      max: s.at(-1) ?? NaN,
      errs,
      bytes: this.bytes.get(op) ?? 0,
    };
  }
}

async function timed(
  stats: Stats | null,
  op: string,
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; ms: number; bytes: number; body: ArrayBuffer | null }> {
  const t0 = performance.now();
  let status = 0;
  let body: ArrayBuffer | null = null;
  try {
    const res = await fetch(`http://127.0.0.1:${PORT}${url}`, init);
    status = res.status;
    body = await res.arrayBuffer();
  } catch {
    status = 0;
  }
  const ms = performance.now() - t0;
  stats?.add(op, ms, status, body?.byteLength ?? 0);
  return { status, ms, bytes: body?.byteLength ?? 0, body };
}

const get = (s: Staff) => ({ headers: { cookie: s.cookie } });
const send = (s: Staff, method: string, body: unknown) => ({
  method,
  headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
function uploadInit(s: Staff, name: string, pdf: Uint8Array): RequestInit {
  const form = new FormData();
  form.append('file', new Blob([pdf as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), name);
  return { method: 'POST', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf }, body: form };
}

/** /healthz every `everyMs` until stopped; latencies go to `stats` as "healthz". */
function healthProbe(stats: Stats, everyMs = 100): () => Promise<void> {
  let running = true;
  const loop = (async () => {
    while (running) {
      await timed(stats, 'healthz', '/healthz');
      await sleep(everyMs);
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

type ProbeResult = { what: string; result: string };

async function probes(seeded: Seeded, uploadPdf: Uint8Array): Promise<ProbeResult[]> {
  const s = seeded.staff[0]!;
  const out: ProbeResult[] = [];
  // 1. One open of the large request, alone (after one warm-up).
  await timed(null, 'open', `/api/records/requests/${seeded.bigRequestId}`, get(s));
  const one = await timed(null, 'open', `/api/records/requests/${seeded.bigRequestId}`, get(s));
  out.push({
    what: `GET request (8×${BIG_PAGES} pages, ${BIG_DOCS * BIG_PAGES * SUGGESTIONS_PER_PAGE} suggestions), alone`,
    result: `${(one.bytes / 1e6).toFixed(2)} MB in ${one.ms.toFixed(0)} ms (HTTP ${one.status})`,
  });
  const during = async (what: string, work: () => Promise<unknown>) => {
    const stats = new Stats();
    const stop = healthProbe(stats, 50);
    const t0 = performance.now();
    await work();
    const wall = performance.now() - t0;
    await stop();
    const h = stats.row('healthz');
    out.push({
      what,
      result: `work ${wall.toFixed(0)} ms; /healthz p50 ${h.p50.toFixed(0)} ms, max ${h.max.toFixed(0)} ms (${h.n} probes)`,
    });
  };
  // 2. Six clients open it at once.
  await during('6 clients open the large request at once', () =>
    Promise.all(
      seeded.staff
        .slice(0, 6)
        .map((c) => timed(null, 'open', `/api/records/requests/${seeded.bigRequestId}`, get(c))),
    ),
  );
  // 3. Eight page renders at 300 dpi at once (different pages).
  await during('8 page images at 300 dpi at once', () =>
    Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        timed(
          null,
          'img',
          `/api/records/documents/${seeded.bigDocumentIds[i]}/pages/${10 + i}/image?dpi=300`,
          get(s),
        ),
      ),
    ),
  );
  // 4. Upload of a 300-page PDF.
  await during(`upload of a ${UPLOAD_PAGES}-page PDF (${(uploadPdf.byteLength / 1e6).toFixed(1)} MB)`, () =>
    timed(
      null,
      'upload',
      `/api/records/requests/${seeded.uploadRequestIds[UPLOADS]}/documents`,
      uploadInit(s, 'probe.pdf', uploadPdf),
    ),
  );
  return out;
}

async function mixedLoad(seeded: Seeded, uploadPdfs: Uint8Array[]): Promise<Stats> {
  const stats = new Stats();
  const until = Date.now() + SECONDS * 1000;
  const stopHealth = healthProbe(stats, 100);
  // Does this build page suggestions (GET /api/records/documents/:id/suggestions)?
  const paged =
    (
      await timed(
        null,
        'probe',
        `/api/records/documents/${seeded.bigDocumentIds[0]}/suggestions?documentPage=1`,
        get(seeded.staff[0]!),
      )
    ).status === 200;
  const think = () => sleep(500 + Math.random() * 1000);
  const staffLoop = async (s: Staff, i: number) => {
    await sleep(Math.random() * 2000);
    let n = 0;
    while (Date.now() < until) {
      await timed(stats, 'staff: list', '/api/records/requests?open=true', get(s));
      await think();
      // One in three opens the large request, the others their own.
      const big = (n + i) % 3 === 0;
      await timed(
        stats,
        big ? 'staff: open large request' : 'staff: open request',
        `/api/records/requests/${big ? seeded.bigRequestId : s.requestId}`,
        get(s),
      );
      await think();
      for (let k = 0; k < 3 && Date.now() < until; k += 1) {
        const doc = seeded.bigDocumentIds[(i + k) % BIG_DOCS]!;
        const page = 1 + ((i * 7 + n * 3 + k) % BIG_PAGES);
        await timed(
          stats,
          'staff: page image',
          `/api/records/documents/${doc}/pages/${page}/image?dpi=110`,
          get(s),
        );
        if (paged)
          await timed(
            stats,
            'staff: page suggestions',
            `/api/records/documents/${doc}/suggestions?documentPage=${page}`,
            get(s),
          );
        await think();
      }
      await timed(
        stats,
        'staff: decide',
        `/api/records/documents/${s.documentId}/decision`,
        send(s, 'PUT', { decision: 'release' }),
      );
      await think();
      n += 1;
    }
  };
  const uploadLoop = async (k: number) => {
    // Spread over the first half of the run.
    await sleep(((k + 1) * SECONDS * 1000) / (2 * (UPLOADS + 1)));
    const s = seeded.staff[k]!;
    await timed(
      stats,
      'upload 300-page PDF',
      `/api/records/requests/${seeded.uploadRequestIds[k]}/documents`,
      uploadInit(s, `upload-${k}.pdf`, uploadPdfs[k]!),
    );
  };
  const citizenLoop = async () => {
    let n = 0;
    while (Date.now() < until) {
      await timed(stats, 'citizen: public form', `/api/public/records/${seeded.tenantSlug}/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${n % 250}.1` },
        body: JSON.stringify({
          requesterType: 'citizen',
          name: `Borger ${n}`,
          email: `borger${n}@example.dk`,
          subject: 'Jeg beder om aktindsigt i min byggesag.',
        }),
      });
      n += 1;
      await sleep(1000);
    }
  };
  await Promise.all([
    ...seeded.staff.map(staffLoop),
    ...Array.from({ length: UPLOADS }, (_, k) => uploadLoop(k)),
    citizenLoop(),
  ]);
  await stopHealth();
  return stats;
}

async function benchEngine(
  engine: string,
  uploadPdfs: Uint8Array[],
): Promise<{ probes: ProbeResult[]; stats: Stats; load: string }> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-mixed-'));
  let env: Record<string, string> = { RODTRAD_DATA_DIR: dataDir };
  let open: () => Promise<Db>;
  let drop = async () => {};
  if (engine === 'postgres') {
    const created = await createEmptyPostgresDatabase(PG_SERVER);
    env = { ...env, DATABASE_URL: created.url };
    open = () => openDatabase({ databaseUrl: created.url });
    drop = created.drop;
  } else {
    env = { ...env, DATABASE_URL: '' };
    open = () => openDatabase({ dataDir: path.join(dataDir, 'pglite') });
  }
  try {
    const cold = startServer({ ...env, RODTRAD_SEED_DEMO: 'true' });
    await cold.ready;
    await stopServer(cold.child); // PGlite allows one process per data directory
    const db = await open();
    process.stderr.write(`  seeding ${engine} …\n`);
    const seeded = await seed(db, dataDir);
    await db.close();
    const server = startServer(env);
    await server.ready;
    try {
      process.stderr.write(`  probes …\n`);
      const p = SKIP_PROBES ? [] : await probes(seeded, uploadPdfs[0]!);
      // Let the probe upload's screening finish before the mixed load starts.
      await sleep(SKIP_PROBES ? 0 : 5000);
      process.stderr.write(`  mixed load for ${SECONDS} s …\n`);
      const before = loadAvg();
      const stats = await mixedLoad(seeded, uploadPdfs);
      return { probes: p, stats, load: `${before} → ${loadAvg()}` };
    } finally {
      await stopServer(server.child);
    }
  } finally {
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.stderr.write(`generating ${UPLOADS} PDFs of ${UPLOAD_PAGES} pages …\n`);
const uploadPdfs = await Promise.all(
  Array.from({ length: UPLOADS }, (_, i) => makeCasePdf(100 + i, UPLOAD_PAGES)),
);
const results: { engine: string; probes: ProbeResult[]; stats: Stats; load: string }[] = [];
for (const engine of ENGINES) {
  process.stderr.write(`benchmarking ${engine} …\n`);
  results.push({ engine, ...(await benchEngine(engine, uploadPdfs)) });
}

const commit = await new Promise<string>((resolve) => {
  const git = spawn('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT });
  let out = '';
  git.stdout.on('data', (d) => (out += d));
  git.on('close', () => resolve(out.trim()));
});
console.log(
  `\nMixed load: ${STAFF} staff, ${UPLOADS} uploads of ${UPLOAD_PAGES}-page PDFs, citizens; ${SECONDS} s; commit ${commit}; ${os.cpus().length} CPUs`,
);
for (const r of results) {
  if (r.probes.length) {
    console.log(`\n${r.engine}: probes on an idle server`);
    for (const p of r.probes) console.log(`- ${p.what}: ${p.result}`);
  }
  console.log(`\n${r.engine}: mixed load (load average ${r.load})`);
  console.log(
    '| operation                  |     n | p50 (ms) | p99 (ms) | max (ms) | largest answer | errors |',
  );
  console.log(
    '|----------------------------|-------|----------|----------|----------|----------------|--------|',
  );
  for (const op of [...r.stats.samples.keys()].sort()) {
    const x = r.stats.row(op);
    console.log(
      `| ${op.padEnd(26)} | ${String(x.n).padStart(5)} | ${x.p50.toFixed(0).padStart(8)} | ${x.p99.toFixed(0).padStart(8)} | ${x.max.toFixed(0).padStart(8)} | ${`${(x.bytes / 1e3).toFixed(0)} kB`.padStart(14)} | ${x.errs || '–'} |`,
    );
  }
}
process.exit(0);
