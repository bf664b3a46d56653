// Starts the real Rød Tråd server for browser tests: the app factory on a random port with a fresh in-memory
// PGlite database, the real migrations and the demo seed, serving the web app built into dist/web.
import type { AddressInfo } from 'node:net';
import { buildApp } from '../../src/app/build-app.js';
import { testConfig } from '../../src/platform/config.js';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrate } from '../../src/platform/db/migrate.js';
import { seedDemo } from '../../src/platform/seed/demo.js';
import { ensureWebBuilt } from '../../src/web/build.js';

export type TestServer = { url: string; close: () => Promise<void> };

export async function startServer(): Promise<TestServer> {
  const { outDir } = await ensureWebBuilt({ log: () => undefined });
  const db = await openDatabase({});
  await migrate(db);
  await seedDemo(db);
  // Generous login limits: the suite logs in many times from one address.
  const config = testConfig({ loginRateLimitPerMinute: 1000, lockoutThreshold: 5 });
  const app = await buildApp({ db, config, webRoot: outDir });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.close();
      await db.close();
    },
  };
}
