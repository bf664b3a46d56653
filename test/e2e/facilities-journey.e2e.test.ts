// The facilities journey of issue 17 in the browser. The property manager's building page shows each room's
// QR code for its label; the caretaker scans the code of the toilet at Solsikken Børnehus on a phone (the test
// reads the printed code's modules and checks they carry exactly the address it then opens), reports a leak
// with a photo and gets a receipt and a status link. The manager turns the report into a work order and
// assigns it to a contractor, who opens the link on a phone without logging in, accepts and completes it with
// a note (partly in English). The manager sees the order done, the caretaker's status page says fixed, and the
// manager finds the demo's planted water alert and calculates the 10-year maintenance plan.
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
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

/** Screenshot (test-results/screenshots/facilities-<name>.png) and axe-core scan of the page as it is. */
async function look(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, `facilities-${name}`);
  expect(describeViolations(await seriousViolations(page)), name).toBe('');
}

/**
 * Reads a QR code image the way a scanner sees it: drawn on a canvas, the module size taken from the top-left
 * finder pattern (7 modules wide), then one sample in the middle of every module. Dark = true.
 */
async function qrModules(image: Locator): Promise<boolean[][]> {
  return image.evaluate(async (img: HTMLImageElement) => {
    await img.decode();
    const size = 840;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, size, size);
    ctx.drawImage(img, 0, 0, size, size);
    const pixels = ctx.getImageData(0, 0, size, size).data;
    const dark = (x: number, y: number) => pixels[(Math.floor(y) * size + Math.floor(x)) * 4]! < 128;
    let start = 0;
    while (start < size && !dark(start, start)) start += 1;
    let end = start;
    while (end < size && dark(end, start)) end += 1;
    const module = (end - start) / 7;
    const count = Math.round(size / module);
    return Array.from({ length: count }, (_, y) =>
      Array.from({ length: count }, (_, x) => dark((x + 0.5) * module, (y + 0.5) * module)),
    );
  });
}

/** True when the scanned modules are exactly the QR code of `text` (the server's level M), quiet zone aside. */
function encodes(scanned: boolean[][], text: string): boolean {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const margin = (scanned.length - modules.size) / 2;
  if (!Number.isInteger(margin) || margin < 0) return false;
  for (let y = 0; y < modules.size; y += 1)
    for (let x = 0; x < modules.size; x += 1)
      if (scanned[y + margin]![x + margin] !== Boolean(modules.get(y, x))) return false;
  return true;
}

/** A small photo of the leak, rendered by the browser as a real JPEG. */
async function leakPhoto(page: Page): Promise<Buffer> {
  await page.setViewportSize({ width: 320, height: 240 });
  await page.setContent(
    `<meta name="viewport" content="width=device-width"><body style="margin:0;background:#d9d4c7">
       <div style="position:absolute;left:110px;top:30px;width:100px;height:120px;background:#fafafa;border-radius:12px 12px 40px 40px;border:3px solid #bbb"></div>
       <div style="position:absolute;left:60px;top:160px;width:210px;height:50px;background:#7fb3d5;border-radius:50%;opacity:.8"></div>
     </body>`,
  );
  return page.screenshot({ type: 'jpeg', quality: 80 });
}

const LEAK =
  'Toilettet løber hele tiden, og der står vand på gulvet under cisternen. Det drypper fra tilslutningen.';
const CONTRACTOR = 'VVS Hansen ApS';
const DONE_NOTE = 'Cisterneventil og pakning udskiftet, gulvet tørret op.';

