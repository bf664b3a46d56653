// Builds the web application into dist/web with Vite's JS API when the build is missing or older than its
// sources, so `npm ci && npm start` works on a fresh clone without a separate build step. The check only
// compares modification times (a few hundred files), so it costs milliseconds when nothing changed.
// This file runs in Node (the server), never in the browser.
import { existsSync } from 'node:fs';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export type WebBuildOptions = {
  /** Repository root (default: the one this file lives in). */
  root?: string;
  /** Build even when dist/web is up to date. */
  force?: boolean;
  log?: (message: string) => void;
};

export type WebBuildResult = { built: boolean; outDir: string; reason: string };

const SKIP = new Set(['node_modules', 'dist', 'test-results']);

async function newestMtime(target: string): Promise<number> {
  let info;
  try {
    info = await stat(target);
  } catch {
    return 0;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of await readdir(target, { withFileTypes: true })) {
    if (SKIP.has(entry.name) || entry.name.endsWith('.test.ts')) continue;
    newest = Math.max(newest, await newestMtime(path.join(target, entry.name)));
  }
  return newest;
}

/** Source locations of the web app: the shell, every module's web/ folder and the Vite config. */
async function webSources(root: string): Promise<string[]> {
  const sources = [
    path.join(root, 'src/web'),
    path.join(root, 'vite.config.ts'),
    path.join(root, 'package-lock.json'),
  ];
  const modulesDir = path.join(root, 'src/modules');
  if (existsSync(modulesDir)) {
    for (const entry of await readdir(modulesDir, { withFileTypes: true })) {
      if (entry.isDirectory()) sources.push(path.join(modulesDir, entry.name, 'web'));
    }
  }
  return sources;
}

export async function webBuildIsStale(root = REPO): Promise<string | null> {
  const index = path.join(root, 'dist/web/index.html');
  const built = await newestMtime(index);
  if (!built) return 'dist/web/index.html is missing';
  for (const source of await webSources(root)) {
    if ((await newestMtime(source)) > built)
      return `${path.relative(root, source)} changed since the last build`;
  }
  return null;
}

let running: Promise<WebBuildResult> | undefined;

/** Ensures dist/web holds a current build of the web app; builds it (once per process at a time) if not. */
export function ensureWebBuilt(options: WebBuildOptions = {}): Promise<WebBuildResult> {
  running ??= buildIfNeeded(options).finally(() => {
    running = undefined;
  });
  return running;
}

async function buildIfNeeded({
  root = REPO,
  force = false,
  log = console.log,
}: WebBuildOptions): Promise<WebBuildResult> {
  const outDir = path.join(root, 'dist/web');
  const reason = force ? 'forced' : await webBuildIsStale(root);
  if (!reason) return { built: false, outDir, reason: 'up to date' };
  let vite: typeof import('vite');
  try {
    vite = await import('vite');
  } catch {
    log(`web: cannot build (${reason}): Vite is not installed (npm ci installs it)`);
    return { built: false, outDir, reason: 'vite missing' };
  }
  log(`web: building into dist/web (${reason}) …`);
  const started = Date.now();
  // Build next to the target and swap, so a running server never serves a half-written directory.
  const temp = path.join(root, 'dist', `web.build-${process.pid}-${Date.now()}`);
  // The server (or a test runner) may run with NODE_ENV=development/test, which would make Vite and the React
  // plugin emit a development bundle; the served bundle is always a production build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({
      configFile: path.join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: temp, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const old = path.join(root, 'dist', `web.old-${process.pid}-${Date.now()}`);
  if (existsSync(outDir)) await rename(outDir, old);
  await rename(temp, outDir);
  await rm(old, { recursive: true, force: true });
  log(`web: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { built: true, outDir, reason };
}
