// Builds Outlook .msg files (compound file binary format) for tests, with msgreader's CFB writer.
import { burn } from '@kenjiuno/msgreader/lib/Burner.js';

const u16 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, 'utf16le'));
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

interface TEntry {
  name: string;
  type: number;
  length: number;
  children?: number[];
  binaryProvider?: () => Uint8Array;
}

export function msg(opts: {
  subject: string;
  body: string;
  senderName: string;
  senderEmail: string;
  attachments?: { name: string; bytes: Uint8Array }[];
}): Uint8Array {
  const entries: TEntry[] = [{ name: 'Root Entry', type: ROOT, length: 0, children: [] }];
  const add = (parent: TEntry, name: string, data: Uint8Array): void => {
    parent.children!.push(entries.length);
    entries.push({ name, type: STREAM, length: data.length, binaryProvider: () => data });
  };
  const root = entries[0]!;
  add(root, '__substg1.0_0037001F', u16(opts.subject));
  add(root, '__substg1.0_1000001F', u16(opts.body));
  add(root, '__substg1.0_0C1A001F', u16(opts.senderName));
  add(root, '__substg1.0_0C1F001F', u16(opts.senderEmail));
  add(root, '__properties_version1.0', new Uint8Array(32));
  (opts.attachments ?? []).forEach((a, i) => {
    const dir: TEntry = {
      name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`,
      type: STORAGE,
      length: 0,
      children: [],
    };
    root.children!.push(entries.length);
    entries.push(dir);
    add(dir, '__substg1.0_3707001F', u16(a.name));
    add(dir, '__substg1.0_37010102', a.bytes);
    add(dir, '__properties_version1.0', new Uint8Array(8));
  });
  return burn(entries as Parameters<typeof burn>[0]);
}
