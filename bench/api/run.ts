// API benchmark: GET /api/org/employees?unitId=…&limit=50 (authenticated) with 10,000 employees seeded, under
// autocannon load on loopback, against the real server process (`rodtrad start`) on PGlite and on PostgreSQL.
// Also measures cold start to ready (fresh empty database: migrations + demo seed) and warm restart to ready.
// Each load run reports the load average (the machine is shared) and the server's CPU time per request, which
// varies much less with other load than req/s does.
//
//   npx tsx bench/api/run.ts [--engines pglite,postgres] [--duration 10] [--connections 10,1]
//   PostgreSQL server: BENCH_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
const CONNECTIONS = opt('connections', '10,1').split(',').map(Number);
const EMPLOYEES = 10_000;
const UNITS = 20;
const PG_SERVER =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');

type Load = {
  connections: number;
  reqPerS: number;
  p50: number;
  p99: number;
  errors: number;
  /** Server process CPU (user + system) per request, ms; NaN where /proc is missing. */
  cpuMsPerReq: number;
  loadAvg: string;
  /** A bare Fastify route with the same JSON, same run, same connections (the ceiling). */
  bareReqPerS: number;
};
type Row = { engine: string; coldStartS: number; coldPhases: string; warmStartS: number; loads: Load[] };

function startServer(
  env: Record<string, string>,
  port: number,
  stdout: number | 'ignore' = 'ignore',
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
    stdio: ['ignore', stdout, 'inherit'],
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

/** CPU seconds (user + system) the process has used so far, from /proc (Linux); NaN elsewhere. */
function cpuSeconds(pid: number | undefined): number {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return NaN;
  // Fields after the command name (which may contain spaces): utime and stime are fields 14 and 15.
  const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // USER_HZ is 100 on Linux
}

const loadAvg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/**
 * The same answer from a bare Fastify route in its own process (bench/api/bare-server.ts): the ceiling the
 * authenticated route is compared with, measured in the same run at the same connection count.
 */
async function bareCeiling(bodyText: string, connections: number): Promise<number> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bare-'));
  const file = path.join(dir, 'body.json');
  writeFileSync(file, bodyText);
  const port = 3990;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'bench/api/bare-server.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), BARE_BODY_FILE: file },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (d: Buffer) => d.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
    });
    const url = `http://127.0.0.1:${port}/`;
    await autocannon({ url, connections, duration: 3 });
    const result = await autocannon({ url, connections, duration: DURATION });
    return result.requests.average;
  } finally {
    child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function load(server: ChildProcess, port: number, cookie: string, unitId: string): Promise<Load[]> {
  const url = `http://127.0.0.1:${port}/api/org/employees?unitId=${unitId}&limit=50`;
  const check = await fetch(url, { headers: { cookie } });
  const bodyText = await check.text();
  const body = JSON.parse(bodyText) as { total?: number };
  if (check.status !== 200 || body.total !== EMPLOYEES / UNITS)
    throw new Error(`unexpected answer ${check.status} ${bodyText.slice(0, 200)}`);
  const loads: Load[] = [];
  for (const [i, connections] of CONNECTIONS.entries()) {
    // Warm-up; longer before the first run, while V8 still optimises the server (and PGlite's WebAssembly) in
    // background threads that count towards the process's CPU time.
    await autocannon({ url, connections, duration: i === 0 ? 8 : 2, headers: { cookie } });
    const before = loadAvg();
    const cpu0 = cpuSeconds(server.pid);
    const result = await autocannon({ url, connections, duration: DURATION, headers: { cookie } });
    const cpu = cpuSeconds(server.pid) - cpu0;
    loads.push({
      connections,
      reqPerS: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.non2xx + result.errors + result.timeouts,
      cpuMsPerReq: (cpu * 1000) / Math.max(1, result.requests.total),
      loadAvg: `${before} → ${loadAvg()}`,
      bareReqPerS: await bareCeiling(bodyText, connections),
    });
  }
  return loads;
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
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-bench-log-'));
  try {
    // The cold start's stdout goes to a file to read the phase times from its "ready" line.
    const logFile = path.join(logDir, 'cold.log');
    const fd = openSync(logFile, 'w');
    const cold = startServer({ ...env, RODTRAD_SEED_DEMO: 'true' }, port, fd);
    closeSync(fd);
    const coldStartS = await cold.ready;
    await stopServer(cold.child); // PGlite allows one process per data directory
    const coldPhases = /is ready at .*\((.*)\)/.exec(readFileSync(logFile, 'utf8'))?.[1] ?? '';
    const db = await open();
    const { cookie, unitId } = await seedLoad(db);
    await db.close();
    const warm = startServer(env, port);
    const warmStartS = await warm.ready;
    try {
      return {
        engine,
        coldStartS,
        coldPhases,
        warmStartS,
        loads: await load(warm.child, port, cookie, unitId),
      };
    } finally {
      await stopServer(warm.child);
    }
  } finally {
    rmSync(logDir, { recursive: true, force: true });
    await cleanup();
  }
}

const rows: Row[] = [];
for (const [i, engine] of ENGINES.entries()) {
  process.stderr.write(`benchmarking ${engine} …\n`);
  rows.push(await benchEngine(engine, 3900 + i));
}
console.log(
  `\nGET /api/org/employees?unitId=…&limit=50, ${EMPLOYEES} employees, ${DURATION} s per run, ${os.cpus().length} CPUs`,
);
console.log(
  '| engine   | connections | req/s  | p50 (ms) | p99 (ms) | errors | server CPU (ms/req) | bare Fastify req/s | ratio | load average (1/5/15 min) |',
);
console.log(
  '|----------|-------------|--------|----------|----------|--------|---------------------|--------------------|-------|---------------------------|',
);
for (const r of rows) {
  for (const l of r.loads) {
    console.log(
      `| ${r.engine.padEnd(8)} | ${String(l.connections).padStart(11)} | ${Math.round(l.reqPerS).toString().padStart(6)} | ${String(l.p50).padStart(8)} | ${String(l.p99).padStart(8)} | ${String(l.errors).padStart(6)} | ${l.cpuMsPerReq.toFixed(2).padStart(19)} | ${Math.round(l.bareReqPerS).toString().padStart(18)} | ${`${((100 * l.reqPerS) / l.bareReqPerS).toFixed(0)} %`.padStart(5)} | ${l.loadAvg} |`,
    );
  }
}
console.log('\n| engine   | cold start to ready (s) | warm restart (s) | cold start phases |');
console.log('|----------|-------------------------|------------------|-------------------|');
for (const r of rows) {
  console.log(
    `| ${r.engine.padEnd(8)} | ${r.coldStartS.toFixed(1).padStart(23)} | ${r.warmStartS.toFixed(1).padStart(16)} | ${r.coldPhases} |`,
  );
}
