// rodtrad start: migrate, seed the demo on an empty database, build the web app if needed, listen.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../app/build-app.js';
import { loadConfig } from '../platform/config.js';
import { migrate } from '../platform/db/migrate.js';
import { DEMO_PASSWORD, DEMO_USERS, isDatabaseEmpty, seedDemo } from '../platform/seed/demo.js';
import { DB_HELP, parseArgs } from './args.js';
import { openConfiguredDb } from './db.js';

const HELP = `Usage: rodtrad start

Starts the web server on HOST:PORT (default 0.0.0.0:3000): applies migrations, seeds Demo Kommune on an empty
database (RODTRAD_SEED_DEMO, default true outside production) and serves the API and the web app.
${DB_HELP} All settings: docs/operations.md.`;

async function buildWebIfPresent(): Promise<void> {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../web/build.ts');
  if (!existsSync(file)) return;
  const mod = (await import(/* @vite-ignore */ '../web/build.js' as string)) as {
    ensureWebBuilt?: () => Promise<unknown>;
  };
  await mod.ensureWebBuilt?.();
}

export async function run(args: string[]): Promise<number> {
  if (parseArgs(args).options.help) return (console.log(HELP), 0);
  const started = Date.now();
  const phases: string[] = [];
  const phase = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const result = await fn();
    phases.push(`${name} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    return result;
  };
  const config = loadConfig();
  for (const warning of config.warnings) console.warn(`Warning: ${warning}`);
  const db = await phase('database', () => openConfiguredDb(config));
  await phase('migrations', () => migrate(db));
  let seeded = false;
  if (config.seedDemo && (await isDatabaseEmpty(db))) {
    await phase('demo seed', () => seedDemo(db));
    seeded = true;
  }
  await phase('web', buildWebIfPresent);
  const app = await phase('app', () => buildApp({ db, config }));
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('0.0.0.0', 'localhost').replace('[::]', 'localhost');
  console.log(
    `\nRød Tråd is ready at ${url} (${db.kind}, ${((Date.now() - started) / 1000).toFixed(1)} s: ${phases.join(', ')})`,
  );
  if (config.apiDocs) console.log(`API documentation: ${url}/api/docs`);
  if (seeded || (config.seedDemo && config.env !== 'production')) {
    console.log(`Demo Kommune logins (password "${DEMO_PASSWORD}"):`);
    for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(24)} ${u.role}`);
  }
  await new Promise<void>((resolve) => {
    const stop = async () => {
      await app.close();
      await db.close();
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
