// Aktindsigt in the browser: a caseworker uploads a document, follows the background screening's progress
// bar, reviews the suggestion with the keyboard (the list shows the covered text and the label in Danish),
// zooms, adds a box with the keyboard, redacts every occurrence of a phrase, draws a manual box and saves
// the decision; axe finds no serious violations; screenshots of the viewer at desktop and phone width.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import {
  describeViolations,
  launchBrowser,
  login,
  newContext,
  screenshot,
  seriousViolations,
} from './browser.js';

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
  [
    'Indsigelse fra naboen',
    'Mit CPR-nummer er 070761-4285.',
    'Hemmelig bemærkning',
    'Carport nr. 7 og carport nr. 9',
  ].forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
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

    // The side list shows the text the box covers and the label in Danish; the thumbnails list the pages.
    const list = page.getByRole('region', { name: /Forslag til overstregning/ });
    await list.getByText('070761-4285').waitFor();
    await list
      .getByText(/CPR-nummer/)
      .first()
      .waitFor();
    await page.getByRole('navigation', { name: 'Sider' }).getByRole('button', { name: /s\. 1/ }).waitFor();

    // j/k move between suggestions (one here: k stays on it); the first suggestion is selected; "a" accepts it.
    await page.locator('body').press('j');
    await page.locator('body').press('k');
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

    // Zoom: the page grows and is rendered at a higher resolution.
    const before = (await image.boundingBox())!.width;
    await page.getByLabel('Zoom').selectOption('1.5');
    await page.waitForFunction(
      (w) => (document.querySelector('.rt-review-canvas img')?.getBoundingClientRect().width ?? 0) > w * 1.2,
      before,
    );
    await page.getByLabel('Zoom').selectOption('1');

    // "n" adds a box on the page in view; arrow keys move it.
    const manualBefore = await page.locator('.rt-review-box--manual').count();
    await page.locator('body').press('n');
    await page.locator('body').press('ArrowDown');
    await page.waitForFunction(
      (n) => document.querySelectorAll('.rt-review-box--manual').length > n,
      manualBefore,
    );

    // Redact every occurrence of a phrase: both "carport" are found in the text and boxed.
    await page.getByLabel('Overstreg alle forekomster af').fill('carport');
    await page.getByRole('button', { name: 'Find og overstreg' }).click();
    await page.getByText(/2 forekomster af »carport«/).waitFor();
    await screenshot(page, 'records-review-desktop');

    await page.getByLabel('Meroffentlighed (offentlighedslovens § 14) er overvejet').check();
    await page.getByRole('button', { name: 'Gem afgørelse for dokumentet' }).click();
    await page.getByText(/Afgørelsen er gemt|Gemt, men der mangler/).waitFor();
    expect(describeViolations(await seriousViolations(page))).toBe('');

    const saved = await page.evaluate(async (rid) => {
      const doc = (await (await fetch(`/api/records/requests/${rid}`)).json()).documentList[0];
      const state = await (await fetch(`/api/records/documents/${doc.id}/review-state`)).json();
      return { decision: doc.decision, accepted: Object.keys(state.accepted).length, manual: state.manual };
    }, id);
    expect(saved.decision).toBe('partial');
    expect(saved.accepted).toBe(1);
    // The drawn box, the keyboard box and the two occurrences of "carport".
    expect(saved.manual).toHaveLength(4);
    expect(saved.manual.filter((m: { label: string }) => m.label.includes('carport'))).toHaveLength(2);
    await context.close();

    // The viewer on a phone: one column, the list under the page.
    const phone = await newContext(browser, baseURL, true);
    const small = await phone.newPage();
    await login(small, 'sagsbehandler@demo.dk');
    await small.goto(`/aktindsigt/${id}/gennemgang`);
    await small.getByRole('img', { name: 'Side 1 af dokumentet' }).waitFor();
    await small.getByText('070761-4285').waitFor();
    await screenshot(small, 'records-review-phone');
    await phone.close();
  }, 150_000);
});
