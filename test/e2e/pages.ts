// Every page of the app, visited as the administrator: an axe-core scan and a full-page screenshot each.
import { expect } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { describeViolations, login, newContext, screenshot, seriousViolations, settled } from './browser.js';

export const PAGES: { name: string; path: string; heading: string }[] = [
  { name: 'home', path: '/', heading: 'Min forside' },
  { name: 'profile', path: '/profile', heading: 'Min profil' },
  { name: 'admin', path: '/admin', heading: 'Administration' },
  { name: 'admin-users', path: '/admin/users', heading: 'Brugere' },
  { name: 'admin-units', path: '/admin/units', heading: 'Organisation' },
  { name: 'admin-import', path: '/admin/import', heading: 'Import' },
  { name: 'admin-audit', path: '/admin/audit', heading: 'Log' },
  { name: 'admin-jobs', path: '/admin/jobs', heading: 'Baggrundsjob' },
  { name: 'not-found', path: '/findes/ikke', heading: 'Siden findes ikke' },
];

// At phone width every page is photographed; axe runs on the pages whose structure differs most on a phone
// (the desktop run scans every page).
const PHONE_SCANS = new Set(['login', 'home', 'admin-users', 'admin-audit', 'admin-import', 'menu-open']);

async function check(page: Page, name: string, found: string[]): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  const [base, suffix] = [
    name.replace(/-(desktop|phone)$/, ''),
    name.endsWith('-phone') ? 'phone' : 'desktop',
  ];
  if (suffix === 'phone' && !PHONE_SCANS.has(base)) return;
  const violations = describeViolations(await seriousViolations(page));
  if (violations) found.push(`${name}:\n${violations}`);
}

/** Visits every page; returns the serious/critical axe violations found (empty when all pass). */
export async function scanAllPages(browser: Browser, baseURL: string, phone: boolean): Promise<string[]> {
  const suffix = phone ? 'phone' : 'desktop';
  const context = await newContext(browser, baseURL, phone);
  const page = await context.newPage();
  const found: string[] = [];

  await page.goto('/login');
  await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();
  await check(page, `login-${suffix}`, found);

  await login(page, 'admin@demo.dk');
  for (const { name, path, heading } of PAGES) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading, exact: true }).waitFor();
    await check(page, `${name}-${suffix}`, found);
  }

  // A user's detail page and a selected unit with its employees.
  await page.goto('/admin/users');
  await page.getByRole('link', { name: 'Mette Medarbejder' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mette Medarbejder' }).waitFor();
  await check(page, `admin-user-${suffix}`, found);

  await page.goto('/admin/units');
  await page.getByRole('button', { name: /Hjemmeplejen Nord/ }).click();
  await page.getByRole('heading', { name: /Medarbejdere i Hjemmeplejen Nord/ }).waitFor();
  await check(page, `admin-units-selected-${suffix}`, found);

  if (phone) {
    await page.goto('/');
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('dialog', { name: 'Menu' }).waitFor();
    await check(page, `menu-open-${suffix}`, found);
    expect(await page.getByRole('dialog').getByRole('link', { name: 'Administration' }).isVisible()).toBe(
      true,
    );
  }
  await context.close();
  return found;
}
