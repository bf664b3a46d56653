// Crash recovery: a worker process is SIGKILLed in the middle of a job (inside a step's transaction, and
// after its last step but before completion); a restarted process finishes the job, and every step's effect
// exists exactly once. Runs on PGlite with a data directory, and on PostgreSQL when DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobs } from '../../src/platform/jobs/service.js';
import { createEmptyPostgresDatabase, createTestTenant, testDatabaseUrl } from '../fixtures/index.js';
import { effectsOf, openSharedDb } from './helpers.js';

const CHILD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'recovery-child.ts');

type Child = {
  lines: string[];
  waitFor: (prefix: string) => Promise<string>;
  kill: () => Promise<void>;
  exited: Promise<number | null>;
};

function startChild(env: Record<string, string | undefined>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { prefix: string; resolve: (line: string) => void }[] = [];
  let buffer = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    let nl: number;
    while ((nl = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, nl);
      buffer = buffer.slice(nl + 1);
      lines.push(line);
      for (const w of waiters.filter((x) => line.startsWith(x.prefix))) w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    lines,
    exited,
    waitFor: (prefix) =>
      new Promise((resolve, reject) => {
        const seen = lines.find((line) => line.startsWith(prefix));
        if (seen) return resolve(seen);
        waiters.push({ prefix, resolve });
        void exited.then((code) => reject(new Error(`child exited (${code}) before "${prefix}": ${stderr}`)));
      }),
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

let dataDir: string | undefined;
let databaseUrl: string | undefined;
let drop: (() => Promise<void>) | undefined;
let tenants: string[] = [];

beforeAll(async () => {
  const server = testDatabaseUrl();
  if (server) {
    ({ url: databaseUrl, drop } = await createEmptyPostgresDatabase(server));
  } else {
    dataDir = await mkdtemp(path.join(tmpdir(), 'rodtrad-jobs-'));
  }
  // Migrating here also pays PGlite's initdb once, not in every child.
  const { db } = await openSharedDb({ dataDir, databaseUrl });
  tenants = [(await createTestTenant(db)).id, (await createTestTenant(db)).id];
  await db.close();
}, 300_000);

afterAll(async () => {
  await drop?.();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe.each([0, 1])('a worker killed mid-job', (scenario) => {
  const killPoint = scenario === 0 ? 'inside-step' : 'after-steps';
  it(`is recovered by a restarted process and applies each effect exactly once (${killPoint})`, async () => {
    const tenantId = tenants[scenario]!;
    const env = { DATA_DIR: dataDir, DATABASE_URL: databaseUrl, TENANT_ID: tenantId, KILL_POINT: killPoint };

    const first = startChild(env);
    const jobId = (await first.waitFor('JOB ')).slice(4);
    await first.waitFor(`MARK ${killPoint}`);
    await first.kill();

    const second = startChild({ ...env, JOB_ID: jobId });
    expect(await second.waitFor('DONE ')).toBe('DONE completed 2');
    expect(await second.exited).toBe(0);

    const { db, jobsDb } = await openSharedDb({ dataDir, databaseUrl });
    try {
      expect(await effectsOf(jobsDb, tenantId, jobId)).toEqual(['one', 'two']);
      const view = await createJobs(jobsDb).get(tenantId, jobId);
      expect(view).toMatchObject({
        state: 'completed',
        attempt: 2,
        result: { attempt: 2 },
        progress: { percent: 100 },
      });
    } finally {
      await db.close();
    }
  }, 300_000);
});
