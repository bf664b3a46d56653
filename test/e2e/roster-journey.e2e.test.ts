// The shift-planning journey in the browser, on the demo's Plejecenter Solbakken. The planner sets up the unit
// (adds a mid shift and a demand line for it, meets a conflict with another planner's save and saves over
// it, sees it persisted after a reload), creates a period and opens it for wishes; an employee enters a wish
// on "Min vagtplan" on a phone; the planner optimises (a background job), sets a shift by hand and sees the
// live rule message, publishes; the employee asks the planner (who is also an employee of the unit) to take
// a shift, the colleague accepts, the planner approves on the period page; the planner closes the period and
// downloads the payroll file. The set-up page is scanned with axe and photographed on desktop and phone, in
// Danish and (by a planner of its own, so the language switch disturbs no other journey) in English.
import { mkdir, readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatDate } from '../../src/web/format.js';
import type { TGrid, TPeriod } from '../../src/modules/roster/contract.js';
import {
  describeViolations,
  launchBrowser,
  login,
  newContext,
  screenshot,
  seriousViolations,
  settled,
  DEMO_PASSWORD,
} from './browser.js';

const baseURL = inject('baseURL');
const SHOTS = '/tmp/roster-shots';
const UNIT = 'Plejecenter Solbakken';
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  await mkdir(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** axe-core finds nothing serious; the page is photographed for the test report and under /tmp/roster-shots. */
async function scan(page: Page, name: string): Promise<void> {
  await settled(page);
  await screenshot(page, name);
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
  expect(describeViolations(await seriousViolations(page)), name).toBe('');
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `${name}: no sideways scrolling`,
  ).toBe(page.viewportSize()!.width);
}

const addDays = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** GET as the signed-in user of the page (the grid and "me" as JSON, to pick cells the journey can use). */
const getJson = async <T>(page: Page, path: string): Promise<T> => {
  const res = await page.request.get(path);
  expect(res.status(), path).toBe(200);
  return (await res.json()) as T;
};

async function openSetup(page: Page, link = 'Opsætning'): Promise<void> {
  await page.goto('/vagtplan');
  await page
    .getByRole('link', { name: new RegExp(`^${link}`) })
    .first()
    .click();
  await page.getByRole('heading', { level: 2, name: /^(Vagttyper|Shift types)$/ }).waitFor();
}

/** A user of the demo unit made for this journey (admin API), e.g. an English-speaking planner. */
async function demoUser(
  context: BrowserContext,
  user: { email: string; name: string; role: string; language: 'da' | 'en'; orgUnitId: string },
): Promise<void> {
  const admin = await context.request.post('/api/auth/login', {
    data: { tenant: 'demo', email: 'admin@demo.dk', password: DEMO_PASSWORD },
  });
  expect(admin.status()).toBe(200);
  const { csrfToken } = await admin.json();
  const created = await context.request.post('/api/admin/users', {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      email: user.email,
      name: user.name,
      language: user.language,
      password: 'roster-journey-123',
      roles: [{ role: user.role, unitId: user.orgUnitId }],
    },
  });
  expect(created.status()).toBe(201);
  await context.clearCookies();
}

