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

describe('every page at phone width (390×844)', () => {
  it('has no serious or critical accessibility violations', async () => {
    expect(await scanAllPages(browser, inject('baseURL'), true)).toEqual([]);
  }, 150_000);
});
