// Benchmark (not a test): the caseworker's aktindsigt journey for a clear request in the real browser.
// Usage: npx tsx bench/records/journey.ts [DOCS=30]
// Starts the app as the browser tests do (test/e2e/server.ts: built web app, in-memory PGlite, demo seed),
// a citizen submits a public request, then the caseworker takes the fastest path the UI offers: upload a zip
// of DOCS mixed documents, wait for screening, review every document (accept all suggestions, meroffentlighed
// where the document is redacted, one rejected suggestion redrawn by hand), write the reasons in the letter,
// decide and release. Every click, key press and filled field is counted and each phase timed; the human
// estimate adds the allowances stated in ALLOWANCE. The released package is checked with
// ../shared/tools/pdf-check.mjs and every leak printed.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { unzip } from '../../src/modules/records/service/unzip.js';
import { DEMO_PASSWORD, launchBrowser, newContext, settled } from '../../test/e2e/browser.js';
import { caseZip, PHONE_LINE } from '../../test/e2e/records-files.js';
import { startServer } from '../../test/e2e/server.js';
import { caseDocuments, type CaseDoc } from './docs.js';

const DOCS = Number(process.argv[2] ?? 30);
const PDF_CHECK = path.resolve('../shared/tools/pdf-check.mjs');
/**
 * Human time on top of the machine time (Keystroke-Level Model operators, Card, Moran & Newell): reading a
 * page of a clear request to confirm the suggestions, pointing and clicking, a key press, typing a character.
 */
const ALLOWANCE = { readPerPage: 10, perClick: 1.3, perKey: 0.28, perChar: 0.28 };
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

type Phase = { name: string; clicks: number; keys: number; fields: number; chars: number; seconds: number };

/** Counts what the caseworker does, phase by phase: clicks (incl. a drag and a file choice), keys, fields. */
class Effort {
  readonly phases: Phase[] = [];
  private phase: Phase | undefined;
  private started = 0;
  constructor(private readonly page: Page) {}
  begin(name: string): void {
    this.end();
    this.phase = { name, clicks: 0, keys: 0, fields: 0, chars: 0, seconds: 0 };
    this.started = performance.now();
  }
  end(): void {
    if (!this.phase) return;
    this.phase.seconds = (performance.now() - this.started) / 1000;
    this.phases.push(this.phase);
    this.phase = undefined;
  }
  count(clicks: number): void {
    this.phase!.clicks += clicks;
  }
  async click(locator: Locator): Promise<void> {
    this.phase!.clicks += 1;
    await locator.click();
  }
  async fill(locator: Locator, text: string, typed = text.length): Promise<void> {
    this.phase!.fields += 1;
    this.phase!.chars += typed;
    await locator.fill(text);
  }
}

async function citizenRequest(page: Page): Promise<string> {
  await page.goto('/anmod-om-aktindsigt');
  await page.waitForURL(/\/anmod-om-aktindsigt\/demo$/);
  await page.getByLabel('Presse').check();
  await page.getByLabel('Navn', { exact: true }).fill('Mette Journalist');
  await page.getByLabel('E-mail').fill('mette@avisen.dk');
  await page.getByLabel('Hvad vil du have aktindsigt i?').fill('Alle dokumenter i byggesagen BYG-2026-17');
  await page.getByLabel('Sagsnummer eller adresse', { exact: false }).fill('BYG-2026-17');
  await page.getByLabel('Jeg har læst, hvordan kommunen bruger mine oplysninger').check();
  await page.getByRole('button', { name: 'Send anmodning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Vi har modtaget din anmodning' }).waitFor();
  return (await page.getByTestId('receipt-number').textContent())!.trim();
}

/** Rejects the objection's phone suggestion and draws the box by hand over the phone line instead. */
async function rejectAndRedraw(page: Page, effort: Effort, items: Locator): Promise<void> {
  await effort.click(items.filter({ hasText: 'PHONE' }).first().getByRole('button', { name: 'Afvis' }));
  const image = page.getByRole('img', { name: 'Side 1 af dokumentet' });
  await image.waitFor();
  await page.evaluate(() => document.querySelector('.rt-review-canvas')?.scrollIntoView({ block: 'start' }));
  const area = (await image.boundingBox())!;
  const top = area.y + ((842 - (780 - PHONE_LINE * 20) - 12) / 842) * area.height;
  effort.count(1); // the drag
  await page.mouse.move(area.x + (45 / 595) * area.width, top);
  await page.mouse.down();
  await page.mouse.move(area.x + (220 / 595) * area.width, top + (16 / 842) * area.height, { steps: 5 });
  await page.mouse.up();
  await page
    .getByRole('button', { name: /Manuel overstregning/ })
    .first()
    .waitFor();
}