describe('shift-planning journey', () => {
  it('set-up → period → wishes → optimise → edit → publish → swap → close → payroll', async () => {
    const started = Date.now();
    const planner = await newContext(browser, baseURL);
    const page = await planner.newPage();
    await login(page, 'planlaegger@demo.dk');

    // 1. The set-up: a mid shift and a demand line for it.
    await openSetup(page);
    await page.getByRole('heading', { level: 1, name: `Opsætning af ${UNIT}` }).waitFor();
    const unitId = new URL(page.url()).pathname.split('/').pop()!;
    await scan(page, 'roster-setup-desktop');
    await page.getByRole('button', { name: 'Tilføj vagttype' }).click();
    // Saving an empty line: the form says what is missing, before anything is sent.
    await page.getByRole('button', { name: 'Gem opsætningen' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Ret følgende, før du gemmer' });
    await summary.waitFor();
    expect(await summary.getByRole('link').first().textContent()).toBe(
      'Vagttyper, linje 4: Kode – Udfyld feltet.',
    );
    await page.getByLabel('Kode, vagttype linje 4').fill('M');
    await page.getByLabel('Navn, vagttype linje 4').fill('Mellemvagt');
    await page.getByLabel('Starter, vagttype linje 4').fill('1100');
    await page.getByLabel('Slutter, vagttype linje 4').fill('19');
    await page.getByLabel('Betalte minutter, vagttype linje 4').fill('450');
    await page.getByLabel('Pause (minutter), vagttype linje 4').fill('30');
    await page.getByLabel('Pause (minutter), vagttype linje 4').blur();
    expect(await page.getByLabel('Starter, vagttype linje 4').inputValue()).toBe('11:00');
    expect(await page.getByLabel('Slutter, vagttype linje 4').inputValue()).toBe('19:00');
    // The night shift is shown as ending the next day.
    expect(await page.getByText('slutter næste dag').count()).toBe(1);
    const lines = await page.getByRole('button', { name: /^Fjern behov på linje/ }).count();
    await page.getByRole('button', { name: 'Tilføj behovslinje' }).click();
    const n = lines + 1;
    await page.getByLabel(`Vagt, behov linje ${n}`).selectOption('M');
    await page.getByLabel(`Minimum, behov linje ${n}`).fill('0');
    await page.getByLabel(`Ønsket, behov linje ${n}`).fill('1');
    await page
      .getByRole('group', { name: `Ugedage, behov linje ${n}` })
      .getByRole('checkbox', { name: 'Fredag' })
      .uncheck();

    // Meanwhile another planner saves (here through the API): the save is refused, nothing typed is lost.
    const other = await getJson<{ setup: object; unit: { version: number } }>(
      page,
      `/api/roster/units/${unitId}`,
    );
    const me = await getJson<{ csrfToken: string }>(page, '/api/auth/me');
    const theirs = await page.request.put(`/api/roster/units/${unitId}/setup`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: {
        setup: { ...other.setup, name: 'Solbakken (ændret af en anden)' },
        version: other.unit.version,
      },
    });
    expect(theirs.status()).toBe(200);
    await page.getByRole('button', { name: 'Gem opsætningen' }).click();
    await page.getByRole('heading', { name: 'En anden har ændret opsætningen imens' }).waitFor();
    expect(await page.getByLabel('Navn, vagttype linje 4').inputValue()).toBe('Mellemvagt');
    await page.getByRole('button', { name: 'Gem mine ændringer alligevel' }).click();
    await page.getByText('Opsætningen er gemt.').waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Opsætning af ${UNIT}` }).waitFor();
    expect(await page.getByLabel('Navn, vagttype linje 4').inputValue()).toBe('Mellemvagt');
    expect(await page.getByLabel(`Vagt, behov linje ${n}`).inputValue()).toBe('M');
    expect(
      await page
        .getByRole('group', { name: `Ugedage, behov linje ${n}` })
        .getByRole('checkbox', { name: 'Fredag' })
        .isChecked(),
    ).toBe(false);

    // 2. A new period after the demo's two, two weeks, open for wishes.
    const units = await getJson<{ data: { id: string; orgUnitId: string }[] }>(page, '/api/roster/units');
    const orgUnitId = units.data.find((u) => u.id === unitId)!.orgUnitId;
    const existing = await getJson<{ data: TPeriod[] }>(page, `/api/roster/units/${unitId}/periods`);
    const start = addDays(
      existing.data
        .map((p) => p.endDate)
        .sort()
        .at(-1)!,
      1,
    );
    await page.getByRole('link', { name: 'Vagtplan', exact: true }).first().click();
    await page.getByText('Ny periode').click();
    await page.getByLabel('Første dag').fill(start);
    await page.getByLabel('Antal dage').fill('14');
    await page.getByLabel('Frist for ønsker').fill(addDays(start, -7));
    await page.getByLabel('Budget (kr.)').fill('600000');
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/periods') && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Opret periode' }).click();
    const period = (await (await created).json()) as TPeriod;
    expect(period.state).toBe('draft');
    await page.locator(`a[href="/vagtplan/perioder/${period.id}"]`).click();
    await page.getByRole('button', { name: 'Åbn for ønsker' }).click();
    await page.locator('.badge', { hasText: 'Åben for ønsker' }).waitFor();

    // 3. An employee enters a wish on a phone.
    const phoneContext = await newContext(browser, baseURL, true);
    const phone = await phoneContext.newPage();
    await login(phone, 'medarbejder@demo.dk');
    await phone.getByRole('button', { name: 'Menu' }).click();
    await phone.getByRole('dialog', { name: 'Menu' }).getByRole('link', { name: 'Min vagtplan' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Min vagtplan' }).waitFor();
    const wishes = phone.locator('section', { has: phone.locator(`#wish-date-${period.id}`) });
    const wishDate = addDays(start, 4);
    await wishes.getByLabel('Dato', { exact: true }).fill(wishDate);
    await wishes.getByLabel('Ønske', { exact: true }).selectOption({ label: 'Fri hele dagen' });
    await wishes.getByRole('button', { name: 'Gem ønske' }).click();
    await wishes.getByText('Dit ønske er gemt.').waitFor();
    await wishes.getByText(`${formatDate(wishDate)}: Fri hele dagen`).waitFor();
    await screenshot(phone, 'roster-wish-phone');

    // 4. The planner optimises (a background job with live progress) …
    await page.reload();
    await page.getByLabel('Sekunder').fill('6');
    await page.getByRole('button', { name: 'Optimér vagtplanen' }).click();
    await page
      .getByRole('button', { name: 'Godkend', exact: true })
      .waitFor({ timeout: 90_000 })
      .catch(async (e) => {
        const g = await getJson<TGrid>(page, `/api/roster/periods/${period.id}`);
        const job = g.period.optimiseJobId
          ? await getJson(page, `/api/jobs/${g.period.optimiseJobId}`)
          : null;
        console.log('optimise did not finish', g.period.state, JSON.stringify(job));
        await screenshot(page, 'roster-optimise-failed');
        throw e;
      });
    let grid = await getJson<TGrid>(page, `/api/roster/periods/${period.id}`);
    expect(grid.period.state).toBe('editing');
    expect(grid.violations.filter((v) => v.hard).map((v) => v.message)).toEqual([]);
    expect(grid.employees.flatMap((e) => e.cells).filter(Boolean).length).toBeGreaterThan(100);

    // … sets a day shift by hand after someone's evening shift and sees the rest rule broken, live …
    const mine = await getJson<{ employee: { id: string; name: string } }>(page, '/api/roster/me');
    const employee = await getJson<{ employee: { id: string; name: string } }>(phone, '/api/roster/me');
    const people = new Set([mine.employee.id, employee.employee.id]);
    const pick = grid.employees
      .filter((e) => !people.has(e.id))
      .flatMap((e) =>
        e.cells.flatMap((c, d) =>
          c === 'A' && d + 1 < e.cells.length && e.cells[d + 1] === null ? [{ e, d }] : [],
        ),
      )[0];
    expect(pick, 'an evening shift followed by a day off').toBeTruthy();
    const day = grid.days[pick!.d + 1]!.date;
    const cellName = `${pick!.e.name} ${formatDate(day)}`;
    await page.getByRole('button', { name: `${cellName}: fri`, exact: true }).click();
    await page.getByLabel(`Vælg vagt for ${cellName}`).selectOption('D');
    const live = page.locator('.rt-roster-msg', { hasText: 'timers hvile' });
    await live.waitFor();
    expect(await live.textContent()).toMatch(
      /Kun 8 timers hvile mellem Aftenvagt .* og Dagvagt .* \(mindst 11 timer\)/,
    );
    await screenshot(page, 'roster-grid-rule-desktop');
    // … and takes it back.
    await page
      .getByRole('button', { name: new RegExp(`^${cellName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: D`) })
      .click();
    await page.getByLabel(`Vælg vagt for ${cellName}`).selectOption({ label: 'fri' });
    await page.getByText('Vagtplanen bryder ingen regler, der skal overholdes.').waitFor();

    // 5. Approve and publish (the period starts more than the notice ahead: no reason needed).
    await page.getByRole('button', { name: 'Godkend', exact: true }).click();
    await page.getByRole('button', { name: 'Offentliggør' }).waitFor();
    expect(await page.getByText('Angiv en begrundelse').count()).toBe(0);
    await page.getByRole('button', { name: 'Offentliggør' }).click();
    await page.locator('.badge', { hasText: 'Offentliggjort' }).waitFor();

    // 6. The employee asks the planner to take a shift the rules let them swap: 11 hours' rest to each one's
    // shifts the day before and after (shifts two days away are at least 24 hours off), at most 6 days in a row.
    grid = await getJson<TGrid>(page, `/api/roster/periods/${period.id}`);
    const row = (id: string) => grid.employees.find((e) => e.id === id)!.cells;
    const [theirRow, plannerRow] = [row(employee.employee.id), row(mine.employee.id)];
    const clock = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3));
    /** The shift's start and end in minutes from the start of its day (a night shift ends after 1440). */
    const span = (code: string, day: number) => {
      const st = grid.shiftTypes.find((s) => s.id === code)!;
      const [a, b] = [clock(st.start), clock(st.end)];
      return [day * 1440 + a, day * 1440 + (b <= a ? b + 1440 : b)] as const;
    };
    /** 11 hours' rest between `code` on day d and the row's shifts the day before and after. */
    const rested = (cells: (string | null)[], code: string, d: number) => {
      const [start, end] = span(code, d);
      const before = cells[d - 1] ? span(cells[d - 1]!, d - 1)[1] : -Infinity;
      const after = cells[d + 1] ? span(cells[d + 1]!, d + 1)[0] : Infinity;
      return start - before >= 11 * 60 && after - end >= 11 * 60;
    };
    const run = (cells: (string | null)[], d: number) => {
      let n = 1;
      for (let i = d - 1; i >= 0 && cells[i]; i -= 1) n += 1;
      for (let i = d + 1; i < cells.length && cells[i]; i += 1) n += 1;
      return n;
    };
    const days = grid.days.map((_, d) => d).filter((d) => d > 0 && theirRow[d] !== null);
    // Best: the planner is free that day. Next: both work, different shifts, which they exchange (the days in a
    // row stay as they are). Last resort: the same shift.
    const free = days.find(
      (d) => plannerRow[d] === null && rested(plannerRow, theirRow[d]!, d) && run(plannerRow, d) <= 6,
    );
    const exchange = days.find(
      (d) =>
        plannerRow[d] !== null &&
        plannerRow[d] !== theirRow[d] &&
        rested(plannerRow, theirRow[d]!, d) &&
        rested(theirRow, plannerRow[d]!, d),
    );
    const same = days.find((d) => theirRow[d] === plannerRow[d]);
    const swapDay = free ?? exchange ?? same ?? -1;
    const kind =
      free !== undefined
        ? 'the planner is free'
        : exchange !== undefined
          ? 'they exchange shifts'
          : 'the same shift';
    expect(swapDay, 'a shift the two can swap').toBeGreaterThanOrEqual(0);
    const swapDate = grid.days[swapDay]!.date;
    console.log(`roster journey: swap on ${swapDate}: ${kind}`);
    await phone.reload();
    await phone.getByLabel('Min vagt', { exact: true }).selectOption(`${period.id}/${swapDate}`);
    await phone.getByLabel('Kollega', { exact: true }).selectOption(mine.employee.id);
    await phone.getByRole('button', { name: 'Send bytteønske' }).click();
    await phone.getByText('Bytteønsket er sendt til din kollega.').waitFor();
    await phone
      .getByText(
        `${formatDate(swapDate)}: ${employee.employee.name} → ${mine.employee.name} · Afventer kollega`,
      )
      .waitFor();
    await screenshot(phone, 'roster-swap-phone');

    // The colleague (the planner, on "Min vagtplan") accepts …
    await page.getByRole('link', { name: 'Min vagtplan' }).first().click();
    const request = page
      .getByRole('listitem')
      .filter({ hasText: `${formatDate(swapDate)}: ${employee.employee.name}` });
    await request.getByRole('button', { name: 'Acceptér' }).click();
    await request.getByText('Afventer planlægger').waitFor();
    // … and, as the planner, approves it on the period page.
    await page.goto(`/vagtplan/perioder/${period.id}`);
    const swaps = page.getByTestId('roster-swaps');
    await swaps.getByRole('button', { name: 'Godkend byttet' }).click();
    await swaps.getByText('Godkendt').waitFor();
    grid = await getJson<TGrid>(page, `/api/roster/periods/${period.id}`);
    expect(row(mine.employee.id)[swapDay]).toBe(theirRow[swapDay]);

    // 7. Actuals, close, payroll.
    await page.getByRole('button', { name: 'Registrér faktisk forbrug' }).click();
    await page.getByRole('button', { name: 'Afslut perioden' }).click();
    await page.locator('.badge', { hasText: 'Afsluttet' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Hent lønfil (CSV)' }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(rows[0]).toBe('medarbejdernr;navn;dato;vagt;loenart;kode;timer;sats;beloeb');
    expect(
      rows.filter((r) =>
        /^P\d+;[^;]+;\d{4}-\d{2}-\d{2};[A-Z]+;base;L100;\d+,\d{2};\d+,\d{2};\d+,\d{2}$/.test(r),
      ).length,
    ).toBeGreaterThan(50);
    // The swapped shift is paid to the planner.
    expect(
      rows.some(
        (r) => r.includes(`;${swapDate};${theirRow[swapDay]};base;`) && r.includes(`;${mine.employee.name};`),
      ),
    ).toBe(true);
    console.log(`roster journey: planner and employee, ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // 8. The set-up page on a phone, and in English (a planner of our own), and read-only.
    const planPhone = await newContext(browser, baseURL, true);
    const pp = await planPhone.newPage();
    await login(pp, 'planlaegger@demo.dk');
    await openSetup(pp);
    await scan(pp, 'roster-setup-phone');
    await planPhone.close();

    for (const phoneSize of [false, true]) {
      const context = await newContext(browser, baseURL, phoneSize);
      if (!phoneSize)
        await demoUser(context, {
          email: 'planner-en@demo.dk',
          name: 'Paula Planner',
          role: 'planner',
          language: 'en',
          orgUnitId,
        });
      const en = await context.newPage();
      await login(en, 'planner-en@demo.dk', 'roster-journey-123');
      await openSetup(en, 'Set-up');
      await en.getByRole('heading', { level: 1, name: `Set-up of ${UNIT}` }).waitFor();
      expect(await en.getByText('ends next day').count()).toBe(1);
      await scan(en, `roster-setup-en-${phoneSize ? 'phone' : 'desktop'}`);
      await context.close();
    }

    const readerContext = await newContext(browser, baseURL);
    await demoUser(readerContext, {
      email: 'teamleder-pcs@demo.dk',
      name: 'Tove Teamleder',
      role: 'team_lead',
      language: 'da',
      orgUnitId,
    });
    const reader = await readerContext.newPage();
    await login(reader, 'teamleder-pcs@demo.dk', 'roster-journey-123');
    await openSetup(reader);
    await reader.getByText('Du kan se opsætningen, men ikke ændre den.').waitFor();
    expect(await reader.getByRole('button', { name: 'Gem opsætningen' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Tilføj vagttype' }).count()).toBe(0);
    expect(await reader.getByLabel('Navn, vagttype linje 4').getAttribute('readonly')).not.toBeNull();
    await scan(reader, 'roster-setup-readonly-desktop');
    await readerContext.close();

    await phoneContext.close();
    await planner.close();
    console.log(`roster journey: ${((Date.now() - started) / 1000).toFixed(1)} s in all`);
  }, 240_000);
});
