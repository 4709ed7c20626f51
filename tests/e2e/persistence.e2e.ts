// Saving in a real browser: nothing is lost on a reload in the middle of any screen, the library
// survives closing and reopening the browser, two tabs on one assessment see each other's
// changes or are told plainly, undo works by keyboard, and with storage blocked the app keeps
// working in memory, says so, and exports.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

const fixture = resolve('tests/fixtures/files/v1-hameenlinna-2026-03-14.avoinkunta.json');
const demoId = 'demo-esimerkkila';

/** The ids of the assessments stored in this browser's IndexedDB (to know a write has landed). */
function storedIds(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((done) => {
        const request = indexedDB.open('avoin-kunta');
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('library')) return done([]);
          const keys = db.transaction('library').objectStore('library').getAllKeys();
          keys.onsuccess = () => {
            done(
              keys.result
                .map(String)
                .filter((key) => key.startsWith('assessment:'))
                .map((key) => key.slice(11)),
            );
            db.close();
          };
        };
        request.onerror = () => done([]);
      }),
  );
}

/** The stored revision of one assessment (it goes up with every write). */
function storedRev(page: Page, id: string): Promise<number> {
  return page.evaluate(
    (key) =>
      new Promise<number>((done) => {
        const request = indexedDB.open('avoin-kunta');
        request.onsuccess = () => {
          const db = request.result;
          const get = db.transaction('library').objectStore('library').get(key);
          get.onsuccess = () => {
            done((get.result as { rev?: number } | undefined)?.rev ?? 0);
            db.close();
          };
        };
      }),
    `assessment:${id}`,
  );
}

async function openDemo(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Avaa esimerkkikunta' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tulokset' }).waitFor();
}

/** The first question card on the answer screen. */
function card(page: Page, index: number): Locator {
  return page.locator('main article.answer-item').nth(index);
}

/** The level the card's current-level group has checked, by its label. */
async function checkedLevel(page: Page, index: number): Promise<string> {
  const radios = card(page, index).getByRole('radiogroup').first().getByRole('radio');
  for (const radio of await radios.all()) {
    if (await radio.isChecked())
      return (
        (await radio.getAttribute('aria-label')) ??
        (await radio.evaluate((el) => el.closest('label')?.textContent ?? ''))
      );
  }
  return '';
}

/** A level other than the checked one, in the card's current-level group. */
async function otherLevel(page: Page, index: number): Promise<Locator> {
  const radios = await card(page, index).getByRole('radiogroup').first().getByRole('radio').all();
  for (const radio of radios.slice(0, 6)) if (!(await radio.isChecked())) return radio;
  throw new Error('no unchecked level');
}

