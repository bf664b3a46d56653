// One real server for all browser journeys: built web app, fresh in-memory database with the demo seed.
// Test files get its address through inject('baseURL'); journeys that change data create their own objects.
import type { TestProject } from 'vitest/node';
import { startServer, type TestServer } from './server.js';

let server: TestServer | undefined;

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  server = await startServer();
  console.log(`e2e: server ready at ${server.url} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  project.provide('baseURL', server.url);
  return async () => {
    await server?.close();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}
