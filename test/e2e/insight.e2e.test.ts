// Management information in the browser: a caseworker decides a request; within seconds the leader's
// dashboard shows it on the tile and in the drill-down; the leader exports the view to Excel; the portfolio's
// aktindsigt initiative shows its measured figure. Danish UI, desktop and phone screenshots, axe scans.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
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

const tileValue = (page: Page) =>
  page.getByTestId('tile-records.decided').getByTestId('tile-value').innerText();
const count = (text: string) => Number(text.replace(/\D/g, ''));

describe('management information', () => {
  it('shows a decision on the leader’s dashboard and drill-down within seconds, and exports it', async () => {
    const leader = await (await newContext(browser, baseURL)).newPage();
    await login(leader, 'leder@demo.dk', undefined, '/ledelsesinformation');
    await leader.getByRole('heading', { level: 1, name: 'Ledelsesinformation' }).waitFor();
    await leader.getByTestId('tile-records.decided').waitFor();
    const before = count(await tileValue(leader));

    // The caseworker registers a phoned-in request, releases its one journal entry and decides it.
    const caseworker = await (await newContext(browser, baseURL)).newPage();
    await login(caseworker, 'sagsbehandler@demo.dk');
    const subject = `Ledelsesinformation e2e ${Date.now()}`;
    const { id, caseNumber } = await caseworker.evaluate(async (s) => {
      const me = await (await fetch('/api/auth/me')).json();
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const post = (url: string, body: unknown, method = 'POST') =>
        fetch(url, { method, headers, body: JSON.stringify(body) }).then(async (r) => {
          if (!r.ok) throw new Error(`${url}: ${r.status} ${await r.text()}`);
          return r.json();
        });
      const received = new Date().toISOString().slice(0, 10);
      await post('/api/records/requests', { channel: 'phone', received, name: 'Jens Hansen', subject: s });
      const list = await (await fetch('/api/records/requests')).json();
      const r = list.requests.find((x: { subject: string }) => x.subject === s);
      const doc = await post(`/api/records/requests/${r.id}/journal-entries`, {
        title: 'Telefonnotat',
        text: 'Borgeren ringede.',
      });
      await post(
        `/api/records/documents/${doc.id}/decision`,
        { decision: 'release', unredactedReason: 'Telefonnotatet er læst igennem.' },
        'PUT',
      );
      return { id: r.id as string, caseNumber: r.caseNumber as string };
    }, subject);
    await caseworker.goto(`/aktindsigt/${id}/brev`);
    await caseworker.getByRole('button', { name: 'Træf afgørelse og gem brevet' }).click();
    await caseworker.getByText('Brevet er gemt på sagen.').waitFor({ timeout: 60_000 });

    // Within seconds, without reloading: the dashboard polls.
    const started = Date.now();
    await expect
      .poll(async () => count(await tileValue(leader)), { timeout: 15_000, interval: 250 })
      .toBe(before + 1);
    const lagMs = Date.now() - started;
    expect(lagMs).toBeLessThan(10_000);
    await settled(leader);
    await screenshot(leader, 'insight-dashboard-desktop');
    expect(describeViolations(await seriousViolations(leader))).toBe('');

    await leader.getByRole('link', { name: 'Afgjorte anmodninger' }).click();
    await leader.getByRole('heading', { level: 1, name: 'Afgjorte anmodninger' }).waitFor();
    await leader.getByTestId('insight-items').getByRole('link', { name: caseNumber }).waitFor();
    await settled(leader);
    await screenshot(leader, 'insight-figure-desktop');
    expect(describeViolations(await seriousViolations(leader))).toBe('');

    await leader.getByRole('link', { name: 'Tilbage til oversigten' }).click();
    const download = leader.waitForEvent('download');
    await leader.getByRole('link', { name: 'Hent som Excel' }).click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile(file!)) as unknown as ArrayBuffer);
    const rows = book.getWorksheet('Nøgletal')!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.find((r) => r.includes('Afgjorte anmodninger'))).toContain(before + 1);

    // The portfolio's aktindsigt initiative measures its benefit on the processing-time figure.
    await leader.goto('/portefolje');
    await leader.getByRole('link', { name: 'Aktindsigt på én arbejdsdag' }).first().click();
    await expect
      .poll(() => leader.getByTestId('realised').innerText(), { timeout: 10_000 })
      .toMatch(/Seneste måling: [\d,]+\./);
    await settled(leader);
    await screenshot(leader, 'portfolio-initiative-desktop');
    expect(describeViolations(await seriousViolations(leader))).toBe('');
  }, 240_000);

  it('works on a phone', async () => {
    const page = await (await newContext(browser, baseURL, true)).newPage();
    await login(page, 'leder@demo.dk', undefined, '/ledelsesinformation');
    await page.getByRole('heading', { level: 1, name: 'Ledelsesinformation' }).waitFor();
    await screenshot(page, 'insight-dashboard-phone');
    await page.goto('/portefolje');
    await page.getByRole('heading', { level: 1, name: 'Digitaliseringsportefølje' }).waitFor();
    await screenshot(page, 'portfolio-phone');
    expect(describeViolations(await seriousViolations(page))).toBe('');
  }, 120_000);
});
