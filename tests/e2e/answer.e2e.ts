import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

let browser: TestBrowser;
let page: Page;
let answerBase = '';

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** The text of the element that has focus, or its accessible label. */
function focused(p: Page): Promise<string> {
  return p.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy) {
      return labelledBy
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    }
    return element.innerText?.trim() || element.getAttribute('aria-label') || element.tagName;
  });
}

/** The question card whose heading is the n-th (from 0) on the page. */
function card(p: Page, index: number): Locator {
  return p.locator('main article.answer-item').nth(index);
}

async function questionOf(p: Page, index: number): Promise<string> {
  return (await card(p, index).getByRole('heading', { level: 3 }).textContent()) ?? '';
}

// axe over a section of 29 full cards takes tens of seconds on a busy machine
describe('answer screen', { timeout: 180_000 }, () => {
  it('opens after the setup of a new assessment, in the first section', async () => {
    page = await browser.newPage('#/new');
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).waitFor();
    await page.getByRole('combobox', { name: 'Kunta' }).fill('Espoo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Fasilitaattori' }).fill('Fanni Fasilitaattori');
    // scope: land use only, strategy and development projects, the full set
    const areas = page.getByRole('group', { name: 'Palvelualueet' });
    for (const box of await areas.getByRole('checkbox').all()) {
      if ((await box.getAttribute('value')) !== 'land-use') await box.uncheck();
    }
    await page.getByRole('checkbox', { name: 'Tuotanto ja tuki' }).uncheck();
    await page.getByRole('radio', { name: 'Laaja arviointi' }).check();
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();

    // the screen loads on demand; the address then names the section it opened
    await page.getByRole('heading', { level: 2, name: 'Strategia: Koko kunta' }).waitFor();
    await expect.poll(() => page.url()).toMatch(/#\/a\/[^/]+\/answer\/strategy\.general$/);
    answerBase = page.url().replace(/\/strategy\.general$/, '');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Arviointi');
    expect(await page.title()).toBe('Strategia: Koko kunta – Arviointi – Avoin kunta -työpaja');

    const nav = page.getByRole('navigation', { name: 'Arvioinnin osiot' });
    // on a wide screen the sections stand beside the questions, with no button to fold them
    expect(await nav.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^Osiot:/ }).isVisible()).toBe(false);
    expect(await nav.getByRole('heading').allTextContents()).toEqual(['Strategia', 'Kehitysprojektit']);
    const current = nav.locator('[aria-current="step"]');
    expect(await current.getAttribute('href')).toMatch(/\/answer\/strategy\.general$/);
    expect(await current.innerText()).toContain('0/29');
    // the first cards come at once, the rest right after them
    await expect.poll(() => page.locator('main article.answer-item').count()).toBe(29);
    // the frame's save indicator tells that changes are kept in this browser
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /Tallennettu/ })
        .count(),
    ).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'answer fi');
  });

  it('shows the descriptors and saves a click at once, with a quiet indicator and progress', async () => {
    const first = card(page, 0);
    const question = await questionOf(page, 0);
    expect(question).toContain('avoimen lähdekoodin linjaus');
    const group = first.getByRole('radiogroup', { name: `${question} Nykyinen taso` });
    expect(await group.getByRole('radio').count()).toBe(8);
    // every descriptor is on screen, not in a tooltip
    for (const description of await group.locator('.level-option-description').all()) {
      expect(await description.isVisible()).toBe(true);
    }
    await group.getByText('Määritelty').click();
    expect(await group.getByRole('radio', { name: '3 Määritelty' }).isChecked()).toBe(true);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /Tallennettu klo/ })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.locator('[aria-current="step"]').innerText()).toContain('1/29');
    expect(await page.locator('.answer-section-progress').textContent()).toBe('1/29 vastattu');
  });

  it('answers with the keyboard: digits, J/K, U, and the help dialog', async () => {
    await card(page, 0).getByRole('radio', { name: '3 Määritelty' }).focus();
    await page.keyboard.press('j');
    // focus sits on the second item's level group
    expect(
      await page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h3')?.textContent),
    ).toBe(await questionOf(page, 1));
    await page.keyboard.press('4');
    expect(await card(page, 1).getByRole('radio', { name: /^4 / }).isChecked()).toBe(true);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('4');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('3');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('n');
    expect(await card(page, 1).getByRole('radio', { name: 'Ei koske kuntaa' }).isChecked()).toBe(true);
    await page.keyboard.press('d');
    expect(await card(page, 1).getByRole('radio', { name: 'En osaa sanoa' }).isChecked()).toBe(true);
    // U: the next unanswered item is the third
    await page.keyboard.press('u');
    expect(
      await page.evaluate(() => document.activeElement?.closest('article')?.querySelector('h3')?.textContent),
    ).toBe(await questionOf(page, 2));
    // the focused item is scrolled into view
    expect(
      await card(page, 2)
        .boundingBox()
        .then((box) => box !== null && box.y >= -1 && box.y < 900),
    ).toBe(true);

    // digits typed in the notes stay text
    const notes = card(page, 2).getByRole('textbox', { name: 'Muistiinpanot' });
    await notes.fill('');
    await notes.pressSequentially('Katso 2 j u');
    expect(await notes.inputValue()).toBe('Katso 2 j u');
    expect(await card(page, 2).locator('input[data-level-option]:checked').count()).toBe(0);

    // the help dialog: opened with ?, focus kept inside, closed with Escape, focus returned
    await card(page, 2).getByRole('radio', { name: /^1 / }).focus();
    await page.keyboard.press('Shift+?');
    const dialog = page.getByRole('dialog', { name: 'Pikanäppäimet' });
    await dialog.waitFor();
    expect(await dialog.getByRole('row').count()).toBe(8);
    expect(
      await dialog
        .getByRole('cell', { name: 'Seuraava vastaamaton kysymys, tarvittaessa toisesta osiosta' })
        .count(),
    ).toBe(1);
    await expectNoAxeViolations(page, 'shortcut help open');
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(
        await page.evaluate(
          () =>
            Boolean(document.activeElement?.closest('dialog')) || document.activeElement === document.body,
        ),
      ).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('1');
    expect(await card(page, 2).locator('input[data-level-option]:checked').count()).toBe(0);
  });

  it('records target, confidence and evidence, with errors in Finnish', async () => {
    const item = card(page, 0);
    await item.getByRole('combobox', { name: 'Tavoitetaso' }).selectOption('1');
    expect(await item.getByText('Huomaa: tavoitetaso 1 on alempi kuin nykyinen taso 3.').isVisible()).toBe(
      true,
    );
    await item.getByRole('combobox', { name: 'Tavoitetaso' }).selectOption('5');
    expect(await item.getByText(/on alempi kuin nykyinen taso/).count()).toBe(0);
    await item.getByRole('radio', { name: 'Korkea' }).check();

    const input = item.getByRole('textbox', { name: 'Uuden linkin osoite' });
    await input.fill('javascript:alert(1)');
    await item.getByRole('button', { name: 'Lisää linkki' }).click();
    const error = item.getByText('Vain http- ja https-alkuiset osoitteet käyvät.');
    expect(await error.isVisible()).toBe(true);
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'evidence error');
    await input.fill('https://www.espoo.fi/avoin-lahdekoodi');
    await input.press('Enter');
    const link = item.getByRole('link', { name: 'https://www.espoo.fi/avoin-lahdekoodi' });
    expect(await link.getAttribute('href')).toBe('https://www.espoo.fi/avoin-lahdekoodi');
    expect(await error.count()).toBe(0);
    await item.getByRole('button', { name: 'Poista linkki https://www.espoo.fi/avoin-lahdekoodi' }).click();
    expect(await link.count()).toBe(0);
  });

  it('moves between sections with the buttons and the stepper, focusing the section heading', async () => {
    await page.getByRole('link', { name: /Seuraava osio/ }).click();
    await expect.poll(() => page.url()).toBe(`${answerBase}/development.general`);
    await expect.poll(() => focused(page)).toBe('Kehitysprojektit: Koko kunta');
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('0/11');
    await page.getByRole('link', { name: /^Maankäyttö 0\/9 vastattu/ }).click();
    await expect.poll(() => focused(page)).toBe('Kehitysprojektit: Maankäyttö');
    // the last section leads on to the results
    expect(await page.getByRole('link', { name: /Siirry tuloksiin/ }).getAttribute('href')).toMatch(
      /\/results$/,
    );
    await page.getByRole('link', { name: /Edellinen osio/ }).click();
    await expect.poll(() => focused(page)).toBe('Kehitysprojektit: Koko kunta');
    // the first section shows what was recorded there
    await page.getByRole('link', { name: /^Koko kunta 2\/29 vastattu/ }).click();
    await expect.poll(() => focused(page)).toBe('Strategia: Koko kunta');
    expect(await card(page, 0).getByRole('radio', { name: '3 Määritelty' }).isChecked()).toBe(true);
  });

  it('opens a section of 29 items: the first cards at once, every card right after', async () => {
    // from the click on a stepper link until painted: rough figures for docs/benchmarks
    await page.goto(`${answerBase}/development.land-use`);
    await page.getByRole('heading', { level: 2, name: 'Kehitysprojektit: Maankäyttö' }).waitFor();
    const figures = await page.evaluate(async () => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) =>
        a.href.endsWith('/strategy.general'),
      );
      if (!link) return null;
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      const cards = () => document.querySelectorAll('article.answer-item');
      const title = () => document.querySelector('h2.answer-section-title')?.textContent;
      const start = performance.now();
      link.click();
      while (title() !== 'Strategia: Koko kunta') await frame();
      const first = { ms: performance.now() - start, cards: cards().length };
      const pagerWithFirst = document.querySelector('.answer-pager') !== null;
      while (cards().length !== 29) await frame();
      return { first, all: performance.now() - start, pagerWithFirst };
    });
    expect(figures).not.toBeNull();
    console.info(
      `answer section with 29 items: first ${figures!.first.cards} cards painted in ${figures!.first.ms.toFixed(1)} ms, all 29 in ${figures!.all.toFixed(1)} ms`,
    );
    // the heading came with a few cards, not all of them, and the buttons after the cards wait for the last one
    expect(figures!.first.cards).toBeGreaterThan(0);
    expect(figures!.first.cards).toBeLessThan(29);
    expect(figures!.pagerWithFirst).toBe(false);
    expect(figures!.all).toBeLessThan(3000);
    expect(await page.locator('.answer-pager').count()).toBe(1);
    // find-in-page and the tab order see every card, in order
    expect(await card(page, 28).getByRole('heading', { level: 3 }).textContent()).toBeTruthy();
  });

  it('reaches a card not rendered yet: U goes to it at once', async () => {
    await page.goto(`${answerBase}/development.land-use`);
    await page.getByRole('heading', { level: 2, name: 'Kehitysprojektit: Maankäyttö' }).waitFor();
    // answer the first 20 items of the large section, then come back to it from elsewhere
    await page.goto(`${answerBase}/strategy.general`);
    await expect.poll(() => page.locator('main article.answer-item').count()).toBe(29);
    for (let index = 0; index < 20; index++) {
      await card(page, index).locator('input[data-level-option]').first().focus();
      await page.keyboard.press('2');
    }
    await page.getByRole('link', { name: /^Maankäyttö 0\/9 vastattu/ }).click();
    await expect.poll(() => focused(page)).toBe('Kehitysprojektit: Maankäyttö');
    // back to the large section, and "next unanswered" as soon as its first cards are there
    const reached = await page.evaluate(async () => {
      const link = [...document.querySelectorAll<HTMLAnchorElement>('nav a')].find((a) =>
        a.href.endsWith('/strategy.general'),
      );
      link?.click();
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      while (document.querySelector('h2.answer-section-title')?.textContent !== 'Strategia: Koko kunta') {
        await frame();
      }
      const before = document.querySelectorAll('article.answer-item').length;
      const button = [...document.querySelectorAll('button')].find((b) =>
        b.textContent?.startsWith('Seuraava vastaamaton'),
      );
      button?.click();
      return {
        before,
        after: document.querySelectorAll('article.answer-item').length,
        focused: document.activeElement?.closest('article')?.querySelector('.answer-item-meta span')
          ?.textContent,
      };
    });
    expect(reached.before).toBeLessThan(21);
    expect(reached.after).toBeGreaterThanOrEqual(21);
    expect(reached.focused).toBe('Kysymys 21/29');
    // and the rest of the section follows
    await expect.poll(() => page.locator('main article.answer-item').count()).toBe(29);
  });

  it('works at 360 px: the sections fold behind a button', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    const toggle = page.getByRole('button', { name: /^Osiot: \d+\/49 vastattu$/ });
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('navigation', { name: 'Arvioinnin osiot' }).isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByRole('navigation', { name: 'Arvioinnin osiot' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'answer 360 px, sections open');
    // nothing is wider than the screen
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByRole('link', { name: /^Maankäyttö 0\/9 vastattu/ }).click();
    await expect.poll(() => focused(page)).toBe('Kehitysprojektit: Maankäyttö');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('speaks Swedish', async () => {
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 2, name: 'Utvecklingsprojekt: Markanvändning' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Bedömning');
    expect(await card(page, 0).getByRole('radio', { name: '3 Definierad' }).count()).toBe(1);
    expect(await card(page, 0).getByRole('radio', { name: 'Gäller inte kommunen' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'answer sv');
    await page.getByRole('button', { name: 'Suomi' }).click();
  });

  it('says so with a link to the results when U finds nothing left, and aligns the last buttons', async () => {
    const quick = await browser.newPage('#/new');
    await quick.getByRole('button', { name: 'Luo arviointi ja aloita' }).waitFor();
    await quick.getByRole('combobox', { name: 'Kunta' }).fill('Vantaa');
    await quick.keyboard.press('ArrowDown');
    await quick.keyboard.press('Enter');
    await quick.getByRole('textbox', { name: 'Fasilitaattori' }).fill('Fanni Fasilitaattori');
    for (const box of await quick.getByRole('group', { name: 'Palvelualueet' }).getByRole('checkbox').all()) {
      if ((await box.getAttribute('value')) !== 'land-use') await box.uncheck();
    }
    await quick.getByRole('checkbox', { name: 'Tuotanto ja tuki' }).uncheck();
    await quick.getByRole('radio', { name: 'Pikakartoitus' }).check();
    await quick.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();
    await quick.getByRole('heading', { level: 2, name: /^Strategia:/ }).waitFor();

    // answer everything, section by section, with the digit shortcut
    const nav = quick.getByRole('navigation', { name: 'Arvioinnin osiot' });
    const hrefs = await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) {
      await quick.goto(new URL(href!, quick.url()).toString());
      await quick.locator('.answer-pager').waitFor();
      for (const item of await quick.locator('main article.answer-item').all()) {
        await item.locator('input[data-level-option]').first().focus();
        await quick.keyboard.press('3');
      }
    }
    const total = await quick.locator('.answer-nav-toggle').innerText();
    expect(total).toMatch(/^Osiot: (\d+)\/\1 vastattu/);

    // U: a note at the top of the section, its link to the results focused
    await quick.keyboard.press('u');
    const note = quick.locator('.answer-done-note');
    await note.waitFor();
    expect(await note.innerText()).toMatch(/Kaikkiin kysymyksiin on vastattu\.\s+Siirry tuloksiin/);
    expect(await focused(quick)).toMatch(/^Siirry tuloksiin/);
    expect(await quick.evaluate(() => document.activeElement?.getAttribute('href'))).toMatch(/\/results$/);
    const box = await note.boundingBox();
    expect(box !== null && box.y >= 0 && box.y < 900).toBe(true);
    await quick.screenshot({ path: '.tmp/answer2/u-when-done.png' });
    await expectNoAxeViolations(quick, 'answer, all answered note');

    // the last section ends with "previous" (two lines) and "to the results" (one): text centred in both
    expect(quick.url()).toBe(new URL(hrefs.at(-1)!, quick.url()).toString());
    const pager = quick.locator('.answer-pager');
    await pager.scrollIntoViewIfNeeded();
    // parts that skip rendering off screen (content-visibility) are painted in the frames after a jump
    await quick.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await quick.screenshot({ path: '.tmp/answer2/last-section-bottom.png' });
    const middles = await pager.locator('a.answer-btn').evaluateAll((links) =>
      links.map((link) => {
        const outer = link.getBoundingClientRect();
        const texts = [...link.children].map((child) => child.getBoundingClientRect());
        const top = Math.min(...texts.map((r) => r.top));
        const bottom = Math.max(...texts.map((r) => r.bottom));
        return { box: outer.top + outer.height / 2, text: (top + bottom) / 2, height: outer.height };
      }),
    );
    expect(middles).toHaveLength(2);
    for (const { box, text } of middles) expect(Math.abs(box - text)).toBeLessThan(2);
    await quick.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
