import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mupdfText, textPdf } from '../modules/redaction/testing/fixtures.js';

const bin = resolve(import.meta.dirname, '../../bin/rodtrad.mjs');
const dir = mkdtempSync(join(tmpdir(), 'redact-cli-'));
const cli = (...args: string[]) =>
  spawnSync('node', [bin, 'redact', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('rodtrad redact', () => {
  it('writes a verified PDF and prints the JSON report', async () => {
    const input = join(dir, 'notat');
    writeFileSync(
      input,
      await textPdf([
        ['Journalnotat', 'Borgeren har cpr 120345-6789 og mail jens@example.dk.', 'Sagen fortsætter.'],
      ]),
    );
    const context = join(dir, 'ctx.json');
    writeFileSync(context, JSON.stringify({ case_type: 'citizen', parties: [], staff: [], keep: [] }));
    const out = join(dir, 'ud.pdf');
    const r = cli(input, out, '--context', context);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({ format: 'pdf', pages: 1, ocr: false, verified: true });
    expect(report.items).toMatchObject({ CPR: 1, EMAIL: 1 });
    expect(typeof report.seconds).toBe('number');
    const { readFileSync } = await import('node:fs');
    const text = mupdfText(new Uint8Array(readFileSync(out)));
    expect(text).toContain('Sagen fortsætter.');
    expect(text).not.toContain('120345-6789');
    expect(text).not.toContain('jens@example.dk');
  }, 60_000);

  it('prints help', () => {
    const r = cli('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: rodtrad redact IN OUT.pdf [--context CONTEXT.json]');
  });

  it('fails with one line naming the file and writes nothing for bad input', () => {
    const input = join(dir, 'tom.pdf');
    writeFileSync(input, '');
    const out = join(dir, 'tom-ud.pdf');
    const r = cli(input, out);
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('tom.pdf: the file is empty');
    expect(existsSync(out)).toBe(false);
  });

  it('rejects a context file that is not valid', () => {
    const ctx = join(dir, 'bad.json');
    writeFileSync(ctx, '{"case_type": "other"}');
    const r = cli(join(dir, 'notat'), join(dir, 'x.pdf'), '--context', ctx);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('case_type');
  });

  it('opens an encrypted PDF with --password and writes an unencrypted redacted PDF', async () => {
    const { mupdf } = await import('../modules/redaction/mupdf.js');
    const locked = join(dir, 'laast.pdf');
    const plain = mupdf.Document.openDocument(
      await textPdf([['Borgeren har cpr 120345-6789.', 'Sagen fortsætter.']]),
      'application/pdf',
    ).asPDF()!;
    writeFileSync(
      locked,
      plain.saveToBuffer('encrypt=aes-256,user-password=hemmelig,owner-password=ejer').asUint8Array().slice(),
    );
    const out = join(dir, 'laast-ud.pdf');
    const missing = cli(locked, out);
    expect(missing.status).not.toBe(0);
    expect(missing.stderr).toContain('laast.pdf: the PDF is encrypted');
    const wrong = cli(locked, out, '--password', 'forkert');
    expect(wrong.stderr).toContain('the password does not open the PDF');
    expect(existsSync(out)).toBe(false);
    const pwFile = join(dir, 'pw.txt');
    writeFileSync(pwFile, 'hemmelig\n');
    expect(cli(locked, out, '--password', 'x', '--password-file', pwFile).stderr).toContain('not both');
    expect(cli(locked, out, '--password-file', join(dir, 'mangler.txt')).stderr).toContain(
      'cannot read password file',
    );
    const fromFile = cli(locked, join(dir, 'laast-ud2.pdf'), '--password-file', pwFile);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const r = cli(locked, out, '--password', 'hemmelig');
    expect(r.status, r.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    const bytes = new Uint8Array(readFileSync(out));
    expect(mupdf.Document.openDocument(bytes, 'application/pdf').needsPassword()).toBe(false);
    const text = mupdfText(bytes);
    expect(text).toContain('Sagen fortsætter.');
    expect(text).not.toContain('120345-6789');
  }, 60_000);

  it('redacts a plain-text file', async () => {
    const input = join(dir, 'notat.txt');
    writeFileSync(input, 'Telefonnotat\n\nBorgeren oplyste cpr 120345-6789.\n\nSagen fortsætter.');
    const out = join(dir, 'notat-ud.pdf');
    const r = cli(input, out);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'text', pages: 1, verified: true });
    const { readFileSync } = await import('node:fs');
    const text = mupdfText(new Uint8Array(readFileSync(out)));
    expect(text).toContain('Sagen fortsætter.');
    expect(text).not.toContain('120345-6789');
  }, 60_000);
});