describe('saving in the browser', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loses nothing on a reload in the middle of the answer, roadmap, results and setup screens', async () => {
    const page = await browser.newPage();
    await openDemo(page);
    const base = `#/a/${demoId}`;

    // answer: change a level and reload at once, before the debounced write would run
    await page.goto(new URL(`${base}/answer`, browser.baseURL).toString());
    await card(page, 0).waitFor();
    const level = await otherLevel(page, 0);
    await level.check();
    const chosen = await checkedLevel(page, 0);
    await page.reload();
    await card(page, 0).waitFor();
    expect(await checkedLevel(page, 0)).toBe(chosen);

    // undo by keyboard and by button (the history lives as long as the page), then reload:
    // what the undo left is what is kept
    await (await otherLevel(page, 0)).check();
    const second = await checkedLevel(page, 0);
    expect(second).not.toBe(chosen);
    await page.locator('main h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => checkedLevel(page, 0)).toBe(chosen);
    await page.getByRole('button', { name: 'Tee uudelleen' }).click();
    await expect.poll(() => checkedLevel(page, 0)).toBe(second);
    await page.getByRole('button', { name: 'Kumoa' }).click();
    await expect.poll(() => checkedLevel(page, 0)).toBe(chosen);
    await page.reload();
    await card(page, 0).waitFor();
    expect(await checkedLevel(page, 0)).toBe(chosen);

    // notes typed and the page reloaded straight away
    const notes = card(page, 0).getByRole('textbox', { name: 'Muistiinpanot' });
    await notes.fill('Kirjoitettu juuri ennen uudelleenlatausta: åäö');
    await page.reload();
    await card(page, 0).waitFor();
    expect(await card(page, 0).getByRole('textbox', { name: 'Muistiinpanot' }).inputValue()).toBe(
      'Kirjoitettu juuri ennen uudelleenlatausta: åäö',
    );

    // roadmap: move a step and reload at once
    await page.goto(new URL(`${base}/roadmap`, browser.baseURL).toString());
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    const move = page.getByRole('button', { name: /^Siirrä kohtaan Seuraavaksi: / }).first();
    const title = ((await move.getAttribute('aria-label')) ?? (await move.innerText())).replace(
      /^Siirrä kohtaan Seuraavaksi: /,
      '',
    );
    await move.click();
    const next = page.getByRole('region', { name: /^Seuraavaksi/ });
    await next.getByRole('article', { name: title, exact: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    await page
      .getByRole('region', { name: /^Seuraavaksi/ })
      .getByRole('article', { name: title, exact: true })
      .waitFor();

    // results: what it shows is computed from what was kept
    await page.goto(new URL(`${base}/results`, browser.baseURL).toString());
    await page.getByRole('heading', { level: 1, name: 'Tulokset' }).waitFor();
    const before = await page.locator('main').innerText();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Tulokset' }).waitFor();
    await expect.poll(() => page.locator('main').innerText()).toBe(before);

    // setup of the existing assessment: change the facilitator, save, reload
    await page.goto(new URL(`${base}/setup`, browser.baseURL).toString());
    const facilitator = page.getByRole('textbox', { name: 'Fasilitaattori' });
    await facilitator.waitFor();
    await facilitator.fill('Uusi Vetäjä');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await page.reload();
    expect(await page.getByRole('textbox', { name: 'Fasilitaattori' }).inputValue()).toBe('Uusi Vetäjä');
    await page.close();
  });

  it('sets a hand-edited entry aside, keeps it, and loads the rest', async () => {
    const page = await browser.newPage();
    await page.getByRole('region', { name: 'Tallennetut arvioinnit' }).getByRole('list').waitFor();
    // someone edits the stored demo by hand (developer tools, a sync tool): an impossible level
    await page.evaluate(
      (key) =>
        new Promise<void>((done, fail) => {
          const request = indexedDB.open('avoin-kunta');
          request.onsuccess = () => {
            const db = request.result;
            const store = db.transaction('library', 'readwrite').objectStore('library');
            const get = store.get(key);
            get.onsuccess = () => {
              const entry = get.result as {
                file: { assessment: { answers: Record<string, { current: unknown }> } };
              };
              const first = Object.values(entry.file.assessment.answers)[0]!;
              first.current = 42;
              store.put(entry, key);
              store.transaction.oncomplete = () => {
                db.close();
                done();
              };
            };
          };
          request.onerror = () => fail(request.error);
        }),
      `assessment:${demoId}`,
    );
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'Vioittuneet tallennukset siirretty sivuun' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Yksi tallennettu arviointi oli vioittunut');
    expect(await notice.innerText()).toContain('42 ei ole taso 0–5');
    await expectNoAxeViolations(page, 'entry set aside');
    // the rest loaded (here, nothing else was stored), and the damaged one can be downloaded as it was
    const library = page.getByRole('region', { name: 'Tallennetut arvioinnit' });
    await library.getByText(/ei ole vielä tallennettuja/).waitFor();
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Lataa tiedostona' }).click();
    const kept = JSON.parse(readFileSync(await (await downloading).path(), 'utf8'));
    expect(kept.file.assessment.id).toBe(demoId);
    await notice.getByRole('button', { name: 'Poista pysyvästi' }).click();
    await notice.waitFor({ state: 'detached' });
    await page.close();
  });

  it('keeps the library when the browser is closed and opened again', async () => {
    const first = await launch();
    const page = await first.newPage();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Avaa tiedosto…' }).click();
    await (await chooser).setFiles(fixture);
    await page.getByRole('group', { name: 'Arviointi avattu' }).waitFor();
    await expect.poll(() => storedIds(page)).toEqual(['3f6c2a9e-8b1d-4c55-9a7e-2d4b6f8e1c03']);
    const profileDir = first.profileDir;
    expect(first.pageErrors).toEqual([]);
    await first.close({ keepProfile: true });

    const second = await launch({ profileDir });
    try {
      const again = await second.newPage();
      const library = again.getByRole('region', { name: 'Tallennetut arvioinnit' });
      await library.getByRole('heading', { level: 3, name: 'Kevään työpaja' }).waitFor();
      expect(await library.getByRole('listitem').count()).toBe(1);
      expect(second.pageErrors).toEqual([]);
      expect(second.foreignRequests).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('two tabs on the same assessment', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the second tab sees the first one’s changes', async () => {
    const first = await browser.newPage();
    await openDemo(first);
    await first.goto(new URL(`#/a/${demoId}/answer`, browser.baseURL).toString());
    await card(first, 0).waitFor();
    const second = await browser.context.newPage();
    second.on('pageerror', (error) => browser.pageErrors.push(error.message));
    await second.goto(new URL(`#/a/${demoId}/answer`, browser.baseURL).toString());
    await card(second, 0).waitFor();

    await (await otherLevel(first, 0)).check();
    const chosen = await checkedLevel(first, 0);
    await expect.poll(() => checkedLevel(second, 0), { timeout: 5000 }).toBe(chosen);
    // and the other way round, with notes
    await card(second, 1).getByRole('textbox', { name: 'Muistiinpanot' }).fill('Toisesta välilehdestä');
    await expect
      .poll(() => card(first, 1).getByRole('textbox', { name: 'Muistiinpanot' }).inputValue(), {
        timeout: 5000,
      })
      .toBe('Toisesta välilehdestä');
    await second.close();
    await first.close();
  });

  it('a tab that could not hear the other is told plainly, and nothing is overwritten', async () => {
    const first = await browser.newPage(`#/a/${demoId}/answer`);
    await card(first, 0).waitFor();
    // the second tab has no BroadcastChannel (as in some embedded browsers): it learns of the
    // other tab's write only when its own write finds a newer revision
    const deaf = await browser.context.newPage();
    deaf.on('pageerror', (error) => browser.pageErrors.push(error.message));
    await deaf.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
    await deaf.goto(new URL(`#/a/${demoId}/answer`, browser.baseURL).toString());
    await card(deaf, 0).waitFor();

    const revBefore = await storedRev(first, demoId);
    await card(first, 2)
      .getByRole('textbox', { name: 'Muistiinpanot' })
      .fill('Ensimmäisen välilehden muutos');
    // written and announced, but the second tab does not hear
    await expect.poll(() => storedRev(first, demoId)).toBeGreaterThan(revBefore);
    await card(deaf, 3).getByRole('textbox', { name: 'Muistiinpanot' }).fill('Toisen välilehden muutos');

    const notice = deaf.getByRole('alert').filter({ hasText: 'Arviointia muutettiin toisessa välilehdessä' });
    await notice.waitFor({ timeout: 5000 });
    expect(await notice.innerText()).toContain('Mitään ei ole korvattu.');
    await expectNoAxeViolations(deaf, 'conflict notice');
    // the first tab's change is still what is stored
    await first.reload();
    await card(first, 2).waitFor();
    expect(await card(first, 2).getByRole('textbox', { name: 'Muistiinpanot' }).inputValue()).toBe(
      'Ensimmäisen välilehden muutos',
    );
    // keep both: the second tab's work becomes a copy beside the first tab's version
    await notice.getByRole('button', { name: 'Säilytä molemmat (omani kopiona)' }).click();
    await notice.waitFor({ state: 'detached' });
    await deaf.goto(new URL('#/', browser.baseURL).toString());
    const headings = deaf
      .getByRole('region', { name: 'Tallennetut arvioinnit' })
      .getByRole('heading', { level: 3 });
    await headings.first().waitFor();
    const names = await headings.allTextContents();
    expect(names.some((name) => name.endsWith('(kopio)'))).toBe(true);
    expect(names.length).toBe(2);
    await deaf.close();
    await first.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('recently deleted', () => {
  let browser: TestBrowser;
  const shots = resolve('.tmp/shots-library');

  beforeAll(async () => {
    browser = await launch();
    mkdirSync(shots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps a deleted assessment over a reload, restores it with focus on it, and deletes for good only when confirmed', async () => {
    const page = await browser.newPage();
    await openDemo(page);
    await page.goto(new URL('#/', browser.baseURL).toString());
    const library = page.getByRole('region', { name: 'Tallennetut arvioinnit' });
    const card = library.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await card.first().waitFor();
    const name = (await card.first().getByRole('heading', { level: 3 }).innerText()).trim();

    // delete: the toast offers undo and says where it can be restored from
    await library.getByRole('button', { name: `Poista: ${name}` }).click();
    const toast = page.getByRole('status').filter({ hasText: 'poistettiin' });
    await toast.getByText('Voit palauttaa sen Poistetuista 30 päivän ajan.').waitFor();
    await expect.poll(() => storedIds(page)).toEqual([]);
    await page.reload();

    // after a reload it is in "Poistetut", collapsed with the count
    const summary = library.getByText('Poistetut (1)');
    await summary.waitFor();
    await library.getByText(/ei ole vielä tallennettuja/).waitFor();
    await summary.click();
    const restore = library.getByRole('button', { name: `Palauta: ${name}` });
    await restore.waitFor();
    await expectNoAxeViolations(page, 'recently deleted open');
    await page.screenshot({ path: resolve(shots, 'deleted-open.png'), fullPage: true });

    await restore.click();
    const heading = library.getByRole('heading', { level: 3, name });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement)).toBe(true);
    await library.getByText(`Arviointi ”${name}” palautettiin.`).waitFor();
    await expect.poll(() => storedIds(page)).toEqual([demoId]);
    expect(await library.getByText(/^Poistetut/).count()).toBe(0);
    await expectNoAxeViolations(page, 'restored');
    await page.screenshot({ path: resolve(shots, 'restored.png') });

    // delete again, then for good: asked first, naming it; Peruuta keeps it
    await library.getByRole('button', { name: `Poista: ${name}` }).click();
    await library.getByText('Poistetut (1)').click();
    await library.getByRole('button', { name: `Poista pysyvästi: ${name}` }).click();
    const confirm = library.getByRole('group', { name: `Poistetaanko ”${name}” pysyvästi?` });
    await confirm.waitFor();
    await expectNoAxeViolations(page, 'confirm delete for good');
    await page.screenshot({ path: resolve(shots, 'confirm-forever.png') });
    await confirm.getByRole('button', { name: 'Peruuta' }).click();
    await confirm.waitFor({ state: 'detached' });
    await library.getByRole('button', { name: `Poista pysyvästi: ${name}` }).click();
    await confirm.getByRole('button', { name: 'Poista pysyvästi' }).click();
    await library.getByText(`Arviointi ”${name}” poistettiin pysyvästi.`).waitFor();
    expect(await library.getByText(/^Poistetut/).count()).toBe(0);
    await page.reload();
    await library.getByText(/ei ole vielä tallennettuja/).waitFor();
    expect(await library.getByText(/^Poistetut/).count()).toBe(0);
    await page.close();
  });

  it('a deletion in one tab shows in the other at once, and so does its restore', async () => {
    const first = await browser.newPage();
    await openDemo(first);
    await first.goto(new URL('#/', browser.baseURL).toString());
    const second = await browser.context.newPage();
    second.on('pageerror', (error) => browser.pageErrors.push(error.message));
    await second.goto(new URL('#/', browser.baseURL).toString());
    const firstLibrary = first.getByRole('region', { name: 'Tallennetut arvioinnit' });
    const secondLibrary = second.getByRole('region', { name: 'Tallennetut arvioinnit' });
    const heading = secondLibrary.getByRole('heading', { level: 3 });
    await heading.first().waitFor();
    const name = (await heading.first().innerText()).trim();

    await firstLibrary.getByRole('button', { name: `Poista: ${name}` }).click();
    await secondLibrary.getByText('Poistetut (1)').waitFor({ timeout: 5000 });
    expect(await secondLibrary.getByRole('heading', { level: 3, name }).count()).toBe(0);

    await secondLibrary.getByText('Poistetut (1)').click();
    await secondLibrary.getByRole('button', { name: `Palauta: ${name}` }).click();
    await firstLibrary.getByRole('heading', { level: 3, name }).waitFor({ timeout: 5000 });
    await expect.poll(() => firstLibrary.getByText(/^Poistetut/).count(), { timeout: 5000 }).toBe(0);
    await second.close();
    await first.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});

describe('storage blocked', () => {
  let browser: TestBrowser;

  beforeAll(async () => {
    browser = await launch();
    // as in a locked-down or private profile: touching either storage throws
    await browser.context.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Object.defineProperty(window, 'indexedDB', { get: blocked, configurable: true });
      Object.defineProperty(window, 'localStorage', { get: blocked, configurable: true });
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('keeps working in memory, says so on every screen, and exports', async () => {
    const page = await browser.newPage();
    const notice = page.getByRole('alert').filter({ hasText: 'Muutoksia ei tallenneta' });
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Vie arviointi tiedostoon, jotta työsi ei katoa.');
    await expectNoAxeViolations(page, 'storage blocked, start page');

    // the language still switches (its preference cannot be stored, and that is fine)
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('sv');
    await page.getByRole('alert').filter({ hasText: 'Ändringarna sparas inte' }).waitFor();
    await page.getByRole('button', { name: 'Suomi' }).click();

    await openDemo(page);
    await page.goto(new URL(`#/a/${demoId}/answer`, browser.baseURL).toString());
    await card(page, 0).waitFor();
    await card(page, 0)
      .getByRole('textbox', { name: 'Muistiinpanot' })
      .fill('Tehty muistissa, viety tiedostoon');
    expect(await notice.isVisible()).toBe(true);

    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: /^Vie ”Esimerkkilä/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(
      /^esimerkkila-esimerkki-\d{4}-\d{2}-\d{2}\.avoinkunta\.json$/,
    );
    const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(file.type).toBe('avoin-kunta-assessment');
    expect(file.assessment.id).toBe(demoId);
    // the export carries the change made in memory
    const notes = Object.values(file.assessment.answers as Record<string, { notes: string }>).map(
      (a) => a.notes,
    );
    expect(notes).toContain('Tehty muistissa, viety tiedostoon');
    await expectNoAxeViolations(page, 'storage blocked, answer screen');
    await page.close();
  });

  it('throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
