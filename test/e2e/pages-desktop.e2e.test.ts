import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.js';
import { scanAllPages } from './pages.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('every page at desktop width (1280×800)', () => {
  it('has no serious or critical accessibility violations', async () => {
    expect(await scanAllPages(browser, inject('baseURL'), false)).toEqual([]);
  }, 150_000);
});
