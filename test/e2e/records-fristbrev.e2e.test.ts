// The fristbrev in the browser: a caseworker opens the letter editor from the request page, writes the reason
// and the expected date, edits the generated text, sends it, and the request shows the extended deadline.
// The English status page of a public request is checked here too (the journey test runs in Danish).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
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

describe('fristbrev', () => {
  it('writes, edits and sends the fristbrev', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await login(page, 'sagsbehandler@demo.dk');
    const subject = `Fristbrev e2e ${Date.now()}`;
    const id = await page.evaluate(async (s) => {
      const me = await (await fetch('/api/auth/me')).json();
      const headers = { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken };
      const received = new Date().toISOString().slice(0, 10);
      const body = JSON.stringify({ channel: 'letter', received, name: 'Jens Hansen', subject: s });
      await fetch('/api/records/requests', { method: 'POST', headers, body });
      const list = await (await fetch('/api/records/requests')).json();
      return list.requests.find((r: { subject: string }) => r.subject === s).id as string;
    }, subject);

    await page.goto(`/aktindsigt/${id}`);
    await page.getByRole('link', { name: 'Skriv fristbrev' }).click();
    await page.getByRole('heading', { level: 1, name: /Fristbrev/ }).waitFor();
    await page.getByText('Angiv grunden til, at fristen ikke kan overholdes.').waitFor();
    await page
      .getByLabel('Grunden til, at fristen ikke kan overholdes')
      .fill('Sagen har mange dokumenter, og to virksomheder skal høres.');
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByText('Brevet er klar til at blive sendt.').waitFor();
    const body = page.locator('#letter-section-body');
    await expect(body.inputValue()).resolves.toContain('to virksomheder skal høres');
    await body.fill(`${await body.inputValue()}\n\nDu er velkommen til at ringe til os.`);
    await page.getByRole('button', { name: 'Gem kladde' }).click();
    await page.getByText('Rettet af dig').waitFor();
    await settled(page);
    await screenshot(page, 'records-fristbrev-desktop');
    expect(describeViolations(await seriousViolations(page))).toBe('');

    await page.getByRole('button', { name: 'Send fristbrev' }).click();
    await page.getByText('Brevet er gemt på sagen.').waitFor();
    const detail = await page.evaluate(
      async (rid) => (await fetch(`/api/records/requests/${rid}`)).json(),
      id,
    );
    expect(detail.status).toBe('fristbrev_sent');
    expect(detail.expectedDecisionDate > detail.deadline.decisionDue).toBe(true);
    await context.close();
  }, 120_000);

  it('shows the public status page in English', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    const ack = await page.request.post('/api/public/records/demo/requests', {
      data: { name: 'Anne Jensen', subject: 'Dokumenterne om vejarbejdet på Torvet' },
    });
    expect(ack.status()).toBe(201);
    const { statusToken } = await ack.json();
    await page.goto(`/anmod-om-aktindsigt/demo/status/${statusToken}`);
    await page.getByRole('heading', { level: 1, name: 'Status for din anmodning' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Status of your request' }).waitFor();
    expect(await page.getByTestId('public-status').textContent()).toBe('Received');
    await page.goto('/anmod-om-aktindsigt/demo/status/ukendt-token-der-ikke-findes-0000');
    await page.getByText('We cannot find a request with this link', { exact: false }).waitFor();
    await settled(page);
    await screenshot(page, 'records-status-unknown-en-desktop');
    expect(describeViolations(await seriousViolations(page))).toBe('');
    await context.close();
  }, 60_000);
});
