// The whole aktindsigt journey in the browser. A citizen asks on the public form (no login) and gets a
// receipt and a status link; a caseworker uploads a zip (text PDF, Word file, photographed note), follows the
// screening, reviews (accepts, rejects, draws a box), writes and edits the decision letter, decides and
// releases; the citizen downloads the package from the status page. The redacted PDFs are checked with the
// shared leak checker (../shared/tools/pdf-check.mjs) when it is beside the project, otherwise by the test's own
// check (pdftotext or Tesseract; no redacted entity readable, most other words kept). The caseworker part is
// measured: clicks, key presses, fields filled and wall time are printed.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { unzip } from '../../src/modules/records/service/unzip.js';
import {
  describeViolations,
  launchBrowser,
  newContext,
  screenshot,
  seriousViolations,
  settled,
  DEMO_PASSWORD,
} from './browser.js';
import { caseZip, objectionPdf, phoneNoteDocx, photoPng, PHONE_LINE, type Gold } from './records-files.js';

const baseURL = inject('baseURL');
const PDF_CHECK = path.resolve(process.env.RODTRAD_PDF_CHECK ?? '../shared/tools/pdf-check.mjs');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function scan(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  expect(describeViolations(await seriousViolations(page)), name).toBe('');
}

/** Counts what the caseworker does: clicks (mouse, incl. a drag and a file choice), keys, fields filled. */
class Effort {
  clicks = 0;
  keys = 0;
  fields = 0;
  readonly started = Date.now();
  constructor(private readonly page: Page) {}
  async click(locator: Locator): Promise<void> {
    this.clicks += 1;
    await locator.click();
  }
  async press(key: string): Promise<void> {
    this.keys += 1;
    await this.page.keyboard.press(key);
  }
  async fill(locator: Locator, text: string): Promise<void> {
    this.fields += 1;
    await locator.fill(text);
  }
}

/** The PDF's readable text: its text layer, or for a scan what Tesseract reads from the rendered page. */
function readablePdfText(pdfPath: string, mode: 'text' | 'scan'): string {
  if (mode === 'text') return execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' });
  const png = pdfPath.replace(/\.pdf$/, '');
  execFileSync('pdftoppm', ['-r', '200', '-png', '-singlefile', pdfPath, png]);
  return execFileSync('tesseract', [`${png}.png`, '-', '-l', 'dan'], { encoding: 'utf8', stdio: 'pipe' });
}

/**
 * Leaks and retention as the shared checker reports them. It runs when it is beside the project (in CI);
 * otherwise the project's own check: no redacted entity is readable (digits compared without separators),
 * and the share of the document's other words that are still readable.
 */
async function pdfCheck(gold: Gold, pdf: Uint8Array, dir: string, mode: 'text' | 'scan') {
  const goldPath = path.join(dir, `${gold.id}.json`);
  const pdfPath = path.join(dir, `${gold.id}.pdf`);
  await writeFile(goldPath, JSON.stringify(gold));
  await writeFile(pdfPath, pdf);
  if (existsSync(PDF_CHECK)) {
    const out = execFileSync('node', [PDF_CHECK, goldPath, pdfPath, mode], { encoding: 'utf8' });
    return JSON.parse(out) as { leakCount: number; leaks: unknown[]; retentionPct: number };
  }
  const text = readablePdfText(pdfPath, mode);
  const flat = text.replace(/\s+/g, ' ');
  const digits = text.replace(/\D/g, '');
  const leaks = gold.entities
    .map((e) => gold.text.slice(e.start, e.end))
    .filter((secret) =>
      /^[\d\s+-]+$/.test(secret) ? digits.includes(secret.replace(/\D/g, '')) : flat.includes(secret),
    );
  let rest = gold.text;
  for (const e of [...gold.entities].sort((a, b) => b.start - a.start))
    rest = rest.slice(0, e.start) + ' ' + rest.slice(e.end);
  const words = rest.split(/\s+/).filter((w) => w.length > 3);
  const kept = words.filter((w) => flat.includes(w)).length;
  return { leakCount: leaks.length, leaks, retentionPct: (100 * kept) / Math.max(words.length, 1) };
}

