import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../fixtures/index.js';

let t: TestApp;
let root: string;
beforeAll(async () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'rodtrad-web-'));
  mkdirSync(path.join(root, 'assets'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><body>Rød Tråd</body></html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  t = await createTestApp({ webRoot: root });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

describe('web app serving', () => {
  it('serves files, falls back to index.html for client routes, and keeps /api 404s as problems', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/assets/app.js' })).body).toBe('console.log(1)');
    const page = await t.app.inject({ method: 'GET', url: '/aktindsigt/sager/42' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Rød Tråd');
    const api = await t.app.inject({ method: 'GET', url: '/api/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('not_found');
  });
});
