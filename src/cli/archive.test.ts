// `rodtrad archive import|export` as a user runs them (child processes on an embedded database): an import
// killed half-way and started again loses nothing and duplicates nothing; --wait screens everything; export
// writes exactly the published documents.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSampleArchive } from '../../bench/archive/make-sample.js';

const BIN = path.resolve('bin/rodtrad.mjs');
let work: string;
let env: NodeJS.ProcessEnv;

function run(
  args: string[],
  killAt?: RegExp,
): Promise<{ code: number | null; stdout: string; stderr: string; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      if (killAt && !killed && killAt.test(stderr)) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('close', (code) => resolve({ code, stdout, stderr, killed }));
  });
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'archive-cli-'));
  env = {
    ...process.env,
    DATABASE_URL: '',
    RODTRAD_DATA_DIR: path.join(work, 'data'),
    RODTRAD_ARCHIVE_DEMO_CASES: '0',
    RODTRAD_JOBS_POLL_SECONDS: '0.5',
  };
  await writeSampleArchive(path.join(work, 'archive'), 30, { bad: true });
  const seeded = await run(['seed']);
  expect(seeded.code).toBe(0);
}, 600_000);
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('rodtrad archive', () => {
  it('resumes a killed import without losing or duplicating anything, then screens and exports', async () => {
    const manifest = path.join(work, 'archive', 'manifest.csv');
    const rows = (await readFile(manifest, 'utf8')).trim().split('\n').length - 1;
    const good = rows - 6; // six bad lines (see make-sample.ts)
    const killed = await run(
      ['archive', 'import', '--tenant', 'demo', '--manifest', manifest],
      /imported 25\//,
    );
    expect(killed.killed).toBe(true);
    expect(killed.stdout).toBe('');

    const resumed = await run(['archive', 'import', '--tenant', 'demo', '--manifest', manifest]);
    expect(resumed.code).toBe(0);
    const second = JSON.parse(resumed.stdout);
    expect(second.skipped).toBeGreaterThanOrEqual(25);
    expect(second.imported + second.skipped).toBe(good);
    expect(second.failed).toBeGreaterThanOrEqual(6);
    expect(resumed.stderr).toMatch(/line \d+ \(files\/missing\.pdf\): unknown file/);

    const waited = await run(['archive', 'import', '--tenant', 'demo', '--manifest', manifest, '--wait']);
    expect(waited.code).toBe(0);
    const third = JSON.parse(waited.stdout);
    expect(Object.keys(third)).toEqual([
      'imported',
      'skipped',
      'published',
      'review',
      'withheld',
      'locked',
      'failed',
    ]);
    expect(third.imported).toBe(0);
    expect(third.skipped).toBe(good);
    expect(third.published + third.review + third.withheld + third.locked + third.failed - 6).toBe(good);
    expect(third.published).toBeGreaterThan(0);

    const out = path.join(work, 'export');
    const exported = await run(['archive', 'export', '--tenant', 'demo', '--out', out]);
    expect(exported.code).toBe(0);
    const index = JSON.parse(await readFile(path.join(out, 'index.json'), 'utf8')) as {
      file: string;
      case_number: string;
    }[];
    expect(index).toHaveLength(third.published);
    for (const entry of index.slice(0, 10)) {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(out, entry.file), '-']).toString(
        'utf8',
      );
      expect(text).toContain('Ejendom:'); // the property stays readable
      expect(text).not.toMatch(/\b\d{6}-\d{4}\b/); // no CPR number
      expect(text).not.toMatch(/@gmail\.com/);
    }

    const bad = await run(['archive', 'import', '--tenant', 'nowhere', '--manifest', manifest]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/no municipality with the slug "nowhere"/);
  }, 900_000);
});
