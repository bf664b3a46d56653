// Aktindsigt in the browser: a caseworker uploads a document, follows the background screening's progress
// bar, reviews the suggestion with the keyboard, draws a manual box and saves the decision; axe finds no
// serious violations on the request page or the review viewer.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { describeViolations, launchBrowser, login, newContext, seriousViolations } from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function letterPdf(): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  ['Indsigelse fra naboen', 'Mit CPR-nummer er 070761-4285.', 'Hemmelig bemærkning'].forEach((line, i) =>
    page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }),
  );
  return Buffer.from(await doc.save());
}

describe('aktindsigt review', () => {
  it('uploads, screens with progress, reviews with shortcuts and a drawn box, and saves', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'sagsbehandler@demo.dk');
    const subject = `Gennemgang e2e ${Date.now()}`;
    const id = await page.evaluate(async (s) => {
      const me = await (await fetch('/api/auth/me')).json();
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const received = new Date().toISOString().slice(0, 10);
      const body = JSON.stringify({ channel: 'email', received, name: 'Anne Jensen', subject: s });
      await fetch('/api/records/requests', { method: 'POST', headers, body });
      const list = await (await fetch('/api/records/requests')).json();
      return list.requests.find((r: { subject: string }) => r.subject === s).id as string;
    }, subject);

    await page.goto(`/aktindsigt/${id}`);
    await page.getByLabel('Vælg filer eller en zip-fil').setInputFiles({
      name: 'indsigelse.pdf',
      mimeType: 'application/pdf',
      buffer: await letterPdf(),
    });
    await page.getByRole('button', { name: 'Upload og screen' }).click();
    await page.getByText('Screeningen er færdig', { exact: false }).waitFor({ timeout: 60_000 });
    expect(
      await page.getByRole('progressbar', { name: 'Screening af dokumenter' }).getAttribute('value'),
    ).toBe('100');
    expect(describeViolations(await seriousViolations(page))).toBe('');

    await page.getByRole('link', { name: 'Gennemgå dokumenter' }).click();
    await page.getByRole('heading', { level: 1, name: 'Gennemgang af dokumenter' }).waitFor();
    const image = page.getByRole('img', { name: 'Side 1 af dokumentet' });
    await image.waitFor();
    await page.getByText('Tastaturgenveje').waitFor();

    // The first suggestion is selected; "a" accepts it.
    await page.locator('body').press('a');
    await page
      .getByRole('button', { name: /accepteret/ })
      .first()
      .waitFor();

    // Draw a box over the third line with the mouse (the page's top in the viewport first).
    await page.evaluate(() =>
      document.querySelector('.rt-review-canvas')?.scrollIntoView({ block: 'start' }),
    );
    const area = (await image.boundingBox())!;
    const y = area.y + (102 / 842) * area.height;
    await page.mouse.move(area.x + (45 / 595) * area.width, y);
    await page.mouse.down();
    await page.mouse.move(area.x + (300 / 595) * area.width, y + (18 / 842) * area.height, { steps: 5 });
    await page.mouse.up();
    await page
      .getByRole('button', { name: /Manuel overstregning/ })
      .first()
      .waitFor();

    await page.getByLabel('Meroffentlighed (offentlighedslovens § 14) er overvejet').check();
    await page.getByRole('button', { name: 'Gem afgørelse for dokumentet' }).click();
    await page.getByText(/Afgørelsen er gemt|Gemt, men der mangler/).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');

    const saved = await page.evaluate(
      async (rid) => (await (await fetch(`/api/records/requests/${rid}`)).json()).documentList[0],
      id,
    );
    expect(saved.decision).toBe('partial');
    expect(saved.redactions.map((r: { source: string }) => r.source).sort()).toEqual([
      'manual',
      'suggestion',
    ]);
    await context.close();
  }, 150_000);
});
