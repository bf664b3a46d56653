import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { DEMO_PASSWORD, launchBrowser, login, newContext, settled } from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('language', () => {
  it('switches to English before login and keeps it in the browser', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Log in' }).waitFor();
    // The heading renders before the login form (which waits for the sign-in options), so wait for the field.
    await expect.poll(() => page.getByLabel('Password').count(), { timeout: 10_000 }).toBe(1);
    await context.close();
  });

  it('remembers the language on the user across sessions', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    // A user of our own, so switching languages does not disturb journeys running in parallel.
    await page.request.post('/api/auth/login', {
      data: { tenant: 'demo', email: 'admin@demo.dk', password: DEMO_PASSWORD },
    });
    const admin = await (await page.request.get('/api/auth/me')).json();
    const created = await page.request.post('/api/admin/users', {
      headers: { 'x-csrf-token': admin.csrfToken },
      data: {
        name: 'Sara Sprog',
        email: 'sprog@demo.dk',
        password: 'sprog-kodeord-123',
        roles: [{ role: 'employee', unitId: null }],
      },
    });
    expect(created.status()).toBe(201);
    await context.clearCookies();

    await login(page, 'sprog@demo.dk', 'sprog-kodeord-123');
    await settled(page);
    await page.getByRole('button', { name: 'Sara Sprog' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'My front page' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.waitForLoadState('networkidle');

    // A new browser (no local storage) logs in: the user's saved choice applies.
    const fresh = await newContext(browser, baseURL);
    const other = await fresh.newPage();
    await login(other, 'sprog@demo.dk', 'sprog-kodeord-123');
    await other.getByRole('heading', { level: 1, name: 'My front page' }).waitFor();
    expect(await other.locator('.navigation-menu .nav-link').first().textContent()).toBe('My front page');

    // Switching back to Danish is saved too.
    await other.getByRole('button', { name: 'Sara Sprog' }).click();
    await other.getByRole('button', { name: 'Dansk' }).click();
    await other.getByRole('heading', { level: 1, name: 'Min forside' }).waitFor();
    await other.waitForLoadState('networkidle');
    const me = await (await other.request.get('/api/auth/me')).json();
    expect(me.user.language).toBe('da');
    await fresh.close();
    await context.close();
  });
});
