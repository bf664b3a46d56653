// The caseworker tries to release what nobody checked and is stopped: a text note with unreviewed
// suggestions and a file that cannot be screened. Both are marked in the document list and the viewer; the
// file goes out only with an explicit "released without redaction" and a reason; release asks once more.
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

const NOTE =
  'Telefonnotat\n\nBirthe Kjærgaard Nielsen ringede om sin sag.\nHun oplyste cpr-nummer 150372-1234 og telefon 4524 4357.\nHun har sukkersyge.\n\nSagsbehandler noterede forløbet.\n';

async function scan(page: Page, name: string) {
  await settled(page);
  await screenshot(page, name);
  expect(describeViolations(await seriousViolations(page)), name).toBe('');
}

describe('never release what nobody checked (caseworker, browser)', () => {
  it(
    'refuses to release a text note with unreviewed suggestions and an unscreenable file',
    { timeout: 300_000 },
    async () => {
      // A citizen asks through the public API; the caseworker handles it in the browser.
      const intake = await fetch(`${baseURL}/api/public/records/demo/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          requesterType: 'citizen',
          name: 'Birthe Kjærgaard Nielsen',
          subject: 'Mine telefonnotater',
        }),
      });
      expect(intake.status).toBe(201);
      const { caseNumber } = (await intake.json()) as { caseNumber: string };

      const context = await newContext(browser, baseURL);
      const page = await context.newPage();
      await login(page, 'sagsbehandler@demo.dk');
      await page.goto('/aktindsigt');
      await page.getByRole('link', { name: caseNumber }).click();
      await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
      await page.getByText('Næste skridt: upload sagens dokumenter').waitFor();

      await page.getByLabel('Vælg filer eller en zip-fil').setInputFiles([
        { name: 'telefonnotat.txt', mimeType: 'text/plain', buffer: Buffer.from(NOTE) },
        {
          name: 'tegning.dwg',
          mimeType: 'application/octet-stream',
          buffer: Buffer.from([0, 1, 2, 3, 250, 0, 9]),
        },
      ]);
      await page.getByRole('button', { name: 'Upload og screen' }).click();
      await page.getByText('Screeningen er færdig', { exact: false }).waitFor({ timeout: 240_000 });
      const rows = page.locator('tbody tr');
      await rows
        .filter({ hasText: 'telefonnotat' })
        .getByText(/forslag ikke gennemgået/)
        .waitFor();
      await rows.filter({ hasText: 'tegning' }).getByText('Filtypen kan ikke screenes').waitFor();
      await scan(page, 'records-gate-flags-desktop');

      // 1. "Udleveres i sin helhed" on the screened note with open suggestions: refused.
      await page.getByRole('button', { name: 'Behandl dokument 1' }).click();
      await page.getByLabel('Udleveres i sin helhed').check();
      await page.getByRole('button', { name: 'Gem afgørelse' }).click();
      await page.getByRole('alert').filter({ hasText: 'kan ikke udleveres' }).waitFor();
      await scan(page, 'records-gate-refused-desktop');
      const detail = async () =>
        page.evaluate(async (cn) => {
          const list = await (await fetch('/api/records/requests')).json();
          const id = list.requests.find((r: { caseNumber: string }) => r.caseNumber === cn).id;
          return (await fetch(`/api/records/requests/${id}`)).json();
        }, caseNumber);
      expect((await detail()).documentList[0].decision).toBeNull();

      // 2. The unscreenable file: refused without a reason, accepted with one (audited).
      await page.getByRole('button', { name: 'Behandl dokument 2' }).click();
      await page.getByLabel('Udleveres i sin helhed').check();
      await page.getByRole('button', { name: 'Gem afgørelse' }).click();
      await page.getByRole('alert').filter({ hasText: 'kan ikke udleveres' }).waitFor();
      await page
        .getByLabel('Begrundelse for udlevering uden overstregning')
        .fill('Tegningen er gennemgået manuelt og indeholder ingen personoplysninger.');
      await page.getByRole('button', { name: 'Gem afgørelse' }).click();
      await page.getByText('Afgørelsen er gemt', { exact: false }).waitFor();
      await page.getByText('Udleveret uden overstregning').first().waitFor();
      await scan(page, 'records-gate-unredacted-desktop');

      // 3. The viewer marks the note too.
      await page.getByRole('link', { name: 'Gennemgå dokumenter' }).click();
      await page.getByRole('heading', { level: 1, name: 'Gennemgang af dokumenter' }).waitFor();
      await page
        .getByText(/forslag ikke gennemgået/)
        .first()
        .waitFor();
      await page.goBack();

      // 4. Release asks for confirmation and says it is final; with the note undecided it is refused.
      await page.getByRole('button', { name: 'Lav udleveringspakke' }).click();
      await page.getByText('Udleveringen er endelig').waitFor();
      await scan(page, 'records-gate-confirm-desktop');
      await page.getByRole('button', { name: 'Ja, lav udleveringspakken' }).click();
      await page.getByRole('alert').filter({ hasText: 'Handlingen passer ikke' }).waitFor();
      expect((await detail()).status).not.toBe('released');

      // Phone: the list with its markers and the open actions.
      const phoneContext = await newContext(browser, baseURL, true);
      const phone = await phoneContext.newPage();
      await login(phone, 'sagsbehandler@demo.dk');
      await phone.goto(page.url());
      await phone.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
      await phone.getByRole('button', { name: 'Behandl dokument 1' }).click();
      await scan(phone, 'records-gate-phone');
      await phoneContext.close();
      await context.close();
    },
  );
});
