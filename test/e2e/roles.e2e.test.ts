import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newContext, settled } from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function menu(page: Page): Promise<string[]> {
  return (await page.locator('.navigation-menu .mainmenu .nav-link').allTextContents()).map((text) =>
    text.trim(),
  );
}

describe('navigation per role', () => {
  it('a planner sees neither aktindsigt nor administration', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'planlaegger@demo.dk');
    expect(await menu(page)).toEqual([
      'Min forside',
      'Vagtplan',
      'Min vagtplan',
      'Digitaliseringsportefølje',
    ]);
    await context.close();
  });

  it('an employee sees only their front page, and administration answers "not found"', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'medarbejder@demo.dk');
    await settled(page);
    expect(await menu(page)).toEqual(['Min forside', 'Min vagtplan', 'Digitaliseringsportefølje']);
    await page.goto('/admin/users');
    await page.getByRole('heading', { level: 1, name: 'Siden findes ikke' }).waitFor();
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await context.close();
  });

  it('a team lead reaches the audit log but not user administration', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'teamleder@demo.dk');
    expect(await menu(page)).toEqual([
      'Min forside',
      'Aktindsigt',
      'Byggesagsarkiv',
      'Vagtplan',
      'Min vagtplan',
      'Ledelsesinformation',
      'Digitaliseringsportefølje',
      'Administration',
    ]);
    await page.locator('.navigation-menu').getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const cards = (await page.locator('.rt-card-title').allTextContents()).sort();
    expect(cards).toEqual(['Baggrundsjob', 'Log']);
    await context.close();
  });

  it('an administrator sees every administration page', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'admin@demo.dk');
    expect(await menu(page)).toEqual([
      'Min forside',
      'Aktindsigt',
      'Byggesagsarkiv',
      'Vagtplan',
      'Ejendomme',
      'Min vagtplan',
      'Ledelsesinformation',
      'Digitaliseringsportefølje',
      'Administration',
    ]);
    await page.goto('/admin');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    const cards = (await page.locator('.rt-card-title').allTextContents()).sort();
    expect(cards).toEqual(['Baggrundsjob', 'Brugere', 'Import', 'Log', 'Organisation']);
    await context.close();
  });
});
