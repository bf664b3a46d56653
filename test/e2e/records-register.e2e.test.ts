// The caseworker registers a request that came by letter, with the day it really arrived, finds it again in
// "Mine sager" by a search without Danish letters, filters and sorts the list, and exports it as CSV.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
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

async function scan(page: Page, name: string) {
  await settled(page);
  await screenshot(page, name);
  expect(describeViolations(await seriousViolations(page)), name).toBe('');
}

describe('registering and finding requests (caseworker)', () => {
  it(
    'registers a letter with its arrival date and finds it in Mine sager',
    { timeout: 240_000 },
    async () => {
      const context = await newContext(browser, baseURL);
      const page = await context.newPage();
      await login(page, 'sagsbehandler@demo.dk');
      await page.goto('/aktindsigt');
      await page.getByRole('link', { name: 'Registrér anmodning' }).click();
      await page.getByRole('heading', { level: 1, name: 'Registrér anmodning om aktindsigt' }).waitFor();
      // No requester type is preselected: submitting without one is refused with a list of what is missing.
      expect(await page.getByLabel('Borger', { exact: true }).isChecked()).toBe(false);
      await page.getByRole('button', { name: 'Registrér anmodningen' }).click();
      await page.getByRole('alert').filter({ hasText: 'Udfyld følgende' }).waitFor();
      await scan(page, 'records-register-errors-desktop');

      await page.getByLabel('Brev', { exact: true }).check();
      await page.getByLabel('Modtaget den').fill('2026-12-01');
      await page.getByLabel('Presse', { exact: true }).check();
      await page.getByLabel('Anmoderens navn').fill('Søren Ærø Journalist');
      await page
        .getByLabel('Hvad ønskes der aktindsigt i?')
        .fill('Korrespondance om vejprojektet på Åboulevarden');
      await page.getByLabel('Byggesag', { exact: true }).check();
      await page.getByLabel(/Sagens emne/).fill('Åboulevarden 12, 8000 Aarhus C');
      await page.getByRole('button', { name: 'Registrér anmodningen' }).click();
      await page.getByRole('heading', { level: 1, name: /AI-\d{4}-\d{6}/ }).waitFor();
      const caseNumber = ((await page.locator('h1').textContent()) ?? '').split(' ')[0]!;
      // The deadline runs from the real arrival date (1 Dec 2026 → 10 Dec 2026, 7 working days).
      await page.getByText('1. dec. 2026', { exact: true }).waitFor();
      await page.getByText('10. dec. 2026').first().waitFor();
      await page.getByText('Brev', { exact: true }).waitFor();
      await page.getByText('Presse', { exact: true }).waitFor();
      await scan(page, 'records-registered-desktop');

      await page.goto('/aktindsigt');
      await page.getByRole('button', { name: 'Mine sager' }).click();
      await page.getByLabel('Søg (sagsnr., anmoder eller emne)').fill('soren aero');
      await page.getByRole('link', { name: caseNumber }).waitFor();
      await page.getByLabel('Søg (sagsnr., anmoder eller emne)').fill('aboulevarden');
      await page.getByRole('link', { name: caseNumber }).waitFor();
      await page.getByRole('button', { name: 'Ufordelte' }).click();
      expect(await page.getByRole('link', { name: caseNumber }).count()).toBe(0);
      await page.getByRole('button', { name: 'Teamets sager' }).click();
      await page.getByLabel('Søg (sagsnr., anmoder eller emne)').fill('');
      await page.locator('#records-status').selectOption('received');
      await page.getByRole('button', { name: 'Sortér efter Frist' }).click();
      await scan(page, 'records-list-desktop');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Hent som CSV' }).click(),
      ]);
      const csv = await (await download.createReadStream()).toArray();
      expect(Buffer.concat(csv).toString('utf8')).toContain(caseNumber);

      const phoneContext = await newContext(browser, baseURL, true);
      const phone = await phoneContext.newPage();
      await login(phone, 'sagsbehandler@demo.dk');
      await phone.goto('/aktindsigt');
      await phone.getByRole('link', { name: 'Registrér anmodning' }).waitFor();
      await scan(phone, 'records-list-phone');
      await phone.goto('/aktindsigt/ny');
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await scan(phone, 'records-register-phone');
      await phoneContext.close();
      await context.close();
    },
  );
});
