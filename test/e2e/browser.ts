// Debian's Chromium driven by playwright-core (no browser downloads), plus the helpers every journey uses:
// logging in, axe-core scans and screenshots at desktop and phone widths.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEMO_PASSWORD = 'rodtrad-demo';
export const SCREENSHOTS = path.resolve('test-results/screenshots');
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export async function newContext(browser: Browser, baseURL: string, phone = false): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport: phone ? PHONE : DESKTOP,
    locale: 'da-DK',
    timezoneId: 'Europe/Copenhagen',
    isMobile: phone,
    hasTouch: phone,
    deviceScaleFactor: 1,
    // The app's CSP forbids inline scripts; axe-core is injected as one, so the test browser bypasses CSP.
    bypassCSP: true,
  });
  context.setDefaultTimeout(20_000);
  return context;
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD, next = '/'): Promise<void> {
  await page.goto(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Adgangskode').fill(password);
  await page.getByRole('button', { name: 'Log ind', exact: true }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  await page.locator('h1').first().waitFor();
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

const AXE = path.resolve('node_modules/axe-core/axe.min.js');

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) in the page; returns serious and critical violations. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    .join('\n');
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Waits until no skeleton or spinner is on the page (content loaded). */
export async function settled(page: Page): Promise<void> {
  await page
    .locator('.rt-skeleton, .spinner')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
}
