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

/** What has focus, as a person would describe it: its role-ish tag and its label or text. */
function focused(page: Page): Promise<{ tag: string; id: string; text: string }> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      // without the decorative "+", "↑" and "↓" that screen readers do not hear
      text: (element?.textContent || (element as HTMLInputElement | null)?.value || '')
        .replace(/^[^\p{L}]+/u, '')
        .replace(/\s+/g, ' ')
        .trim(),
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element's text (or, with `{ id }`, its id) matches,
 * as a keyboard user would.
 */
async function tabTo(
  page: Page,
  target: string | { id: string },
  { back = false, max = 60 } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (typeof target === 'string' ? now.text === target : now.id === target.id) return;
  }
  throw new Error(`could not reach ${JSON.stringify(target)} with the keyboard`);
}

function summaryLinks(page: Page): Promise<string[]> {
  return page.getByRole('alert').getByRole('link').allInnerTexts();
}

async function participantNames(page: Page): Promise<string[]> {
  return page
    .getByRole('region', { name: 'Osallistujat' })
    .getByRole('textbox', { name: 'Nimi' })
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('setup of a new assessment', () => {
  // the second test goes on in the same tab: keeping assessments over a reload is another test's job
  let page: Page;

  it('is created by keyboard alone: errors first, then fixed, then saved', async () => {
    page = await browser.newPage('#/new');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Uusi arviointi');
    expect(await page.title()).toBe('Uusi arviointi – Avoin kunta -työpaja');
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).waitFor();

    // submitting at once: the error summary appears, takes focus and lists what is missing
    await tabTo(page, 'Luo arviointi ja aloita');
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert');
    await summary.waitFor();
    expect(await summary.getByRole('heading').textContent()).toBe('Korjaa nämä kohdat');
    expect(await summaryLinks(page)).toEqual(['Valitse kunta listasta.', 'Kirjoita fasilitaattorin nimi.']);
    expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
    const municipality = page.getByRole('combobox', { name: 'Kunta' });
    expect(await municipality.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'setup with errors');

    // the first link takes focus to the municipality, found by its Swedish name
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Valitse kunta listasta.');
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('municipality');
    expect(page.url()).toMatch(/#\/new$/);
    await page.keyboard.type('helsingfors');
    const listbox = page.getByRole('listbox', { name: 'Kunta' });
    await listbox.waitFor();
    expect(await listbox.getByRole('option').allInnerTexts()).toEqual([
      expect.stringContaining('Helsinki (Helsingfors)'),
    ]);
    await expectNoAxeViolations(page, 'municipality list open');
    await page.keyboard.press('ArrowDown');
    const activeId = await municipality.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${activeId}"]`).innerText()).toContain('Helsinki');
    await page.keyboard.press('Enter');
    expect(await municipality.inputValue()).toBe('Helsinki (Helsingfors)');
    await expect.poll(() => summaryLinks(page)).toEqual(['Kirjoita fasilitaattorin nimi.']);
    expect(await municipality.getAttribute('aria-invalid')).toBeNull();

    // back to the summary and on to the facilitator
    await tabTo(page, 'Kirjoita fasilitaattorin nimi.', { back: true });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('facilitator');
    await page.keyboard.type('Fanni Fasilitaattori');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);

    // participants: add two, then move the second up
    await tabTo(page, 'Lisää osallistuja');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Maija Meikäläinen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tietohallinto');
    await tabTo(page, 'Lisää osallistuja');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Matti Meikäläinen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Hankinnat');
    await tabTo(page, 'Siirrä ylös: osallistuja 2, Matti Meikäläinen');
    await page.keyboard.press('Enter');
    expect(await participantNames(page)).toEqual(['Matti Meikäläinen', 'Maija Meikäläinen']);

    // scope: the quick set, and its shorter estimate
    const estimate = page.getByRole('status').filter({ hasText: 'Arvioitu kesto' });
    const fullEstimate = await estimate.innerText();
    // the radio group is one Tab stop, at the chosen set; the arrow keys choose another
    await tabTo(page, { id: 'profile-full' });
    await page.keyboard.press('ArrowUp');
    expect(await page.getByRole('radio', { name: 'Pikakartoitus' }).isChecked()).toBe(true);
    await expect.poll(() => estimate.innerText()).not.toBe(fullEstimate);
    expect(await estimate.innerText()).toContain('1,25 min');
    await expectNoAxeViolations(page, 'setup filled in');

    await tabTo(page, 'Luo arviointi ja aloita');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/a\/[0-9a-f-]{36}\/answer$/);
    expect(await page.locator('.assessment-municipality').innerText()).toBe('Helsinki');
  });

  it('edits the setup of that assessment, prefilled, and says it saved', async () => {
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Perustiedot/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toMatch(/#\/a\/[0-9a-f-]{36}\/setup$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Perustiedot');
    const municipality = page.getByRole('combobox', { name: 'Kunta' });
    await municipality.waitFor();
    expect(await municipality.inputValue()).toBe('Helsinki (Helsingfors)');
    expect(await page.getByRole('textbox', { name: 'Fasilitaattori' }).inputValue()).toBe(
      'Fanni Fasilitaattori',
    );
    expect(await participantNames(page)).toEqual(['Matti Meikäläinen', 'Maija Meikäläinen']);
    expect(await page.getByRole('radio', { name: 'Pikakartoitus' }).isChecked()).toBe(true);

    // change the municipality to Espoo by its code, and save
    await municipality.focus();
    await page.keyboard.press('Escape'); // clears the text (the list is closed)
    await page.keyboard.type('049');
    await page.keyboard.press('Enter');
    expect(await municipality.inputValue()).toBe('Espoo (Esbo)');

    // the date is written as in Finland, whatever the browser's language; a short year is explained
    const date = page.getByRole('textbox', { name: 'Arvioinnin päivä' });
    await date.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1.2.27');
    await tabTo(page, 'Tallenna muutokset', { max: 80 });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => summaryLinks(page))
      .toEqual(['Kirjoita päivä muodossa pp.kk.vvvv, esimerkiksi 26.11.2026.']);
    await tabTo(page, 'Kirjoita päivä muodossa pp.kk.vvvv, esimerkiksi 26.11.2026.', { back: true });
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('date');
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('2027');
    expect(await date.inputValue()).toBe('1.2.2027');
    await tabTo(page, 'Tallenna muutokset', { max: 80 });
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Muutokset tallennettu.' }).count())
      .toBe(1);
    expect(await page.locator('.assessment-municipality').innerText()).toBe('Espoo');
    expect(await date.inputValue()).toBe('1.2.2027');
    await expectNoAxeViolations(page, 'setup saved');
    await page.close();
  });

  it('works at 360 px wide, errors shown, and in Swedish', async () => {
    page = await browser.newPage('#/new');
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ny bedömning');
    await page.getByRole('button', { name: 'Skapa bedömningen och börja' }).click();
    await page.getByRole('alert').waitFor();
    expect(await summaryLinks(page)).toEqual(['Välj en kommun i listan.', 'Skriv facilitatorns namn.']);
    expect(await noHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'setup sv 360 px with errors');
    await page.getByRole('combobox', { name: 'Kommun' }).fill('helsinki');
    expect(
      await page.getByRole('listbox', { name: 'Kommun' }).getByRole('option').first().innerText(),
    ).toContain('Helsingfors (Helsinki)');
    expect(await noHorizontalScroll(page)).toBe(true);
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
