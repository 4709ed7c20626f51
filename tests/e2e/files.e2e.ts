// Files in a real browser: open an assessment file by the picker and by dropping it on the start
// page, refuse a broken one with its message and nothing changed, export the file and re-open it
// to an identical assessment, export the answers as CSV that Excel reads with the right letters,
// and the keep-both / replace (with undo) choice when the same assessment is opened again.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

const fixture = resolve('tests/fixtures/files/v1-hameenlinna-2026-03-14.avoinkunta.json');
const older = resolve('tests/fixtures/files/v1-older-questionnaire.avoinkunta.json');
const broken = resolve('tests/fixtures/invalid/level-out-of-range.avoinkunta.json');

let browser: TestBrowser;

beforeAll(async () => {
  browser = await launch();
  mkdirSync(resolve('.tmp/shots-library'), { recursive: true });
});

afterAll(async () => {
  await browser?.close();
});

/** Opens a file through the "Avaa tiedosto…" button and the browser's file chooser. */
async function pick(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Avaa tiedosto…' }).click();
  await (await chooser).setFiles(path);
}

/** Drops a file on the start page the way a drag from the file manager does. */
async function drop(page: Page, name: string, content: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ([fileName, text]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], fileName, { type: 'application/json' }));
      return transfer;
    },
    [name, content] as const,
  );
  await page.dispatchEvent('main', 'dragenter', { dataTransfer });
  await page.dispatchEvent('main', 'dragover', { dataTransfer });
  // while a file is held over the page, the page says what dropping does
  expect(await page.getByText('Pudota tiedosto avataksesi sen').isVisible()).toBe(true);
  await page.dispatchEvent('main', 'drop', { dataTransfer });
}