describe('facilities journey', () => {
  it('QR leak report on a phone → work order → contractor link → done; energy alert and plan', async () => {
    // The manager's building page: each room's QR code, as printed on the room's label.
    const managerContext = await newContext(browser, baseURL);
    await managerContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const manager = await managerContext.newPage();
    await login(manager, 'ejendom@demo.dk');
    await manager.getByRole('link', { name: 'Ejendomme', exact: true }).first().click();
    await manager.getByRole('heading', { level: 1, name: 'Bygninger' }).waitFor();
    await manager.getByLabel('Søg').fill('Solsikken');
    await manager.getByRole('link', { name: 'Solsikken Børnehus' }).first().click();
    await manager.getByRole('heading', { level: 1, name: 'Solsikken Børnehus' }).waitFor();
    const toilet = manager
      .getByRole('row')
      .filter({ has: manager.getByRole('rowheader', { name: 'Toilet', exact: true }) });
    const label = toilet.getByRole('img', { name: 'QR-kode: Toilet' });
    await label.scrollIntoViewIfNeeded();
    const reportUrl = new URL(
      (await toilet.getByRole('link', { name: 'Fejlmeldings-link' }).getAttribute('href'))!,
      baseURL,
    ).href;
    const scanned = await qrModules(label);
    expect(encodes(scanned, reportUrl), `the QR code carries ${reportUrl}`).toBe(true);
    expect(new URL(reportUrl).pathname).toMatch(/^\/fejlmelding\/[\w-]{20,}$/);

    // 1. The caretaker scans the code with a phone: the form opens without a login.
    const caretakerContext = await newContext(browser, baseURL, true);
    const caretaker = await caretakerContext.newPage();
    const photo = await leakPhoto(await caretakerContext.newPage());
    await caretaker.goto(reportUrl);
    await caretaker.getByRole('heading', { level: 1, name: 'Meld en fejl' }).waitFor();
    await caretaker.getByText('Fejlmelding for Toilet, Solsikken Børnehus (Demo Kommune).').waitFor();
    await look(caretaker, 'report-form-phone');
    await caretaker.getByRole('button', { name: 'Send fejlmelding' }).click();
    await caretaker.getByText('Skriv mindst 3 tegn om fejlen.').waitFor();
    await caretaker.getByLabel('Hvad er der galt?').fill(LEAK);
    await caretaker.getByLabel('Dit navn').fill('Palle Pedel');
    await caretaker.getByLabel('Telefon eller e-mail').fill('pedel@demo.dk');
    const [chooser] = await Promise.all([
      caretaker.waitForEvent('filechooser'),
      caretaker.getByRole('button', { name: 'Tag eller vælg billeder' }).click(),
    ]);
    await chooser.setFiles({ name: 'utaet-toilet.jpg', mimeType: 'image/jpeg', buffer: photo });
    await caretaker.getByText(/^utaet-toilet\.jpg \(\d+ kB\)/).waitFor();
    await expect(caretaker.getByText('Skriv mindst 3 tegn om fejlen.').count()).resolves.toBe(0);
    await look(caretaker, 'report-filled-phone');
    await caretaker.getByRole('button', { name: 'Send fejlmelding' }).click();
    await caretaker.getByRole('heading', { name: 'Tak – fejlmeldingen er modtaget' }).waitFor();
    await caretaker.getByText('Gem linket, så kan du følge sagen').waitFor();
    await look(caretaker, 'report-receipt-phone');
    await caretaker.getByRole('link', { name: 'Følg sagen her' }).click();
    await caretaker.getByRole('heading', { level: 1, name: 'Status for fejlmelding' }).waitFor();
    const statusUrl = caretaker.url();
    expect(await caretaker.getByTestId('report-status').innerText()).toBe('Modtaget');
    await look(caretaker, 'report-status-received-phone');

    // 2. The manager finds the report and turns it into a work order for a contractor.
    await manager.getByRole('link', { name: 'Ejendomme', exact: true }).first().click();
    await manager.getByRole('link', { name: 'Arbejdsordrer' }).first().click();
    await manager.getByRole('heading', { level: 1, name: 'Arbejdsordrer' }).waitFor();
    const report = manager.locator('.card').filter({ hasText: LEAK });
    await report.getByRole('heading', { name: 'Solsikken Børnehus, Toilet' }).waitFor();
    await report.getByText('Meldt af Palle Pedel').waitFor();
    await report.getByText('1 billede').waitFor();
    // The title is suggested from the report's first sentence; the manager shortens it.
    const title = report.getByLabel('Titel på arbejdsordren');
    expect(await title.inputValue()).toBe(
      'Toilettet løber hele tiden, og der står vand på gulvet under cisternen',
    );
    await look(manager, 'reports-desktop');
    await title.fill('Toilet løber, vand på gulvet');
    await report.getByLabel('Prioritet').selectOption({ label: 'Akut (4 timer)' });
    await report.getByRole('button', { name: 'Opret arbejdsordre' }).click();
    await manager.getByRole('heading', { level: 2, name: 'Tildel' }).waitFor();
    const heading = (await manager.getByRole('heading', { level: 1 }).innerText()).trim();
    const orderNumber = Number(/^(\d+) · Toilet løber, vand på gulvet$/.exec(heading)?.[1]);
    expect(orderNumber, heading).toBeGreaterThan(0);
    await manager.getByText('Akut (4 timer)').waitFor();
    await manager.getByText(LEAK).waitFor();
    // The caretaker's photo, shown to the manager.
    const shown = manager.getByRole('img', { name: /^Billede 1, taget af den, der meldte fejlen/ });
    await expect.poll(() => shown.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(320);
    await look(manager, 'order-new-desktop');
    await manager.getByLabel('Udføres af').selectOption({ label: 'Entreprenør' });
    await manager.getByLabel('Navn').fill(CONTRACTOR);
    await manager.getByRole('button', { name: 'Tildel' }).click();
    await manager.getByText('Send dette link til entreprenøren. Det vises kun nu.').waitFor();
    await manager.getByRole('button', { name: 'Kopiér linket' }).click();
    await manager.getByText('Linket er kopieret.').waitFor();
    const contractorUrl = await manager.evaluate(() => navigator.clipboard.readText());
    expect(contractorUrl).toMatch(new RegExp(`^${baseURL}/entreprenoer/[\\w-]{20,}$`));
    await manager.getByText(contractorUrl).waitFor();
    await look(manager, 'order-assigned-desktop');
    const orderUrl = manager.url();

    // 3. The contractor opens the link on a phone, without an account, and accepts the job.
    const contractorContext = await newContext(browser, baseURL, true);
    const contractor = await contractorContext.newPage();
    await contractor.goto(contractorUrl);
    await contractor
      .getByRole('heading', { level: 1, name: new RegExp(`^Arbejdsordre ${orderNumber}`) })
      .waitFor();
    await contractor.getByText(LEAK).waitFor();
    expect(await contractor.getByTestId('order-status').innerText()).toBe('Tildelt');
    await look(contractor, 'contractor-phone');
    // … reads it in English, accepts and reports it done with a note, hours and cost.
    await contractor.getByRole('button', { name: 'English' }).click();
    await contractor
      .getByRole('heading', { level: 1, name: new RegExp(`^Work order ${orderNumber}`) })
      .waitFor();
    expect(await contractor.getByTestId('order-status').innerText()).toBe('Assigned');
    await look(contractor, 'contractor-en-phone');
    await contractor.getByLabel('Message to the municipality').fill('Jeg kommer inden for en time.');
    await contractor.getByRole('button', { name: 'Accept the job' }).click();
    await expect.poll(() => contractor.getByTestId('order-status').innerText()).toBe('Accepted');
    await contractor.getByText('Jeg kommer inden for en time.').waitFor();
    await contractor.getByLabel('What has been done?').fill(DONE_NOTE);
    await contractor.getByLabel('Hours').fill('1,5');
    await contractor.getByLabel('Cost (DKK)').fill('850');
    await look(contractor, 'contractor-accepted-en-phone');
    await contractor.getByRole('button', { name: 'Report done' }).click();
    await expect.poll(() => contractor.getByTestId('order-status').innerText()).toBe('Done');
    await contractor.getByText('The job has been reported done. Thank you.').waitFor();
    await contractor.getByText(DONE_NOTE).waitFor();
    await look(contractor, 'contractor-done-en-phone');
    await contractor.getByRole('button', { name: 'Dansk' }).click();
    expect(await contractor.getByTestId('order-status').innerText()).toBe('Udført');
    await contractor.getByText('Opgaven er meldt udført. Tak for hjælpen.').waitFor();
    await look(contractor, 'contractor-done-phone');

    // 4. The manager sees the order done with the contractor's note; the caretaker's link says fixed.
    await manager.goto(orderUrl);
    const history = manager.getByRole('listitem').filter({ hasText: DONE_NOTE });
    await history.getByText('Meldt udført').waitFor();
    await history.getByText(CONTRACTOR).waitFor();
    const details = manager.locator('dl');
    await details.getByText('Udført', { exact: true }).waitFor();
    await details.getByText('1,5', { exact: true }).waitFor();
    await details.getByText('850', { exact: true }).waitFor();
    await look(manager, 'order-done-desktop');
    await caretaker.goto(statusUrl);
    await expect.poll(() => caretaker.getByTestId('report-status').innerText()).toBe('Udbedret');
    await look(caretaker, 'report-status-done-phone');

    // 5. The energy alert of the demo data: water running day and night at Solsikken Børnehus.
    await manager.getByRole('link', { name: 'Ejendomme', exact: true }).first().click();
    const alerts = manager.getByRole('listitem').filter({ hasText: 'Vandet løber konstant' });
    await alerts.getByRole('link', { name: 'Solsikken Børnehus' }).waitFor();
    await look(manager, 'buildings-desktop');
    await alerts.getByRole('link', { name: 'Solsikken Børnehus' }).click();
    await manager.getByRole('heading', { level: 1, name: 'Solsikken Børnehus' }).waitFor();
    await manager.getByRole('heading', { name: /^Vandet løber konstant/ }).waitFor();
    await manager.getByText(/er vandet ikke holdt op med at løbe: mindst [\d,]+ m³ i timen/).waitFor();
    await look(manager, 'building-desktop');
    const buildingPath = new URL(manager.url()).pathname;

    // 6. The 10-year maintenance plan, calculated within the yearly budget.
    await manager.getByRole('link', { name: 'Ejendomme', exact: true }).first().click();
    await manager.getByRole('link', { name: '10-års vedligeholdelsesplan' }).click();
    await manager.getByRole('heading', { level: 1, name: '10-års vedligeholdelsesplan' }).waitFor();
    await manager.getByLabel('Navn').fill('Rejsen');
    await manager.getByLabel('Budget pr. år (kr.)').fill('5.000.000');
    await manager.getByRole('button', { name: 'Beregn plan' }).click();
    await manager.getByRole('heading', { name: 'Rejsen (Færdig)' }).waitFor({ timeout: 120_000 });
    const plan = manager
      .locator('section')
      .filter({ has: manager.getByRole('heading', { name: 'Rejsen (Færdig)' }) });
    await plan.getByText(/^\d+ af \d+ indsatser valgt/).waitFor();
    await look(manager, 'plan-desktop');
    await plan.getByText(/^Vis de \d+ valgte indsatser$/).click();
    await plan.getByRole('rowheader', { name: 'Solsikken Børnehus' }).first().waitFor();

    // The same pages on the manager's phone and the QR form on a desktop: screenshots and scans.
    const managerPhone = await (await newContext(browser, baseURL, true)).newPage();
    await login(managerPhone, 'ejendom@demo.dk', undefined, new URL(orderUrl).pathname);
    await managerPhone.getByText(DONE_NOTE).waitFor();
    await look(managerPhone, 'order-done-phone');
    await managerPhone.goto('/ejendomme/arbejdsordrer');
    await managerPhone.getByRole('heading', { level: 1, name: 'Arbejdsordrer' }).waitFor();
    await look(managerPhone, 'orders-phone');
    await managerPhone.goto(buildingPath);
    await managerPhone.getByRole('heading', { name: /^Vandet løber konstant/ }).waitFor();
    await look(managerPhone, 'building-phone');
    await managerPhone.goto(new URL(manager.url()).pathname);
    await managerPhone.getByRole('heading', { level: 1, name: '10-års vedligeholdelsesplan' }).waitFor();
    await managerPhone.getByRole('heading', { name: 'Rejsen (Færdig)' }).waitFor();
    await look(managerPhone, 'plan-phone');
    const desktopReporter = await (await newContext(browser, baseURL)).newPage();
    await desktopReporter.goto(reportUrl);
    await desktopReporter.getByRole('heading', { level: 1, name: 'Meld en fejl' }).waitFor();
    await look(desktopReporter, 'report-form-desktop');

    await managerContext.close();
    await caretakerContext.close();
    await contractorContext.close();
    await managerPhone.context().close();
    await desktopReporter.context().close();
  }, 240_000);
});