async function review(page: Page, effort: Effort, total: number): Promise<number> {
  let meroffentlighed = 0;
  const items = page.locator('h2:has-text("Forslag til overstregning") ~ ol > li');
  for (let doc = 1; doc <= total; doc += 1) {
    await page.getByText(new RegExp(`Dokument ${doc} af ${total}`)).waitFor();
    await items
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    const suggestions = await items.count();
    if (doc === 1) await rejectAndRedraw(page, effort, items);
    const acceptAll = page.getByRole('button', {
      name: 'Acceptér alle forslag, du ikke har taget stilling til',
    });
    if (await acceptAll.isVisible()) await effort.click(acceptAll);
    // Meroffentlighed is a consideration for refusals: only a redacted (partly refused) document asks for it.
    const merOff = page.getByLabel('Meroffentlighed (offentlighedslovens § 14) er overvejet');
    if (suggestions > 0 && !(await merOff.isChecked())) {
      await effort.click(merOff);
      meroffentlighed += 1;
    }
    const saved = page.waitForResponse(
      (r) => r.url().endsWith('/decision') && r.request().method() === 'PUT',
    );
    // One click saves and moves on; the page stays on a document whose decision has problems.
    await effort.click(
      page.getByRole('button', {
        name: doc < total ? 'Gem og gå til næste dokument' : 'Gem afgørelse for dokumentet',
      }),
    );
    const response = await saved;
    if (response.status() !== 200) throw new Error(`document ${doc}: decision answered ${response.status()}`);
    const { problems } = (await response.json()) as { problems: { en: string }[] };
    if (problems.length) throw new Error(`document ${doc}: ${problems.map((p) => p.en).join('; ')}`);
  }
  return meroffentlighed;
}

async function letter(page: Page, effort: Effort): Promise<void> {
  await effort.click(page.getByRole('link', { name: 'Videre til afgørelsesbrevet' }));
  await page.getByRole('heading', { level: 1, name: /Afgørelsesbrev/ }).waitFor();
  const considerations = page.locator('[id^="letter-considerations-"]');
  for (let i = 0; i < (await considerations.count()); i += 1)
    await effort.fill(
      considerations.nth(i),
      'Oplysningerne angår borgernes private forhold og er ikke nødvendige for at forstå sagen.',
    );
  await effort.fill(
    page.locator('#letter-meroffentlighed'),
    'Hensynet til de private forhold vejer tungere end interessen i at få oplysningerne.',
  );
  await effort.click(page.getByRole('button', { name: 'Gem kladde' }));
  await page.getByText('Kladden er gemt.').waitFor();
  await page.getByText('Brevet er klar til at blive sendt.').waitFor();
}

async function leakCheck(docs: CaseDoc[], zip: Uint8Array, dir: string): Promise<number> {
  const entries = await unzip(zip);
  let leaks = 0;
  for (const doc of docs) {
    const stem = path.basename(doc.name).replace(/\.[^.]+$/, '');
    const entry = entries.find((e) => e.name.startsWith('dokumenter/') && e.name.endsWith(`-${stem}.pdf`));
    if (!entry) {
      console.log(`LEAK CHECK: ${stem} is missing from the package`);
      leaks += 1;
      continue;
    }
    const goldPath = path.join(dir, `${stem}.json`);
    const pdfPath = path.join(dir, `${stem}.pdf`);
    await writeFile(goldPath, JSON.stringify(doc.gold));
    await writeFile(pdfPath, entry.bytes);
    const out = execFileSync('node', [PDF_CHECK, goldPath, pdfPath, doc.mode], { encoding: 'utf8' });
    const result = JSON.parse(out) as { leakCount: number; leaks: unknown[]; retentionPct: number };
    leaks += result.leakCount;
    const shown = result.leakCount ? ` ${JSON.stringify(result.leaks)}` : '';
    console.log(
      `  ${entry.name} (${doc.mode}): ${result.leakCount} leaks, ${result.retentionPct} % kept${shown}`,
    );
  }
  return leaks;
}

function table(effort: Effort, pages: number): void {
  const rows = effort.phases;
  const human = (p: Phase) =>
    p.seconds +
    p.clicks * ALLOWANCE.perClick +
    p.keys * ALLOWANCE.perKey +
    p.chars * ALLOWANCE.perChar +
    (p.name === 'review' ? pages * ALLOWANCE.readPerPage : 0);
  const line = (c: (string | number)[]) =>
    console.log(c.map((x, i) => String(x)[i ? 'padStart' : 'padEnd'](i ? 10 : 18)).join(''));
  line(['phase', 'clicks', 'keys', 'fields', 'chars', 'machine s', 'human min']);
  for (const p of rows)
    line([p.name, p.clicks, p.keys, p.fields, p.chars, p.seconds.toFixed(1), (human(p) / 60).toFixed(2)]);
  const sum = (f: (p: Phase) => number) => rows.reduce((s, p) => s + f(p), 0);
  line([
    'total',
    sum((p) => p.clicks),
    sum((p) => p.keys),
    sum((p) => p.fields),
    sum((p) => p.chars),
    sum((p) => p.seconds).toFixed(1),
    (sum(human) / 60).toFixed(2),
  ]);
  console.log(
    `human = machine + ${ALLOWANCE.readPerPage} s reading per page (${pages} pages, in review) + ` +
      `${ALLOWANCE.perClick} s per click + ${ALLOWANCE.perKey} s per key and per typed character`,
  );
}