async function text(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** The assessments in the library list, by heading. */
async function libraryNames(page: Page): Promise<string[]> {
  const library = page.getByRole('region', { name: 'Tallennetut arvioinnit' });
  // the list shows once the stored library has loaded: either items or the empty-library text
  await library
    .getByRole('list')
    .or(library.getByText(/ei ole vielä tallennettuja/))
    .first()
    .waitFor();
  return library.getByRole('heading', { level: 3 }).allTextContents();
}

describe('assessment files', () => {
  it('opens a file picked with the file chooser, and lists it in the library', async () => {
    const page = await browser.newPage();
    await page
      .getByRole('region', { name: 'Tallennetut arvioinnit' })
      .getByText(/ei ole vielä tallennettuja/)
      .waitFor();
    await expectNoAxeViolations(page, 'start page, empty library');
    await pick(page, fixture);
    const outcome = page.getByRole('group', { name: 'Arviointi avattu' });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain(
      'Arviointi ”Kevään työpaja” avattiin tiedostosta ja tallennettiin kirjastoon.',
    );
    // focus lands on the outcome, so a keyboard user continues from there
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe(
      'start-feedback-title',
    );
    expect(await libraryNames(page)).toEqual(['Kevään työpaja']);
    await expectNoAxeViolations(page, 'file opened');
    await outcome.getByRole('link', { name: 'Avaa arviointi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arviointi' }).waitFor();
    expect(page.url()).toMatch(/#\/a\/3f6c2a9e-8b1d-4c55-9a7e-2d4b6f8e1c03\/answer/);
    await page.close();
  });

  it('refuses a broken file with what and where, and changes nothing', async () => {
    const page = await browser.newPage();
    const before = await libraryNames(page);
    await pick(page, broken);
    const refusal = page.getByRole('group', {
      name: 'Tiedostoa ”level-out-of-range.avoinkunta.json” ei voitu avata',
    });
    await refusal.waitFor();
    const shown = await refusal.innerText();
    expect(shown).toContain("assessment.answers['open-source.general.policy'].current: 7 ei ole taso 0–5");
    expect(shown).toContain('Mitään ei muutettu');
    await expectNoAxeViolations(page, 'file refused');
    expect(await libraryNames(page)).toEqual(before);
    await page.reload();
    expect(await libraryNames(page)).toEqual(before);
    await page.close();
  });

  it('opens a file dropped on the start page, and refuses a dropped non-file the same way', async () => {
    const page = await browser.newPage();
    await drop(page, 'pudotettu.avoinkunta.json', readFileSync(older, 'utf8'));
    const outcome = page.getByRole('group', { name: 'Arviointi avattu' });
    await outcome.waitFor();
    const shown = await outcome.innerText();
    // made with an older questionnaire: opens, and says which answered items no longer map
    expect(shown).toContain('Arviointi on tehty kysymyssarjan versiolla 0.9.0');
    expect(shown).toContain('Kohdat, joita nykyisessä kysymyssarjassa ei enää ole');
    expect(shown).toContain('open-data.general.legacy-portal-survey');
    await expectNoAxeViolations(page, 'older questionnaire opened');
    expect(await libraryNames(page)).toContain('Vuoden 2025 arviointi');

    await drop(page, 'kuva.avoinkunta.json', 'GIF89a');
    const refusal = page.getByRole('group', { name: 'Tiedostoa ”kuva.avoinkunta.json” ei voitu avata' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Tiedosto ei ole kelvollista JSONia');
    await page.close();
  });

  it('asks whether to keep both or replace when the same assessment is opened again, and undoes a replace', async () => {
    const page = await browser.newPage();
    // the library's copy differs from the file: it was renamed
    const library = page.getByRole('region', { name: 'Tallennetut arvioinnit' });
    const item = library
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Kevään työpaja' }) });
    await item.getByRole('button', { name: 'Nimeä uudelleen' }).click();
    await expectNoAxeViolations(page, 'rename form open');
    await item.getByRole('textbox', { name: 'Nimi' }).fill('Kevään työpaja, muokattu');
    await item.getByRole('button', { name: 'Tallenna nimi' }).click();

    await pick(page, fixture);
    const question = page.getByRole('group', { name: 'Sama arviointi on jo kirjastossa' });
    await question.waitFor();
    expect(await question.innerText()).toContain('Kirjastossa on jo arviointi ”Kevään työpaja, muokattu”');
    await expectNoAxeViolations(page, 'keep both or replace');
    await question.getByRole('button', { name: 'Korvaa kirjaston versio' }).click();
    const replaced = page.getByRole('group', { name: 'Arviointi avattu' });
    await replaced.waitFor();
    expect((await libraryNames(page)).filter((name) => name.startsWith('Kevään työpaja'))).toEqual([
      'Kevään työpaja',
    ]);
    await replaced.getByRole('button', { name: 'Kumoa korvaus' }).click();
    await page.getByText('Korvaus kumottiin: kirjaston aiempi versio on palautettu.').waitFor();
    expect((await libraryNames(page)).filter((name) => name.startsWith('Kevään työpaja'))).toEqual([
      'Kevään työpaja, muokattu',
    ]);

    // duplicating as a re-assessment: the form, checked by axe
    const renamed = library
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Kevään työpaja, muokattu' }) });
    await renamed.getByRole('button', { name: 'Kopioi' }).click();
    expect(
      await renamed
        .getByRole('checkbox', { name: 'Ota vastaukset lähtötasoksi (uusinta-arviointi)' })
        .isChecked(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'duplicate form open');
    await renamed.getByRole('button', { name: 'Peruuta' }).click();

    await pick(page, fixture);
    await page
      .getByRole('group', { name: 'Sama arviointi on jo kirjastossa' })
      .getByRole('button', { name: 'Säilytä molemmat' })
      .click();
    await page.getByRole('group', { name: 'Arviointi avattu' }).waitFor();
    expect((await libraryNames(page)).filter((name) => name.startsWith('Kevään työpaja')).sort()).toEqual([
      'Kevään työpaja (tiedostosta)',
      'Kevään työpaja, muokattu',
    ]);
    await page.close();
  });

  it('exports the assessment file, which opens again to an identical assessment', async () => {
    const page = await browser.newPage();
    const item = page
      .getByRole('region', { name: 'Tallennetut arvioinnit' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Vuoden 2025 arviointi' }) });
    await item.getByRole('button', { name: /^Vie tiedostoon/ }).click();
    await expectNoAxeViolations(page, 'export menu open');
    const downloading = page.waitForEvent('download');
    await item.getByRole('button', { name: 'Arviointitiedosto (.json)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('hameenlinna-2025-03-12.avoinkunta.json');
    const exported = await text(download);
    const file = JSON.parse(exported.toString('utf8'));
    expect(file).toMatchObject({
      type: 'avoin-kunta-assessment',
      formatVersion: 1,
      app: { name: 'avoin-kunta-workshop' },
      questionnaire: { id: 'avoin-kunta', version: '1.0.0' },
    });
    // opening it again finds the very same assessment
    await pick(page, await download.path());
    const same = page.getByRole('group', { name: 'Arviointi on jo kirjastossa' });
    await same.waitFor();
    expect(await same.innerText()).toContain('täsmälleen sama arviointi ”Vuoden 2025 arviointi”');
    // and after deleting it, the file brings it back as it was, ready to export identically
    await item.getByRole('button', { name: 'Poista' }).click();
    await page.getByRole('button', { name: 'Kumoa' }).waitFor();
    await expectNoAxeViolations(page, 'deleted, undo offered');
    await pick(page, await download.path());
    await page.getByRole('group', { name: 'Arviointi avattu' }).waitFor();
    const again = page.waitForEvent('download');
    await item.getByRole('button', { name: /^Vie tiedostoon/ }).click();
    await item.getByRole('button', { name: 'Arviointitiedosto (.json)' }).click();
    const second = JSON.parse((await text(await again)).toString('utf8'));
    expect(second.assessment).toEqual(file.assessment);
    await page.close();
  });

  it('exports the answers as CSV with a byte-order mark, so Excel shows Finnish letters right', async () => {
    const page = await browser.newPage();
    const item = page
      .getByRole('region', { name: 'Tallennetut arvioinnit' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Kevään työpaja (tiedostosta)' }) });
    await item.getByRole('button', { name: /^Vie tiedostoon/ }).click();
    const downloading = page.waitForEvent('download');
    await item.getByRole('button', { name: 'Vastaukset taulukkona (.csv)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('hameenlinna-2026-03-14.csv');
    const bytes = await text(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    const [header, ...rows] = csv.split('\r\n');
    expect(header).toBe(
      'Kohdan tunniste;Ulottuvuus;Vaiheet;Palvelualueet;Kysymys;Nykytaso;Nykytason kuvaus;Tavoitetaso;Varmuus;Muistiinpanot;Näytöt;Perustelu',
    );
    const policy = rows.find((row) => row.startsWith('open-source.general.policy;'))!;
    expect(policy).toContain('Linjaus on luonnoksena; hyväksyntä syksyllä. Ääkköset: åäö ÅÄÖ.');
    expect(policy).toContain(';2;');
    // a cell that starts like a formula is shown, never run
    expect(csv).toContain("'=SUM(A1:A2) ei saa laskea Excelissä");
    await page.close();
  });

  it('copies with focus on the copy, and shows its name and the dates as each language writes them', async () => {
    const page = await browser.newPage();
    const library = page.getByRole('region', { name: 'Tallennetut arvioinnit' });
    const source = library
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Vuoden 2025 arviointi' }) });
    // an untitled copy: the source is renamed back to no title first (an empty name)
    await source.getByRole('button', { name: 'Nimeä uudelleen: Vuoden 2025 arviointi' }).click();
    const field = source.getByRole('textbox', { name: 'Nimi' });
    expect(await field.inputValue()).toBe('Vuoden 2025 arviointi');
    // the current name is selected: typing replaces it
    expect(
      await field.evaluate((input: HTMLInputElement) => [input.selectionStart, input.selectionEnd]),
    ).toEqual([0, 'Vuoden 2025 arviointi'.length]);
    await page.keyboard.press('Delete');
    await source.getByRole('button', { name: 'Tallenna nimi' }).click();
    const untitled = library
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Hämeenlinna 12.3.2025' }) });
    await untitled.getByRole('button', { name: 'Kopioi: Hämeenlinna 12.3.2025' }).click();
    const date = untitled.getByRole('textbox', { name: 'Arviointipäivä' });
    await date.fill('26.11.2026');
    expect(await untitled.getByRole('textbox', { name: 'Kopion nimi' }).inputValue()).toBe(
      'Hämeenlinna 26.11.2026',
    );
    await untitled.getByRole('button', { name: 'Luo kopio' }).click();
    const copy = library.getByRole('heading', { level: 3, name: 'Hämeenlinna 26.11.2026' });
    await copy.waitFor();
    await expect.poll(() => copy.evaluate((element) => element === document.activeElement)).toBe(true);
    await library.getByText('Kopio ”Hämeenlinna 26.11.2026” luotiin.').waitFor();

    await page.getByRole('button', { name: 'Svenska' }).click();
    const bibliotek = page.getByRole('region', { name: 'Sparade bedömningar' });
    await bibliotek.getByRole('heading', { level: 3, name: 'Tavastehus 26.11.2026' }).waitFor();
    const swedish = await bibliotek.innerText();
    expect(swedish).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(swedish).toContain('12.3.2025');
    expect(swedish).not.toContain('uusinta');
    // the Finnish "copy created" message is not left standing in Swedish
    expect(swedish).not.toContain('luotiin');
    await page.screenshot({ path: resolve('.tmp/shots-library/library-sv.png'), fullPage: true });
    await page.getByRole('button', { name: 'English' }).click();
    const saved = page.getByRole('region', { name: 'Saved assessments' });
    await saved.getByRole('heading', { level: 3, name: 'Hämeenlinna 26/11/2026' }).waitFor();
    await expectNoAxeViolations(page, 'library in English');
    await page.screenshot({ path: resolve('.tmp/shots-library/library-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Suomi' }).click();
    await library.waitFor();
    await page.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
