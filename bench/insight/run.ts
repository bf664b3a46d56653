// Management-information benchmark on PostgreSQL: N aktindsigt events over 5 years and 200 units in one
// municipality (generated in the database), then
//   1. the time to build every aggregate from scratch through the real consumer (events/s),
//   2. the lag from an event to the dashboard while events keep arriving at a steady rate,
//   3. p50/p99 of the dashboard (whole municipality and one unit, a month and a year) and of the drill-down.
// Prints Markdown tables. Not a test: the machine is shared, so the load average is printed with each figure.
//
//   npx tsx bench/insight/run.ts [--events 1000000] [--rate 200] [--queries 200]
//   PostgreSQL server: BENCH_DATABASE_URL or DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres)
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { openDatabase, withTenant } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { appendEvent } from '../../src/platform/events/events.js';
import { systemActor, type Actor } from '../../src/platform/http/context.js';
import { createTenant } from '../../src/platform/tenancy/service.js';
import { getDashboard, rebuildInsight, runInsightBatch } from '../../src/modules/insight/index.js';
import { getItems } from '../../src/modules/insight/service.js';
import { createEmptyPostgresDatabase } from '../../test/fixtures/db.js';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const EVENTS = Number(opt('events', '1000000'));
const RATE = Number(opt('rate', '200'));
const QUERIES = Number(opt('queries', '200'));
const UNITS = 200;
const SERVER =
  process.env.BENCH_DATABASE_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

