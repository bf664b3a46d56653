// `rodtrad detect`: the contract end to end through the real dispatcher (bin/rodtrad.mjs, two process spawns),
// the error cases in-process through the same run() the dispatcher calls (spawning is slow on a busy machine).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { run as runDetect } from '../../cli/detect.js';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../../bin/rodtrad.mjs');
const dir = mkdtempSync(join(tmpdir(), 'rodtrad-detect-'));

async function detectCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'detect', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('rodtrad detect', () => {
  it('writes one line per input line in the same order with {id, spans:[{start,end,label}]}', async () => {
    const input = join(dir, 'in.jsonl');
    const output = join(dir, 'out.jsonl');
    const lines = [
      { id: 'b', text: 'Mit cpr-nr. er 070761-4285.', case_type: 'citizen' },
      { id: 'a', text: 'Ingen persondata her.', case_type: 'building', parties: [], staff: [], keep: [] },
      {
        id: 'c',
        text: 'Ring til Jens Hansen på 22 33 44 55.',
        parties: ['Jens Hansen'],
        staff: null,
        extra: 1,
      },
    ];
    writeFileSync(input, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
    const res = await detectCli(['--input', input, '--output', output]);
    expect(res.code).toBe(0);
    const out = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['b', 'a', 'c']);
    expect(out[0]).toEqual({ id: 'b', spans: [{ start: 15, end: 26, label: 'CPR' }] });
    expect(out[1]).toEqual({ id: 'a', spans: [] });
    expect(out[2].spans.map((s: { label: string }) => s.label)).toEqual(['PERSON', 'PHONE']);
  });

  it('fails with a one-line reason naming the line for invalid JSON', async () => {
    const input = join(dir, 'bad.jsonl');
    writeFileSync(input, '{"id":"1","text":"ok"}\n{"id":"2","text":\n');
    const res = await detectCli(['--input', input, '--output', join(dir, 'bad-out.jsonl')]);
    expect(res.code).not.toBe(0);
    expect(res.stderr.trim().split('\n')).toHaveLength(1);
    expect(res.stderr).toMatch(/line 2: invalid JSON/);
  });

  it('fails for a missing file, a missing option and a wrong field type', async () => {
    await expect(
      runDetect(['--input', join(dir, 'nope.jsonl'), '--output', join(dir, 'x.jsonl')]),
    ).rejects.toThrow(/input file not found/);
    await expect(runDetect(['--input', join(dir, 'nope.jsonl')])).rejects.toThrow(/--output/);
    const input = join(dir, 'type.jsonl');
    writeFileSync(input, '{"id":"1","text":42}\n');
    await expect(runDetect(['--input', input, '--output', join(dir, 'y.jsonl')])).rejects.toThrow(
      /line 1: invalid input at "text"/,
    );
    await expect(runDetect(['--bogus'])).rejects.toThrow(/unknown option/);
  });

  it('prints help', async () => {
    const lines: string[] = [];
    const log = console.log;
    console.log = (msg: string) => lines.push(msg);
    try {
      expect(await runDetect(['--help'])).toBe(0);
    } finally {
      console.log = log;
    }
    expect(lines.join('\n')).toContain('--input');
  });
});
