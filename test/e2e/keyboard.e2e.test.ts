import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, newContext, settled } from './browser.js';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Presses Tab until the focused element matches, failing after `limit` presses. */
async function tabTo(
  page: Page,
  matches: (el: { tag: string; text: string; label: string | null }) => boolean,
  limit = 40,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return {
        tag: el?.tagName ?? '',
        text: (el?.textContent ?? '').trim(),
        label: el?.getAttribute('aria-label') ?? null,
      };
    });
    if (matches(focused)) return focused;
  }
  throw new Error('focus never reached the element');
}

async function focusOutline(page: Page): Promise<string> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return `${style.outlineStyle} ${style.outlineWidth}`;
  });
}

describe('keyboard only', () => {
  it('logs in, skips to content, uses the menu and the user menu without a mouse', async () => {
    const context = await newContext(browser, baseURL);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor();

    // The skip link is the first stop and is visible when focused.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til sidens indhold');
    expect(await focusOutline(page)).not.toMatch(/^none/);

    await tabTo(page, (el) => el.tag === 'INPUT');
    await page.keyboard.type('admin@demo.dk');
    await page.keyboard.press('Tab');
    await page.keyboard.type('rodtrad-demo');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Min forside' }).waitFor();
    await settled(page);

    // Skip link → main content.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Gå til sidens indhold');
    await page.keyboard.press('Enter');
    expect(page.url()).toContain('#main-content');

    // Main menu → Administration → Log.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Min forside' }).waitFor();
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Administration');
    expect(await focusOutline(page)).not.toMatch(/^none/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    // Focus moves to the new page's heading, so the next Tab continues in the content.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await tabTo(page, (el) => el.tag === 'A' && el.text === 'Log');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Log', exact: true }).waitFor();
    await settled(page);

    // Filter the log with the keyboard.
    await tabTo(page, (el) => el.tag === 'INPUT' || el.tag === 'SELECT');
    await tabTo(page, (el) => el.tag === 'INPUT');
    await page.keyboard.type('auth.login');
    await page.keyboard.press('Enter');
    await page.waitForURL(/action=auth.login/);

    // User menu: open with Enter, close with Escape, then log out.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Min forside' }).waitFor();
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text.includes('Anne Administrator'));
    await page.keyboard.press('Enter');
    await page.getByRole('link', { name: 'Min profil' }).waitFor({ state: 'visible' });
    expect(await page.getByRole('link', { name: 'Min profil' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await page.getByRole('link', { name: 'Min profil' }).isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await tabTo(page, (el) => el.tag === 'BUTTON' && el.text === 'Log af');
    await page.keyboard.press('Enter');
    await page.getByText('Du er nu logget af.').waitFor();
    await context.close();
  });
});