describe('aktindsigt journey', () => {
  it('public request → upload, screening, review → edited letter → release → citizen download', async () => {
    // The leak checker reads the PDFs with poppler, qpdf and tesseract; without them it would find nothing.
    for (const [tool, flag] of [
      ['pdftotext', '-v'],
      ['qpdf', '--version'],
      ['tesseract', '--version'],
    ] as const)
      expect(() => execFileSync(tool, [flag], { stdio: 'ignore' }), `${tool} installed`).not.toThrow();

    // 1. The citizen, not logged in.
    const citizenContext = await newContext(browser, baseURL);
    const citizen = await citizenContext.newPage();
    await citizen.goto('/anmod-om-aktindsigt');
    await citizen.waitForURL(/\/anmod-om-aktindsigt\/demo$/);
    await citizen.getByRole('heading', { level: 1, name: 'Anmod om aktindsigt' }).waitFor();
    await scan(citizen, 'records-intake-desktop');
    await citizen.getByRole('button', { name: 'Send anmodning' }).click();
    const summary = citizen.getByRole('alert').filter({ hasText: 'Ret følgende, før du sender' });
    await summary.waitFor();
    expect(await summary.getByRole('link').allTextContents()).toEqual([
      'Skriv dit navn.',
      'Beskriv, hvad du vil have aktindsigt i (mindst 3 tegn).',
      'Sæt flueben for at bekræfte, at du har læst teksten.',
    ]);
    await citizen.getByLabel('E-mail').fill('mette@ugyldig');
    await citizen.getByRole('button', { name: 'Send anmodning' }).click();
    await citizen.getByText('E-mailadressen ser ikke gyldig ud', { exact: false }).first().waitFor();
    await scan(citizen, 'records-intake-errors-desktop');

    await citizen.getByLabel('Presse').check();
    await citizen.getByLabel('Navn', { exact: true }).fill('Mette Journalist');
    await citizen.getByLabel('E-mail').fill('mette@avisen.dk');
    await citizen
      .getByLabel('Hvad vil du have aktindsigt i?')
      .fill('Alle dokumenter i byggesagen om carport på Skovvej 12');
    await citizen.getByLabel('Sagsnummer eller adresse', { exact: false }).fill('BYG-2026-17');
    await citizen.getByLabel('Jeg har læst, hvordan kommunen bruger mine oplysninger').check();
    await citizen.getByRole('button', { name: 'Send anmodning' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Vi har modtaget din anmodning' }).waitFor();
    const caseNumber = (await citizen.getByTestId('receipt-number').textContent())!.trim();
    expect(caseNumber).toMatch(/^AI-\d{4}-\d{6}$/);
    await expect(citizen.getByText('Svar senest').isVisible()).resolves.toBe(true);
    await scan(citizen, 'records-intake-receipt-desktop');
    await citizen.getByRole('link', { name: 'Gå til statussiden' }).click();
    await citizen.getByRole('heading', { level: 1, name: 'Status for din anmodning' }).waitFor();
    const statusUrl = citizen.url();
    expect(await citizen.getByTestId('public-status').textContent()).toBe('Modtaget');
    await scan(citizen, 'records-status-received-desktop');

    const phoneContext = await newContext(browser, baseURL, true);
    const phone = await phoneContext.newPage();
    await phone.goto('/anmod-om-aktindsigt/demo');
    await phone.getByRole('heading', { level: 1, name: 'Anmod om aktindsigt' }).waitFor();
    await scan(phone, 'records-intake-phone');
    await phoneContext.close();

    // The documents, built here; the photo is rendered by the browser.
    const pdf = await objectionPdf();
    const docx = phoneNoteDocx();
    const photo = await photoPng(await citizenContext.newPage());
    const zip = caseZip([
      { name: 'sag/1-indsigelse.pdf', bytes: pdf.bytes },
      { name: 'sag/2-notat.docx', bytes: docx.bytes },
      { name: 'sag/3-foto.png', bytes: photo.bytes },
    ]);

    // 2. The caseworker: every click, key and field from the login to the released package is counted.
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    const effort = new Effort(page);
    await page.goto('/login');
    await effort.fill(page.getByLabel('E-mail'), 'sagsbehandler@demo.dk');
    await effort.fill(page.getByLabel('Adgangskode'), DEMO_PASSWORD);
    await effort.click(page.getByRole('button', { name: 'Log ind', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Min forside' }).waitFor();
    await effort.click(page.getByRole('link', { name: 'Aktindsigt', exact: true }).first());
    await effort.click(page.getByRole('link', { name: caseNumber }));
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
    const requestUrl = page.url();

    effort.clicks += 1; // choosing the file in the file dialog
    await page.getByLabel('Vælg filer eller en zip-fil').setInputFiles({
      name: 'byggesag.zip',
      mimeType: 'application/zip',
      buffer: zip,
    });
    await effort.click(page.getByRole('button', { name: 'Upload og screen' }));
    const bar = page.getByRole('progressbar', { name: 'Screening af dokumenter' });
    await bar.waitFor();
    await page.getByText('Screeningen er færdig', { exact: false }).waitFor({ timeout: 240_000 });
    expect(await bar.getAttribute('value')).toBe('100');
    const screened = await page.evaluate(async (url) => {
      const id = new URL(url).pathname.split('/').pop();
      const detail = await (await fetch(`/api/records/requests/${id}`)).json();
      // The request answer carries counts; the suggestions themselves are paged per document.
      return detail.documentList.map(
        (d: { title: string; screeningStatus: string; suggestionCount: number }) =>
          `${d.title}: ${d.screeningStatus}, ${d.suggestionCount} forslag`,
      );
    }, requestUrl);
    console.log(`screening: ${screened.join(' | ')}`);
    // Every file type is screened: a Word file must not end as "unsupported" (it would be released unredacted).
    expect(screened.map((line: string) => line.split(',')[0])).toEqual([
      '1-indsigelse: done',
      '2-notat: done',
      '3-foto: done',
    ]);

    await effort.click(page.getByRole('link', { name: 'Gennemgå dokumenter' }));
    await page.getByRole('heading', { level: 1, name: 'Gennemgang af dokumenter' }).waitFor();
    let rejected = 0;
    for (let doc = 1; doc <= 3; doc += 1) {
      await page.getByText(new RegExp(`Dokument ${doc} af 3`)).waitFor();
      const items = page.locator('h2:has-text("Forslag til overstregning") ~ ol > li');
      await items
        .first()
        .waitFor()
        .catch(async (e) => {
          await screenshot(page, `records-review-failed-${doc}`);
          throw e;
        });
      expect(await items.count(), `suggestions in document ${doc}`).toBeGreaterThan(0);
      // The objection's phone box is rejected and redrawn by hand below; everything else is accepted at once.
      if (doc === 1) {
        const phoneItem = items.filter({ hasText: 'Telefonnummer' }).first();
        await effort.click(phoneItem.getByRole('button', { name: 'Afvis' }));
        rejected += 1;
      }
      await effort.click(
        page.getByRole('button', { name: 'Acceptér alle forslag, du ikke har taget stilling til' }),
      );
      const states = await items.locator('> button:first-child').allTextContents();
      expect(
        states.filter((x) => /ikke taget stilling/.test(x)),
        `open in document ${doc}`,
      ).toEqual([]);
      if (doc === 1) {
        const image = page.getByRole('img', { name: 'Side 1 af dokumentet' });
        await image.waitFor();
        await page.evaluate(() =>
          document.querySelector('.rt-review-canvas')?.scrollIntoView({ block: 'start' }),
        );
        const area = (await image.boundingBox())!;
        const baseline = 842 - (780 - PHONE_LINE * 20);
        const top = area.y + ((baseline - 12) / 842) * area.height;
        effort.clicks += 1; // the drag
        await page.mouse.move(area.x + (45 / 595) * area.width, top);
        await page.mouse.down();
        await page.mouse.move(area.x + (220 / 595) * area.width, top + (16 / 842) * area.height, {
          steps: 5,
        });
        await page.mouse.up();
        await page
          .getByRole('button', { name: /Manuel overstregning/ })
          .first()
          .waitFor();
      }
      await effort.click(page.getByLabel('Meroffentlighed (offentlighedslovens § 14) er overvejet'));
      const saved = page.waitForResponse(
        (r) => r.url().endsWith('/decision') && r.request().method() === 'PUT',
      );
      // One click saves and moves on (the last document has only the plain save).
      await effort.click(
        page.getByRole('button', {
          name: doc < 3 ? 'Gem og gå til næste dokument' : 'Gem afgørelse for dokumentet',
        }),
      );
      expect((await saved).status(), `decision for document ${doc}`).toBe(200);
    }
    expect(rejected).toBe(1);

    await effort.click(page.getByRole('link', { name: 'Videre til afgørelsesbrevet' }));
    await page.getByRole('heading', { level: 1, name: /Afgørelsesbrev/ }).waitFor();
    const considerations = page.locator('[id^="letter-considerations-"]');
    for (let i = 0; i < (await considerations.count()); i += 1)
      await effort.fill(
        considerations.nth(i),
        'Oplysningerne angår naboernes private forhold og er ikke nødvendige for at forstå sagen.',
      );
    await effort.fill(
      page.locator('#letter-meroffentlighed'),
      'Hensynet til de private forhold vejer tungere end interessen i at få oplysningerne.',
    );
    const decisionText = page.locator('#letter-section-decision');
    const edited = `${await decisionText.inputValue()}\n\nDu kan altid ringe til os, hvis noget er uklart.`;
    await effort.fill(decisionText, edited);
    await effort.click(page.getByRole('button', { name: 'Gem kladde' }));
    await page
      .getByText('Kladden er gemt.')
      .waitFor()
      .catch(async (e) => {
        await screenshot(page, 'records-letter-failed');
        throw e;
      });
    await page.getByText('Brevet er klar til at blive sendt.').waitFor();
    await page.getByText('Rettet af dig').first().waitFor();
    await scan(page, 'records-letter-desktop');
    const popup = context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
    await effort.click(page.getByRole('button', { name: 'Vis som PDF' }));
    await (await popup)?.close();
    const requestId = new URL(requestUrl).pathname.split('/').pop()!;
    const preview = await page.request.get(`/api/records/requests/${requestId}/letter-preview`);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    const dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-journey-'));
    await writeFile(path.join(dir, 'preview.pdf'), await preview.body());
    const previewText = execFileSync('pdftotext', [path.join(dir, 'preview.pdf'), '-'], { encoding: 'utf8' });
    expect(previewText.replace(/\s+/g, ' ')).toContain('Du kan altid ringe til os, hvis noget er uklart.');

    await effort.click(page.getByRole('button', { name: 'Træf afgørelse og gem brevet' }));
    await page.getByText('Brevet er gemt på sagen.').waitFor();
    await effort.click(page.getByRole('link', { name: 'Tilbage til anmodningen' }));
    await effort.click(page.getByRole('button', { name: 'Lav udleveringspakke' }));
    // Release is final: the page says so and asks once more.
    await page.getByText('Udleveringen er endelig').waitFor();
    await effort.click(page.getByRole('button', { name: 'Ja, lav udleveringspakken' }));
    await page.getByText('Pakken er klar', { exact: false }).waitFor({ timeout: 120_000 });
    const seconds = (Date.now() - effort.started) / 1000;
    const load = (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
    console.log(
      `records journey (caseworker, ${screened.length} documents): ${effort.clicks} clicks, ${effort.keys} keys, ` +
        `${effort.fields} fields filled, ${seconds.toFixed(1)} s wall time (${(seconds / 60).toFixed(2)} min); load ${load}`,
    );

    // Reopened without the job in its address, the request page still shows the last screening.
    await page.goto(requestUrl.split('?')[0]!);
    await page.getByText('Screeningen er færdig', { exact: false }).waitFor();

    // 3. The citizen opens the status page again and downloads the package.
    await citizen.goto(statusUrl);
    await citizen.getByRole('link', { name: 'Hent dokumenterne (zip)' }).waitFor();
    expect(await citizen.getByTestId('public-status').textContent()).toBe('Udleveret');
    await scan(citizen, 'records-status-released-desktop');
    const [download] = await Promise.all([
      citizen.waitForEvent('download'),
      citizen.getByRole('link', { name: 'Hent dokumenterne (zip)' }).click(),
    ]);
    const zipPath = path.join(dir, 'pakke.zip');
    await download.saveAs(zipPath);
    const entries = await unzip(new Uint8Array(await readFile(zipPath)));
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'afgoerelse.pdf',
        'aktliste.pdf',
        'dokumenter/001-1-indsigelse.pdf',
        'dokumenter/002-2-notat.pdf',
        'dokumenter/003-3-foto.pdf',
      ]),
    );
    const letter = entries.find((e) => e.name === 'afgoerelse.pdf')!;
    await writeFile(path.join(dir, 'afgoerelse.pdf'), letter.bytes);
    expect(
      execFileSync('pdftotext', [path.join(dir, 'afgoerelse.pdf'), '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      ),
    ).toContain('Du kan altid ringe til os, hvis noget er uklart.');

    const checks: [Gold, string, 'text' | 'scan'][] = [
      [pdf.gold, 'dokumenter/001-1-indsigelse.pdf', 'text'],
      [docx.gold, 'dokumenter/002-2-notat.pdf', 'text'],
      [photo.gold, 'dokumenter/003-3-foto.pdf', 'scan'],
    ];
    for (const [g, name, mode] of checks) {
      const result = await pdfCheck(g, entries.find((e) => e.name === name)!.bytes, dir, mode);
      console.log(`pdf-check ${name} (${mode}): ${JSON.stringify(result)}`);
      expect(result.leaks, name).toEqual([]);
      // Readable words survive, so the checker really read the PDF (an empty read would also show no leak).
      expect(result.retentionPct, name).toBeGreaterThan(40);
    }
    await context.close();
    await citizenContext.close();
  }, 420_000);
});
