import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  describeViolations,
  launchBrowser,
  login,
  newContext,
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
    // The municipality name arrives from /api/tenants/public after the first render: wait for it.
    await page.getByText('Demo Kommune').waitFor({ state: 'visible' });
    expect(await page.getByText('Demo Kommune').isVisible()).toBe(true);
    // Citizens who arrive here find the public request form without an account.
    expect(await page.getByRole('link', { name: 'Anmod om aktindsigt' }).getAttribute('href')).toBe(
      '/anmod-om-aktindsigt',
    );

    await login(page, 'admin@demo.dk');
    await settled(page);
    expect(await page.locator('h1').textContent()).toBe('Min forside');
    expect(await page.locator('.solution-heading').textContent()).toContain('Demo Kommune');
    expect(describeViolations(await seriousViolations(page))).toBe('');

    await page.getByRole('button', { name: 'Anne Administrator' }).click();
    await page.getByRole('button', { name: 'Log af' }).click();
    await page.getByText('Du er nu logget af.').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');
    // The session is really gone: a protected page sends us back to the login page.
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    expect(page.url()).toContain('next=%2Fadmin');
    await context.close();
  });

  it('explains a wrong password and a locked account', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    // A user of our own, so locking it out does not disturb the other journeys.
    await page.request.post('/api/auth/login', {
      data: { tenant: 'demo', email: 'admin@demo.dk', password: 'rodtrad-demo' },
    });
    const me = await (await page.request.get('/api/auth/me')).json();
    const created = await page.request.post('/api/admin/users', {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { name: 'Låse Test', email: 'laas@demo.dk', password: 'korrekt-hest-batteri' },
    });
    expect(created.status()).toBe(201);
    await context.clearCookies();

    await page.goto('/login');
    const attempt = async () => {
      await page.getByLabel('E-mail').fill('laas@demo.dk');
      await page.getByLabel('Adgangskode').fill('forkert-kodeord');
      await page.getByRole('button', { name: 'Log ind', exact: true }).click();
      await page.getByRole('alert').first().waitFor();
    };
    await attempt();
    expect(await page.getByRole('alert').first().textContent()).toMatch(/forkert/i);
    expect(new URL(page.url()).pathname).toBe('/login');
    let text = '';
    for (let i = 0; i < 6 && !/låst/i.test(text); i++) {
      await attempt();
      await page.waitForTimeout(200);
      text = (await page.getByRole('alert').first().textContent()) ?? '';
    }
    expect(text).toMatch(/låst/i);
    await context.close();
  });

  it('after an expired session, returns the user to where they were', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'teamleder@demo.dk');
    await page.goto('/admin/audit?action=auth.*');
    await settled(page);
    // The server forgets the session (as when it expires); the next request answers 401.
    await context.clearCookies();
    await page.getByLabel('Handling').fill('auth.login');
    await page.getByRole('button', { name: 'Filtrér', exact: true }).click();
    await page.getByText('Din session er udløbet').waitFor();
    expect(new URL(page.url()).pathname).toBe('/login');

    await page.getByLabel('E-mail').fill('teamleder@demo.dk');
    await page.getByLabel('Adgangskode').fill('rodtrad-demo');
    await page.getByRole('button', { name: 'Log ind', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Log', exact: true }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/admin/audit');
    expect(new URL(page.url()).searchParams.get('action')).toBe('auth.login');
    await context.close();
  });
});