const created = await createEmptyPostgresDatabase(SERVER);
const db = await openDatabase({ databaseUrl: created.url, poolSize: 5 });
try {
  await migrate(db);
  const tenant = await createTenant(db, { slug: 'bench', name: 'Benchmark Kommune' }, 'system:bench');
  const actor: Actor = systemActor(tenant.id, 'system:bench');
  const unitIds = await withTenant(db, tenant.id, async (tx) => {
    const top = (
      await tx.sql.query<{ id: string }>(
        `INSERT INTO org_units (tenant_id, code, name) VALUES ($1, 'K', 'Kommunen') RETURNING id`,
        [tenant.id],
      )
    ).rows[0]!.id;
    const ids: string[] = [];
    for (let i = 0; i < UNITS; i++)
      ids.push(
        (
          await tx.sql.query<{ id: string }>(
            'INSERT INTO org_units (tenant_id, parent_id, code, name) VALUES ($1, $2, $3, $4) RETURNING id',
            [tenant.id, top, `U${i}`, `Enhed ${i}`],
          )
        ).rows[0]!.id,
      );
    return ids;
  });

  // Events: 40 % received, 40 % decided, 10 % fristbreve, 5 % complaints, 5 % releases, spread over 5 years.
  let t0 = performance.now();
  await db.sql.query(
    `INSERT INTO domain_events (tenant_id, type, object_type, object_id, payload, created_at)
     SELECT $1, kind, 'records_request', rid::text,
       jsonb_build_object('requestId', rid, 'caseNumber', 'AI-' || g, 'unitId', ($2::uuid[])[1 + g % $3],
         'received', day, 'decidedOn', day, 'sentOn', day, 'onTime', (g % 10) < 8, 'workingDaysUsed', 1 + g % 12,
         'minutesSpent', 30 + (g % 8) * 30),
       day::timestamptz
     FROM (SELECT g, gen_random_uuid() AS rid,
             (DATE '2022-01-01' + (g % 1826))::text AS day,
             CASE WHEN g % 20 < 8 THEN 'records.request.received' WHEN g % 20 < 16 THEN 'records.request.decided'
                  WHEN g % 20 < 18 THEN 'records.fristbrev.sent' WHEN g % 20 < 19 THEN 'records.complaint.received'
                  ELSE 'records.request.released' END AS kind
           FROM generate_series(1, $4) AS g) s`,
    [tenant.id, unitIds, UNITS, EVENTS],
  );
  const generateS = (performance.now() - t0) / 1000;

  // 1. From scratch.
  const loadBefore = load();
  t0 = performance.now();
  const applied = await rebuildInsight(db);
  const rebuildS = (performance.now() - t0) / 1000;
  const dailyRows = Number(
    (await db.sql.query<{ n: string }>('SELECT count(*) AS n FROM insight_daily')).rows[0]!.n,
  );

  // 2. Live: events appended at RATE per second for 10 s while the consumer polls every 500 ms; lag measured
  // from each event's commit to the moment its batch is applied.
  const lags: number[] = [];
  let stop = false;
  const producer = (async () => {
    const until = Date.now() + 10_000;
    while (Date.now() < until) {
      const started = Date.now();
      await withTenant(db, tenant.id, async (tx) => {
        for (let i = 0; i < RATE / 10; i++)
          await appendEvent(tx, actor, {
            type: 'records.request.decided',
            objectType: 'records_request',
            objectId: crypto.randomUUID(),
            payload: {
              requestId: crypto.randomUUID(),
              unitId: unitIds[i % UNITS],
              decidedOn: new Date().toISOString().slice(0, 10),
              onTime: true,
              workingDaysUsed: 3,
              committedAt: Date.now(),
            },
          });
      });
      await new Promise((r) => setTimeout(r, Math.max(0, 100 - (Date.now() - started))));
    }
  })();
  let liveEvents = 0;
  const consumer = (async () => {
    while (!stop) {
      const before = Date.now();
      const n = await runInsightBatch(db);
      liveEvents += n;
      if (n > 0) {
        const rows = await db.sql.query<{ c: string }>(
          `SELECT (payload->>'committedAt') AS c FROM domain_events WHERE id > (SELECT max(id) FROM domain_events) - $1 AND payload ? 'committedAt'`,
          [n],
        );
        const now = Date.now();
        for (const r of rows.rows) lags.push(now - Number(r.c));
      } else await new Promise((r) => setTimeout(r, Math.max(0, 500 - (Date.now() - before))));
    }
  })();
  await producer;
  await new Promise((r) => setTimeout(r, 1500));
  stop = true;
  await consumer;

  // 3. Queries, as the leader's dashboard and drill-down make them.
  const timings: Record<string, number[]> = {};
  const time = async (name: string, fn: () => Promise<unknown>) => {
    const s = performance.now();
    await fn();
    (timings[name] ??= []).push(performance.now() - s);
  };
  for (let i = 0; i < QUERIES; i++) {
    const unitId = unitIds[i % UNITS]!;
    const year = 2022 + (i % 4);
    await time('dashboard, municipality, one month', () =>
      getDashboard(db, actor, { from: `${year}-03-01`, to: `${year}-03-31` }),
    );
    await time('dashboard, municipality, one year', () =>
      getDashboard(db, actor, { from: `${year}-01-01`, to: `${year}-12-31` }),
    );
    await time('dashboard, one unit, one year', () =>
      getDashboard(db, actor, { from: `${year}-01-01`, to: `${year}-12-31`, unitId }),
    );
    await time('drill-down to cases, one unit, one month', () =>
      getItems(db, actor, 'records.decided', {
        from: `${year}-03-01`,
        to: `${year}-03-31`,
        unitId,
        page: 1,
        perPage: 50,
      }),
    );
  }

  console.log(
    `\n## Management information on PostgreSQL — ${EVENTS.toLocaleString('en')} events, ${UNITS} units, 5 years\n`,
  );
  console.log('| step | figure | load average (1/5/15 min) |');
  console.log('|---|---|---|');
  console.log(`| generate events (SQL) | ${generateS.toFixed(1)} s | |`);
  console.log(
    `| build aggregates from scratch | ${rebuildS.toFixed(1)} s, ${Math.round(applied / rebuildS).toLocaleString('en')} events/s, ${dailyRows.toLocaleString('en')} daily rows | ${loadBefore} |`,
  );
  console.log(
    `| live: ${RATE} events/s for 10 s | ${liveEvents} applied; lag p50 ${pct(lags, 50)} ms, p99 ${pct(lags, 99)} ms, max ${Math.max(...lags)} ms | ${load()} |`,
  );
  console.log('\n| query | n | p50 (ms) | p99 (ms) |');
  console.log('|---|---|---|---|');
  for (const [name, xs] of Object.entries(timings))
    console.log(`| ${name} | ${xs.length} | ${pct(xs, 50).toFixed(1)} | ${pct(xs, 99).toFixed(1)} |`);
  console.log(`\nload average after: ${load()}`);
} finally {
  await db.close();
  await created.drop();
}
