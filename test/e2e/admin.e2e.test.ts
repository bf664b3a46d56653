import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, newContext, settled } from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await newContext(browser, baseURL);
  page = await context.newPage();
  await login(page, 'admin@demo.dk');
});

afterAll(async () => {
  await browser?.close();
});

describe('administration', () => {
  it('filters the audit log by action and person', async () => {
    await page.goto('/admin/audit');
    await settled(page);
    expect(await page.locator('table tbody tr').count()).toBeGreaterThan(0);

    await page.getByLabel('Handling').fill('auth.login');
    await page.getByRole('button', { name: 'Filtrér', exact: true }).click();
    await page.waitForURL(/action=auth.login/);
    const column = (n: number) =>
      page.locator(`table[aria-busy="false"] tbody tr td:nth-child(${n})`).allTextContents();
    await expect.poll(async () => [...new Set(await column(3))]).toEqual(['auth.login']);

    await page.getByLabel('Person').selectOption({ label: 'Anne Administrator' });
    await page.getByRole('button', { name: 'Filtrér', exact: true }).click();
    await page.waitForURL(/actor=/);
    await expect.poll(async () => [...new Set(await column(2))]).toEqual(['admin@demo.dk']);

    // The export link carries the same filters.
    const href = await page.getByRole('link', { name: 'Eksportér som CSV' }).getAttribute('href');
    expect(href).toMatch(/^\/api\/audit\/export\.csv\?.*action=auth\.login/);
    const csv = await page.request.get(href ?? '');
    expect(csv.status()).toBe(200);

    await page.getByRole('button', { name: 'Nulstil filtre' }).click();
    await page.waitForURL((url) => url.search === '');
  });

  it('previews a CSV import, refuses errors, then applies it', async () => {
    await page.goto('/admin/import');
    await page.getByLabel('Enheder').check();
    const csv = page.getByLabel('Eller indsæt CSV');
    await csv.fill('code,name,parent_code\nE2E-A,Testenhed A,DK\nE2E-B,Testenhed B,FINDES-IKKE\n');
    await page.getByRole('button', { name: 'Vis prøvekørsel' }).click();
    await page.getByRole('heading', { name: /Prøvekørsel/ }).waitFor();
    expect(await page.getByRole('table', { name: 'Fejl i filen' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Gennemfør import' }).count()).toBe(0);

    await csv.fill('code,name,parent_code\nE2E-A,Testenhed A,DK\nE2E-B,Testenhed B,E2E-A\n');
    await page.getByRole('button', { name: 'Vis prøvekørsel' }).click();
    await page.getByRole('button', { name: 'Gennemfør import' }).waitFor();
    const stats = await page.locator('.rt-stats li').allTextContents();
    expect(stats[0]).toMatch(/^2\s*oprettes/);
    // Nothing is written by the preview.
    const before = await (await page.request.get('/api/org/units')).json();
    expect(before.units.some((unit: { code: string }) => unit.code === 'E2E-A')).toBe(false);

    await page.getByRole('button', { name: 'Gennemfør import' }).click();
    await page.getByRole('heading', { name: 'Importen er gennemført' }).waitFor();
    await page.locator('.toast').getByText('Importen er gennemført').waitFor();

    await page.goto('/admin/units');
    await page.getByRole('button', { name: /Testenhed B/ }).waitFor();
  });

  it('creates a user and gives a role in a unit', async () => {
    await page.goto('/admin/users');
    await page.getByText('Opret ny bruger').click();
    await page.getByLabel('Navn', { exact: true }).fill('Erik Ekstern');
    await page.getByLabel('E-mail', { exact: true }).fill('erik@demo.dk');
    await page.getByRole('button', { name: 'Opret bruger' }).click();
    await page.getByText('Midlertidig adgangskode').waitFor();
    await page.getByRole('link', { name: 'Erik Ekstern' }).click();
    await page.getByRole('heading', { level: 1, name: 'Erik Ekstern' }).waitFor();

    await page.getByRole('button', { name: 'Tilføj rolle' }).click();
    await page.getByLabel('Rolle', { exact: true }).selectOption('caseworker');
    await page.getByLabel('Enhed', { exact: true }).selectOption({ label: 'Borgerservice' });
    await page.getByRole('button', { name: 'Gem roller' }).click();
    await page.locator('.toast').getByText('Rollerne for Erik Ekstern er gemt').waitFor();

    const users = await (await page.request.get('/api/admin/users')).json();
    const erik = users.users.find((user: { email: string }) => user.email === 'erik@demo.dk');
    expect(erik.roles).toHaveLength(1);
    expect(erik.roles[0].role).toBe('caseworker');
  });
});
