import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  describeViolations,
  launchBrowser,
  login,
  newContext,
  screenshot,
  seriousViolations,
  settled,
} from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('login and logout', () => {
  it('shows the login page in Danish, logs in and out', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getAttribute('html', 'lang')).toBe('da');
    await screenshot(page, 'login-desktop');
    expect(describeViolations(await seriousViolations(page))).toBe('');

    await login(page, 'admin@demo.dk');
    await settled(page);
    await expect(page.locator('h1').textContent()).resolves.toBe('Min forside');
    await expect(page.locator('.solution-heading').textContent()).resolves.toContain('Demo Kommune');
    await screenshot(page, 'home-desktop');
    expect(describeViolations(await seriousViolations(page))).toBe('');

    await page.getByRole('button', { name: 'Anne Administrator' }).click();
    await page.getByRole('button', { name: 'Log af' }).click();
    await page.waitForURL(/\/login\?reason=logged_out/);
    await expect(page.getByText('Du er nu logget af.').isVisible()).resolves.toBe(true);
    await page.goto('/admin');
    await page.waitForURL(/\/login\?next=%2Fadmin/);
    await context.close();
  });
});
