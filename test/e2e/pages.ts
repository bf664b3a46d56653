// Every page of the app, visited as the administrator: a full-page screenshot and an axe-core scan each.
// definePageTests registers one test per page so a slow or failing page is reported by name.
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  describeViolations,
  launchBrowser,
  login,
  newContext,
  screenshot,
  seriousViolations,
  settled,
} from './browser.js';

/** heading: the page's exact h1, or null for module pages whose title their module owns (any h1). */
type PageVisit = {
  name: string;
  heading: string | null;
  open: (page: Page) => Promise<void>;
  phoneScan?: boolean;
};

const goto = (path: string) => async (page: Page) => {
  await page.goto(path);
};

const PAGES: PageVisit[] = [
  { name: 'home', heading: 'Min forside', open: goto('/'), phoneScan: true },
  { name: 'profile', heading: 'Min profil', open: goto('/profile') },
  { name: 'records', heading: null, open: goto('/aktindsigt') },
  { name: 'admin', heading: 'Administration', open: goto('/admin') },
  { name: 'admin-users', heading: 'Brugere', open: goto('/admin/users'), phoneScan: true },
  {
    name: 'admin-user',
    heading: 'Mette Medarbejder',
    open: async (page) => {
      await page.goto('/admin/users');
      await page.getByRole('link', { name: 'Mette Medarbejder' }).click();
    },
  },
  { name: 'admin-units', heading: 'Organisation', open: goto('/admin/units') },
  {
    name: 'admin-units-selected',
    heading: 'Organisation',
    open: async (page) => {
      await page.goto('/admin/units');
      await page.getByRole('button', { name: /Hjemmeplejen Nord/ }).click();
      await page.getByRole('heading', { name: /Medarbejdere i Hjemmeplejen Nord/ }).waitFor();
    },
  },
  { name: 'admin-import', heading: 'Import', open: goto('/admin/import'), phoneScan: true },
  { name: 'admin-audit', heading: 'Log', open: goto('/admin/audit'), phoneScan: true },
  { name: 'admin-jobs', heading: 'Baggrundsjob', open: goto('/admin/jobs') },
  { name: 'not-found', heading: 'Siden findes ikke', open: goto('/findes/ikke') },
];

async function check(page: Page, name: string, scan: boolean): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  if (scan) expect(describeViolations(await seriousViolations(page))).toBe('');
}

/**
 * Desktop: every page is photographed and scanned. Phone: every page is photographed; axe runs on the pages
 * whose structure differs most on a phone (tables, forms, the open menu drawer).
 */
export function definePageTests(phone: boolean): void {
  const suffix = phone ? 'phone' : 'desktop';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await newContext(browser, inject('baseURL'), phone);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('login', async () => {
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
    await check(page, `login-${suffix}`, true);
    await login(page, 'admin@demo.dk');
  });

  for (const visit of PAGES) {
    it(visit.name, async () => {
      await visit.open(page);
      const h1 = visit.heading
        ? page.getByRole('heading', { level: 1, name: visit.heading, exact: true })
        : page.locator('main h1');
      await h1.waitFor();
      await check(page, `${visit.name}-${suffix}`, !phone || Boolean(visit.phoneScan));
    });
  }

  if (phone) {
    it('menu drawer', async () => {
      await page.goto('/');
      await page.getByRole('button', { name: 'Menu' }).click();
      await page.getByRole('dialog', { name: 'Menu' }).waitFor();
      expect(await page.getByRole('dialog').getByRole('link', { name: 'Administration' }).isVisible()).toBe(
        true,
      );
      await check(page, `menu-open-${suffix}`, true);
      await page.keyboard.press('Escape');
      expect(await page.getByRole('dialog').count()).toBe(0);
    });
  }
}
