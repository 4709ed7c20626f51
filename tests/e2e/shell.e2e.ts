import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

async function switchTo(page: Page, name: 'Suomi' | 'Svenska' | 'English') {
  await page.getByRole('button', { name }).click();
}

describe('app shell', () => {
  it('shows the start page in Finnish, Swedish and English with no axe violations', async () => {
    const page = await browser.newPage();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Avoin kunta -työpaja');
    expect(await page.getAttribute('html', 'lang')).toBe('fi');
    await expectNoAxeViolations(page, 'start fi');

    await switchTo(page, 'Svenska');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Avoin kunta-verkstaden');
    expect(await page.title()).toBe('Avoin kunta-verkstaden');
    await expectNoAxeViolations(page, 'start sv');

    await switchTo(page, 'English');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { name: 'What the app does' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'start en');
    await page.close();
  });

  it('remembers the chosen language over a reload', async () => {
    const page = await browser.newPage();
    await switchTo(page, 'Svenska');
    await expect
      .poll(() => page.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed'))
      .toBe('true');
    await page.reload();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    expect(await page.getByRole('button', { name: 'Svenska' }).getAttribute('aria-pressed')).toBe('true');
    await switchTo(page, 'Suomi');
    await page.close();
  });

  it('reaches every control in order with the keyboard alone, starting with the skip link', async () => {
    const page = await browser.newPage();
    const focused: string[] = [];
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press('Tab');
      focused.push(
        await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''),
      );
    }
    expect(focused).toEqual([
      'Siirry sisältöön',
      expect.stringContaining('Avoin kunta -työpaja'),
      'Tarjooma',
      'Suomi',
      'Svenska',
      'English',
      'Uusi arviointi',
      'Avaa tiedosto…',
      'Avaa esimerkkikunta',
      'Saavutettavuusseloste',
    ]);
    // the skip link moves focus into the main content
    for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Siirry sisältöön');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // the accessibility statement opens from the keyboard
    await page.getByRole('link', { name: 'Saavutettavuusseloste' }).focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Saavutettavuusseloste');
    await page.close();
  });

  it('links to the accessibility statement from every page, and the statement passes axe', async () => {
    const page = await browser.newPage();
    for (const path of ['#/', '#/accessibility', '#/no-such-page']) {
      await page.goto(new URL(path, browser.baseURL).toString());
      expect(await page.getByRole('link', { name: 'Saavutettavuusseloste' }).count()).toBe(1);
    }
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Sivua ei löytynyt');
    await expectNoAxeViolations(page, 'not found');
    await page.getByRole('link', { name: 'Saavutettavuusseloste' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Saavutettavuusseloste');
    expect(await page.getByRole('link', { name: 'avoinkunta@coss.fi' }).getAttribute('href')).toBe(
      'mailto:avoinkunta@coss.fi',
    );
    await expectNoAxeViolations(page, 'accessibility statement');
    await page.close();
  });

  it('loads offline after the first visit', async () => {
    const page = await browser.newPage();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller)), { timeout: 15_000 })
      .toBe(true);
    await browser.context.setOffline(true);
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Avoin kunta -työpaja');
    await browser.context.setOffline(false);
    await page.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