async function main(): Promise<void> {
  const startedAt = performance.now();
  const server = await startServer();
  const browser = await launchBrowser();
  const dir = await mkdtemp(path.join(tmpdir(), 'rodtrad-journey-bench-'));
  try {
    const citizenContext = await newContext(browser, server.url);
    const citizen = await citizenContext.newPage();
    const caseNumber = await citizenRequest(citizen);
    const statusUrl = (await citizen.getByRole('link', { name: 'Gå til statussiden' }).getAttribute('href'))!;
    const docs = await caseDocuments(DOCS, await citizenContext.newPage());
    const zip = caseZip(docs.map((d) => ({ name: d.name, bytes: d.bytes })));
    const kinds = Object.entries(
      docs.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.kind]: (acc[d.kind] ?? 0) + 1 }), {}),
    );
    console.log(
      `${caseNumber}: ${DOCS} documents (${kinds.map(([k, n]) => `${n} ${k}`).join(', ')}), load ${load()}`,
    );

    const context = await newContext(browser, server.url);
    context.setDefaultTimeout(60_000);
    const page = await context.newPage();
    const effort = new Effort(page);
    effort.begin('login + open');
    await page.goto('/login');
    await effort.fill(page.getByLabel('E-mail'), 'sagsbehandler@demo.dk');
    await effort.fill(page.getByLabel('Adgangskode'), DEMO_PASSWORD);
    await effort.click(page.getByRole('button', { name: 'Log ind', exact: true }));
    await page.getByRole('heading', { level: 1, name: 'Min forside' }).waitFor();
    await settled(page); // the menu re-renders once the session has loaded; a click before that is lost
    await effort.click(page.getByRole('link', { name: 'Aktindsigt', exact: true }).first());
    await page.waitForURL(/\/aktindsigt$/);
    await effort.click(page.getByRole('link', { name: caseNumber }));
    await page.getByRole('heading', { level: 1, name: caseNumber }).waitFor();
    const requestId = new URL(page.url()).pathname.split('/').pop()!;

    effort.begin('upload + screening');
    effort.count(1); // choosing the file in the file dialog
    await page.getByLabel('Vælg filer eller en zip-fil').setInputFiles({
      name: 'byggesag.zip',
      mimeType: 'application/zip',
      buffer: zip,
    });
    await effort.click(page.getByRole('button', { name: 'Upload og screen' }));
    await page.getByText('Screeningen er færdig', { exact: false }).waitFor({ timeout: 900_000 });
    effort.end();
    // Pages and screening per document, read outside the timed phases.
    const screened = await page.evaluate(async (id) => {
      const detail = await (await fetch(`/api/records/requests/${id}`)).json();
      const list = detail.documentList as { id: string; title: string; screeningStatus: string }[];
      return Promise.all(
        list.map(async (d) => ({
          title: d.title,
          status: d.screeningStatus,
          pages: ((await (await fetch(`/api/records/documents/${d.id}/pages`)).json()).pages as unknown[])
            .length,
        })),
      );
    }, requestId);
    const pages = screened.reduce((s, d) => s + d.pages, 0);
    const notDone = screened.filter((d) => d.status !== 'done');
    if (screened.length !== DOCS || notDone.length)
      throw new Error(`screening: ${screened.length} documents, not done: ${JSON.stringify(notDone)}`);

    effort.begin('review');
    await effort.click(page.getByRole('link', { name: 'Gennemgå dokumenter' }));
    await page.getByRole('heading', { level: 1, name: 'Gennemgang af dokumenter' }).waitFor();
    const merOff = await review(page, effort, DOCS);

    effort.begin('letter');
    await letter(page, effort);

    effort.begin('decide + release');
    await effort.click(page.getByRole('button', { name: 'Træf afgørelse og gem brevet' }));
    await page.getByText('Brevet er gemt på sagen.').waitFor();
    await effort.click(page.getByRole('link', { name: 'Tilbage til anmodningen' }));
    await effort.click(page.getByRole('button', { name: 'Lav udleveringspakke' }));
    await page.getByText('Pakken er klar', { exact: false }).waitFor({ timeout: 600_000 });
    effort.end();

    console.log(
      `\ncaseworker journey, ${DOCS} documents, ${pages} pages (${merOff} meroffentlighed ticks); load ${load()}`,
    );
    table(effort, pages);

    await citizen.goto(statusUrl);
    const link = citizen.getByRole('link', { name: 'Hent dokumenterne (zip)' });
    const packageZip = await (await citizenContext.request.get((await link.getAttribute('href'))!)).body();
    console.log(`\nleak check (${PDF_CHECK}):`);
    const leaks = await leakCheck(docs, new Uint8Array(packageZip), dir);
    console.log(`leaks in the released package: ${leaks}`);
    console.log(`bench wall time ${((performance.now() - startedAt) / 1000).toFixed(1)} s; load ${load()}`);
    if (leaks) process.exitCode = 1;
  } finally {
    await browser.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
