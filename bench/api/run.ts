// API benchmark: GET /api/org/employees?unitId=…&limit=50 (authenticated) with 10,000 employees seeded, under
// autocannon load on loopback, against the real server process (`rodtrad start`) on PGlite and on PostgreSQL.
// Also measures cold start to ready (fresh empty database: migrations + demo seed) and warm restart to ready.
//
//   npx tsx bench/api/run.ts [--engines pglite,postgres] [--duration 10] [--connections 10]
//   PostgreSQL server: BENCH_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createSession } from '../../src/platform/auth/sessions.js';
import { loadConfig } from '../../src/platform/config.js';
import { openDatabase, type Db } from '../../src/platform/db/database.js';
import { createEmptyPostgresDatabase } from '../../test/fixtures/db.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const ENGINES = opt('engines', 'pglite,postgres').split(',');
const DURATION = Number(opt('duration', '10'));
const CONNECTIONS = Number(opt('connections', '10'));
const EMPLOYEES = 10_000;
const UNITS = 20;
const PG_SERVER =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

type Row = {
  engine: string;
  coldStartS: number;
  warmStartS: number;
  reqPerS: number;
  p50: number;
  p99: number;
  errors: number;
};

function startServer(
  env: Record<string, string>,
  port: number,
): { child: ChildProcess; ready: Promise<number> } {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(ROOT, 'bin/rodtrad.mjs'), 'start'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
      try {
        const res = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (res.status === 200) return (Date.now() - started) / 1000;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return { child, ready };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

/** Adds 10,000 employees in 20 units to Demo Kommune and returns a session cookie of its administrator. */
async function seedLoad(db: Db): Promise<{ cookie: string; unitId: string }> {
  const tenant = (await db.sql.query<{ id: string }>("SELECT id FROM tenants WHERE slug = 'demo'")).rows[0]!;
  await db.sql.query(
    `INSERT INTO org_units (tenant_id, parent_id, code, name)
     SELECT $1, (SELECT id FROM org_units WHERE tenant_id = $1 AND code = 'DK'), 'B' || g, 'Benchenhed ' || g FROM generate_series(1, $2) g`,
    [tenant.id, UNITS],
  );
  await db.sql.query(
    `INSERT INTO employees (tenant_id, unit_id, employee_no, given_name, family_name, email, title)
     SELECT $1, (SELECT id FROM org_units WHERE tenant_id = $1 AND code = 'B' || (1 + g % $3)), 'BE' || g,
            (ARRAY['Anna','Bo','Carl','Dorte','Eva','Finn','Gry','Hans'])[1 + g % 8],
            (ARRAY['Jensen','Nielsen','Hansen','Pedersen','Andersen','Larsen'])[1 + g % 6] || g,
            'be' || g || '@demo.dk', 'Medarbejder'
     FROM generate_series(1, $2) g`,
    [tenant.id, EMPLOYEES, UNITS],
  );
  await db.sql.exec('ANALYZE');
  const admin = (
    await db.sql.query<{ id: string }>(
      "SELECT id FROM users WHERE tenant_id = $1 AND email = 'admin@demo.dk'",
      [tenant.id],
    )
  ).rows[0]!;
  const unit = (
    await db.sql.query<{ id: string }>("SELECT id FROM org_units WHERE tenant_id = $1 AND code = 'B7'", [
      tenant.id,
    ])
  ).rows[0]!;
  const session = await createSession(db, loadConfig({}), admin.id, tenant.id, null);
  return { cookie: `rodtrad_session=${session.token}`, unitId: unit.id };
}

async function load(
  port: number,
  cookie: string,
  unitId: string,
): Promise<Pick<Row, 'reqPerS' | 'p50' | 'p99' | 'errors'>> {
  const url = `http://127.0.0.1:${port}/api/org/employees?unitId=${unitId}&limit=50`;
  const check = await fetch(url, { headers: { cookie } });
  const body = (await check.json()) as { total?: number };
  if (check.status !== 200 || body.total !== EMPLOYEES / UNITS)
    throw new Error(`unexpected answer ${check.status} ${JSON.stringify(body).slice(0, 200)}`);
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers: { cookie } }); // warm-up
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers: { cookie } });
  return {
    reqPerS: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

async function benchEngine(engine: string, port: number): Promise<Row> {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let open: () => Promise<Db>;
  if (engine === 'postgres') {
    const created = await createEmptyPostgresDatabase(PG_SERVER);
    env = { DATABASE_URL: created.url };
    open = () => openDatabase({ databaseUrl: created.url });
    cleanup = created.drop;
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bench-'));
    env = { RODTRAD_DATA_DIR: dir, DATABASE_URL: '' };
    open = () => openDatabase({ dataDir: path.join(dir, 'pglite') });
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  try {
    const cold = startServer({ ...env, RODTRAD_SEED_DEMO: 'true' }, port);
    const coldStartS = await cold.ready;
    await stopServer(cold.child); // PGlite allows one process per data directory
    const db = await open();
    const { cookie, unitId } = await seedLoad(db);
    await db.close();
    const warm = startServer(env, port);
    const warmStartS = await warm.ready;
    try {
      return { engine, coldStartS, warmStartS, ...(await load(port, cookie, unitId)) };
    } finally {
      await stopServer(warm.child);
    }
  } finally {
    await cleanup();
  }
}

const rows: Row[] = [];
for (const [i, engine] of ENGINES.entries()) {
  process.stderr.write(`benchmarking ${engine} …\n`);
  rows.push(await benchEngine(engine, 3900 + i));
}
console.log(
  `\nGET /api/org/employees?unitId=…&limit=50, ${EMPLOYEES} employees, ${CONNECTIONS} connections, ${DURATION} s, ${os.cpus().length} CPUs, load avg ${os.loadavg()[0]!.toFixed(1)}`,
);
console.log(
  '| engine   | cold start to ready (s) | warm restart (s) | req/s  | p50 (ms) | p99 (ms) | errors |',
);
console.log(
  '|----------|-------------------------|------------------|--------|----------|----------|--------|',
);
for (const r of rows) {
  console.log(
    `| ${r.engine.padEnd(8)} | ${r.coldStartS.toFixed(1).padStart(23)} | ${r.warmStartS.toFixed(1).padStart(16)} | ${Math.round(r.reqPerS).toString().padStart(6)} | ${String(r.p50).padStart(8)} | ${String(r.p99).padStart(8)} | ${String(r.errors).padStart(6)} |`,
  );
}
