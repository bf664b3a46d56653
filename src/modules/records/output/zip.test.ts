import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { unzip, ZipError } from '../service/unzip.js';
import { createZip, safeEntryName } from './zip-writer.js';

describe('zip writer and reader', () => {
  it('round-trips files with Danish names, skipping hidden entries', async () => {
    const text = new TextEncoder().encode('Ærø og Æbeltoft '.repeat(100));
    const zip = createZip([
      { name: 'sag/høringssvar.txt', bytes: text },
      { name: 'tom.bin', bytes: new Uint8Array([1, 2, 3]) },
      { name: '__MACOSX/._x', bytes: new Uint8Array([0]) },
      { name: 'sag/.DS_Store', bytes: new Uint8Array([0]) },
    ]);
    const files = await unzip(zip);
    expect(files.map((f) => f.name)).toEqual(['sag/høringssvar.txt', 'tom.bin']);
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe(new TextDecoder().decode(text));
    expect([...files[1]!.bytes]).toEqual([1, 2, 3]);
  });

  it('rejects duplicate names, garbage and zip bombs', async () => {
    expect(() =>
      createZip([
        { name: 'a', bytes: new Uint8Array() },
        { name: 'a', bytes: new Uint8Array() },
      ]),
    ).toThrow(/duplicate/);
    await expect(unzip(new Uint8Array([1, 2, 3, 4]))).rejects.toBeInstanceOf(ZipError);
    const bomb = createZip([{ name: 'nuller.bin', bytes: new Uint8Array(5_000_000) }]);
    expect(deflateRawSync(new Uint8Array(5_000_000)).length).toBeLessThan(5_000_000 / 200);
    await expect(unzip(bomb)).rejects.toThrow(/compression ratio/);
  });

  it('makes entry names safe', () => {
    expect(safeEntryName('../../etc/passwd')).toBe('__.._etc_passwd');
    expect(safeEntryName('a:b*c?\u0001')).toBe('a_b_c__');
    expect(safeEntryName('   ')).toBe('dokument');
    expect(safeEntryName('x'.repeat(300))).toHaveLength(100);
  });
});
