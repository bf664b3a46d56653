// Manifest files read from a folder: only paths inside it (no "..", no symlink escape checks needed beyond
// resolving, since the manifest is the operator's own file; we still refuse paths that leave the folder).
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { TFileSource } from './import.js';

export function folderSource(dir: string): TFileSource {
  const root = path.resolve(dir);
  return {
    async read(file) {
      const full = path.resolve(root, file);
      if (full !== root && !full.startsWith(root + path.sep)) return null;
      try {
        const real = await realpath(full);
        const realRoot = await realpath(root);
        if (!real.startsWith(realRoot + path.sep)) return null;
        return new Uint8Array(await readFile(real));
      } catch {
        return null;
      }
    },
  };
}
