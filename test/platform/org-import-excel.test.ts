// The organisation import takes what Danish Excel writes (issue 19): "CSV (semikolonsepareret)" in
// Windows-1252, the dry run shows the names it will write, and an unclosed quote is reported where it opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/modules/org/csv-decode.js';
import {
  createTestApp,
  createTestTenant,
  createTestUnit,
  createTestUser,
  loginAgent,
  type Agent,
  type TestApp,
} from '../fixtures/index.js';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await createTestApp();
  const tenant = await createTestTenant(t.db);
  await createTestUnit(t.db, tenant.id, { code: 'HJN', name: 'Hjemmeplejen Nord' });
  admin = await loginAgent(t, tenant, await createTestUser(t.db, tenant.id, { role: 'administrator' }));
});
afterAll(() => t.close());

/** What Excel on a Danish Windows writes for "CSV (semikolonsepareret)": Windows-1252, ';', CRLF. */
function excelSemicolonCsv(rows: string[][]): Uint8Array {
  const text = rows.map((r) => r.join(';')).join('\r\n') + '\r\n';
  const table: Record<string, number> = { æ: 0xe6, ø: 0xf8, å: 0xe5, Æ: 0xc6, Ø: 0xd8, Å: 0xc5, é: 0xe9 };
  return Uint8Array.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));
}

const employees = [
  ['employee_no', 'given_name', 'family_name', 'email', 'title', 'unit_code'],
  ['E1', 'Søren', 'Ærøskøbing', 'soeren@test.dk', 'Social- og sundhedshjælper', 'HJN'],
  ['E2', 'Åse', 'Bjørnø', '', 'Assistent', 'HJN'],
];

describe('organisation import from Danish Excel', () => {
  it('decodes Windows-1252 and UTF-8 (with BOM) and UTF-16 by content', () => {
    const bytes = excelSemicolonCsv(employees);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Søren;Ærøskøbing');
    const utf8 = new TextEncoder().encode('\uFEFFcode;name\r\nA;Ærø\r\n');
    expect(decodeCsvBytes(utf8)).toMatchObject({ encoding: 'utf-8', text: expect.stringContaining('Ærø') });
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('code;name\r\nA;Ærø\r\n', 'utf16le'),
    ]);
    expect(decodeCsvBytes(utf16)).toMatchObject({
      encoding: 'utf-16le',
      text: expect.stringContaining('Ærø'),
    });
  });

  it('dry-runs the semicolon file with the names that will be written, then imports them intact', async () => {
    const csv = decodeCsvBytes(excelSemicolonCsv(employees)).text;
    const dry = await admin.post('/api/org/import', { kind: 'employees', csv, dryRun: true });
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ errors: [], created: 2, applied: false });
    expect(dry.json().rows.map((r: { name: string }) => r.name)).toEqual(['Søren Ærøskøbing', 'Åse Bjørnø']);
    const done = await admin.post('/api/org/import', { kind: 'employees', csv, dryRun: false });
    expect(done.json()).toMatchObject({ applied: true, created: 2 });
    const found = (await admin.get('/api/org/employees?q=S%C3%B8ren')).json();
    expect(JSON.stringify(found)).toContain('Ærøskøbing');
  });

  it('refuses text that was already mis-decoded (S�ren), naming the line', async () => {
    const broken = new TextDecoder('utf-8').decode(excelSemicolonCsv(employees)); // what file.text() gave
    expect(broken).toContain('S\uFFFDren');
    const res = await admin.post('/api/org/import', { kind: 'employees', csv: broken, dryRun: true });
    expect(res.json().errors).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('Windows-1252') }),
    ]);
    expect(res.json().created).toBe(0);
  });

  it('reports an unclosed quote on the line where it opens', async () => {
    const csv = 'code;name\r\nA1;Første\r\nA2;"Anden enhed\r\nA3;Tredje\r\nA4;Fjerde\r\n';
    const res = await admin.post('/api/org/import', { kind: 'units', csv, dryRun: true });
    expect(res.json().errors).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringContaining('anførselstegn') }),
    ]);
    // Quoted fields with doubled quotes and line breaks inside are fine.
    const ok = 'code;name\r\nB1;"Enhed ""Nord""\r\nmed linjeskift"\r\nB2;Syd\r\n';
    const good = await admin.post('/api/org/import', { kind: 'units', csv: ok, dryRun: true });
    expect(good.json()).toMatchObject({ errors: [], created: 2 });
  });
});
