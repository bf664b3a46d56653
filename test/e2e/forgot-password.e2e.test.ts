import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, newContext, screenshot, seriousViolations } from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('forgotten password', () => {
  for (const [device, viewport] of [
    ['desktop', { width: 1280, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`asks for a link from the login page and explains a used link (${device})`, async () => {
      const context = await newContext(browser, baseURL);
      const page = await context.newPage();
      await page.setViewportSize(viewport);
      await page.goto('/login');
      await page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
      await page.getByRole('heading', { level: 1, name: 'Glemt adgangskode' }).waitFor();
      await page.getByRole('button', { name: 'Send link' }).click();
      await page.getByText('Skriv din e-mailadresse.').waitFor();
      await page.getByLabel('E-mail').fill('admin@demo.dk');
      await page.getByRole('button', { name: 'Send link' }).click();
      await page.getByText('Tjek din e-mail').waitFor();
      expect(await page.getByText('Hvis admin@demo.dk har en bruger med adgangskode').isVisible()).toBe(true);
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await screenshot(page, `forgot-password-sent-${device}`);

      await page.goto('/glemt-adgangskode/ny?token=an-old-or-made-up-token-xxxxxxxx');
      await page.getByRole('heading', { level: 1, name: 'Vælg ny adgangskode' }).waitFor();
      await page.getByLabel('Ny adgangskode').fill('kort');
      await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
      await page.getByText('Adgangskoden skal have mindst 10 tegn.').waitFor();
      await page.getByLabel('Ny adgangskode').fill('en-lang-ny-adgangskode');
      await page.getByLabel('Gentag den nye adgangskode').fill('en-lang-ny-adgangskode');
      await page.getByRole('button', { name: 'Gem ny adgangskode' }).click();
      await page.getByText('Linket til at vælge ny adgangskode er udløbet eller allerede brugt').waitFor();
      expect(describeViolations(await seriousViolations(page))).toBe('');
      await screenshot(page, `forgot-password-used-link-${device}`);
      await context.close();
    });
  }
});
