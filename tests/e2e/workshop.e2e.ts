import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import questionnaireFile from '../../questionnaires/avoin-kunta.json';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { workshopOrder, workshopPhases } from '../../src/domain/workshop/items';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

/**
 * Workshop mode in a real browser: a day with three participants on the quick profile, from the
 * setup through blind votes, the reveal, agreement, the projector, the agenda's countdown, dot
 * voting and the roadmap to the PDF with the workshop summary; then pre-work files from five
 * participants opened at once. Everything a person does here is done with the keyboard where
 * the flow asks for it, and axe checks every state.
 */

let browser: TestBrowser;
const shots = resolve('.tmp/shots-workshop');
const outDir = resolve('.tmp/workshop-e2e');

const questionnaire = questionnaireFile as unknown as Questionnaire;
const quickScope = {
  areas: questionnaire.areas.map((a) => a.id),
  phases: questionnaire.phases.map((p) => p.id),
  profile: 'quick',
};
const order = workshopOrder(workshopPhases(questionnaire, quickScope));
const question = (index: number): string =>
  questionnaire.items.find((i) => i.id === order[index])?.question.fi ?? '';
const people = ['Anna Aalto', 'Ben Berg', 'Cia Carlsson'];

beforeAll(async () => {
  if (spawnSync('pdftotext', ['-v']).status !== 0) {
    throw new Error('pdftotext not found: install poppler-utils (apt-get install -y poppler-utils).');
  }
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

/** What has focus, named as a screen reader would: its label, else its text. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return '';
    const labelledBy = element.getAttribute('aria-labelledby');
    if (labelledBy && element instanceof HTMLInputElement) {
      return labelledBy
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
    }
    const label = element.getAttribute('aria-label');
    if (label) return label;
    if (
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement ||
      element instanceof HTMLInputElement
    ) {
      return element.labels?.[0]?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    }
    return (element.innerText || element.textContent || '').replace(/\s+/g, ' ').trim();
  });
}

/** Presses Tab (or Shift+Tab) until what has focus is named `target` (a string or a pattern). */
async function tabTo(page: Page, target: string | RegExp, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const name = await focusedName(page);
    if (typeof target === 'string' ? name === target : target.test(name)) return;
  }
  throw new Error(`could not reach ${String(target)} with the keyboard`);
}

/** A screenshot for a person to look at; a long page in pieces short enough to read. */
async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  if (!fullPage) {
    await page.screenshot({ path: join(shots, `${name}.png`) });
    return;
  }
  const { width, height } = await page.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  const piece = width < 600 ? 1200 : 1000;
  for (let y = 0, n = 1; y < height && n <= 8; y += piece, n++) {
    await page.screenshot({
      path: join(shots, `${name}-${n}.png`),
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(piece, height - y) },
    });
  }
}

function subnav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Työpajan osiot' });
}

async function openSection(page: Page, name: string): Promise<void> {
  await subnav(page).getByRole('link', { name, exact: true }).click();
  await expect.poll(() => subnav(page).locator('[aria-current="page"]').innerText()).toBe(name);
}

/** The setup of a new quick assessment in Hämeenlinna with the given participants; returns its id. */
async function createAssessment(page: Page, participants: readonly string[]): Promise<string> {
  await page.getByRole('combobox', { name: 'Kunta' }).fill('hämeenlinna');
  await page.getByRole('listbox', { name: 'Kunta' }).getByRole('option').first().click();
  await page.getByRole('textbox', { name: 'Fasilitaattori' }).fill('Fanni Fasilitaattori');
  const region = page.getByRole('region', { name: 'Osallistujat' });
  for (const name of participants) {
    await page.getByRole('button', { name: 'Lisää osallistuja' }).click();
    await region.getByRole('textbox', { name: 'Nimi' }).last().fill(name);
  }
  await page.getByRole('radio', { name: 'Pikakartoitus' }).check();
  await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();
  await expect.poll(() => page.url()).toMatch(/#\/a\/[0-9a-f-]{36}\/answer$/);
  return /#\/a\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';
}

/** The text of the projector section, where nothing the group should not see may be. */
function projectorText(page: Page): Promise<string> {
  return page.locator('section.projector').innerText();
}

/** An exported assessment file of one participant who answered `answers` (item index → level) alone. */
function participantFile(
  person: { id: string; name: string },
  answers: ReadonlyMap<number, number | 'unknown'>,
  updatedAt: string,
  municipality = { code: '109', name: { fi: 'Hämeenlinna', sv: 'Tavastehus' } },
): string {
  const now = '2026-11-20T10:00:00.000Z';
  const file = {
    type: 'avoin-kunta-assessment',
    formatVersion: 1,
    app: { name: 'Avoin kunta workshop', version: '0.1.0' },
    exportedAt: updatedAt,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    assessment: {
      id: `own-${person.id}`,
      questionnaire: { id: questionnaire.id, version: questionnaire.version },
      municipality,
      date: '2026-11-20',
      facilitator: '',
      participants: [{ id: person.id, name: person.name, role: '' }],
      scope: quickScope,
      answers: Object.fromEntries(
        [...answers].map(([index, current]) => [
          order[index],
          {
            current,
            target: null,
            confidence: null,
            notes: '',
            evidence: [],
            votes: {},
            rationale: '',
            impact: null,
            dots: {},
          },
        ]),
      ),
      roadmap: { moves: {}, dropped: [], owners: {}, notes: {}, ownSteps: [] },
      settings: { capacity: { now: 5, next: 10, later: 15 } },
      createdAt: now,
      updatedAt,
    },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Picks files through the button, as a person does with the file dialog. */
async function chooseFiles(page: Page, paths: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Valitse osallistujien tiedostot' }).click(),
  ]);
  expect(chooser.isMultiple()).toBe(true);
  await chooser.setFiles(paths);
}

describe('pre-work files from five participants', { timeout: 120_000 }, () => {
  it('opens all five at once: new participants, their votes, who answered what and every conflict', async () => {
    const dir = join(outDir, 'prework');
    mkdirSync(dir, { recursive: true });
    const all = (level: (i: number) => number | 'unknown') =>
      new Map(order.map((_, i) => [i, level(i)] as const));
    const files = {
      'anna-aalto.avoinkunta.json': participantFile(
        { id: 'anna-own', name: 'Anna Aalto' },
        all((i) => i % 4),
        '2026-11-21T08:00:00.000Z',
      ),
      'ben-berg.avoinkunta.json': participantFile(
        { id: 'ben', name: 'Ben Berg' },
        new Map(order.slice(0, 10).map((_, i) => [i, i === 3 ? 'unknown' : 2] as const)),
        '2026-11-21T08:00:00.000Z',
      ),
      'cia-carlsson.avoinkunta.json': participantFile(
        { id: 'cia', name: 'Cia Carlsson' },
        all(() => 3),
        '2026-11-21T09:00:00.000Z',
      ),
      'dan-dahl-luonnos.avoinkunta.json': participantFile(
        { id: 'dan', name: 'Dan Dahl' },
        new Map([0, 1, 2, 3, 4].map((i) => [i, 1] as const)),
        '2026-11-19T08:00:00.000Z',
      ),
      'dan-dahl.avoinkunta.json': participantFile(
        { id: 'dan', name: 'Dan Dahl' },
        new Map([0, 1, 2, 3, 4].map((i) => [i, i < 2 ? 4 : 1] as const)),
        '2026-11-21T08:00:00.000Z',
      ),
    };
    const paths = Object.entries(files).map(([name, text]) => {
      const path = join(dir, name);
      writeFileSync(path, text);
      return path;
    });

    const page = await browser.newPage('#/new');
    const id = await createAssessment(page, ['Anna Aalto']);
    await page.goto(new URL(`#/a/${id}/workshop/prework`, browser.baseURL).toString());
    await page.getByRole('heading', { level: 2, name: 'Ennakkovastaukset' }).waitFor();
    await expectNoAxeViolations(page, 'prework empty');
    await chooseFiles(page, paths);

    const result = page.getByRole('group', { name: 'Tuonnin tulos' });
    await result.waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby')))
      .toBe('workshop-prework-result');
    expect((await result.locator('p').first().innerText()).replace(/\s+/g, ' ')).toBe(
      'Luettiin 5 tiedostoa. 5 yhdistettiin. Uusia osallistujia 3. Ristiriitoja 2.',
    );
    const filesTable = result.getByRole('table', { name: 'Tiedostot' });
    const rows = await filesTable.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t').slice(0, 3).join(' | ').replace(/\s+/g, ' '))).toEqual([
      'anna-aalto.avoinkunta.json | Anna Aalto | 24',
      'ben-berg.avoinkunta.json | Ben Berg | 10',
      'cia-carlsson.avoinkunta.json | Cia Carlsson | 24',
      'dan-dahl-luonnos.avoinkunta.json | Dan Dahl | 5',
      'dan-dahl.avoinkunta.json | Dan Dahl | 5',
    ]);
    // Anna is the facilitator's Anna, recognised by name; Dan's older draft loses both of its conflicts
    expect(rows[0]).toContain('Osallistuja ”Anna Aalto” tunnistettiin nimestä');
    expect(rows[4]).toContain(
      `Dan Dahl, kysymys 1 (${question(0)}): kaksi eri ääntä. Myöhemmin tallennettu 4 Johdettu jäi voimaan, 1 Satunnainen hylättiin.`,
    );
    const coverage = result.getByRole('table', { name: 'Kuka vastasi mihinkin (24 kysymystä)' });
    expect(
      (await coverage.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()),
    ).toEqual([
      'Anna Aalto 24/24 Ei mitään',
      'Ben Berg (uusi) 10/24 Kysymykset 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24',
      'Cia Carlsson (uusi) 24/24 Ei mitään',
      'Dan Dahl (uusi) 5/24 Kysymykset 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24',
    ]);
    await shot(page, 'fi-1280-prework', true);
    await expectNoAxeViolations(page, 'prework result');

    // the votes are there, still blind: the first item has four votes and shows none of them
    await openSection(page, 'Kysymykset');
    await page.getByRole('heading', { level: 2, name: question(0) }).waitFor();
    expect(await page.getByText('Äänestäneitä 4/4').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Näytä äänet' }).click();
    const table = page.getByRole('table', { name: 'Äänten jakauma (4 ääntä)' });
    await table.waitFor();
    // Anna 0, Ben 2, Cia 3, Dan 4 (the later file): the median is 2,5, between two levels, so no
    // row is marked; the lower level is suggested, and said to be so
    expect(
      (await table.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim()).slice(0, 6),
    ).toEqual([
      '0 Ei olemassa 1',
      '1 Satunnainen 0',
      '2 Toistuva 1',
      '3 Määritelty 1',
      '4 Johdettu 1',
      '5 Strateginen 0',
    ]);
    expect(await page.getByText('2,5 (tasojen 2 ja 3 välissä)', { exact: true }).isVisible()).toBe(true);
    expect(
      await page
        .getByText(/^Äänten mediaani on 2,5 .* Ehdotuksena on näistä kahdesta alempi taso: 2 Toistuva\./)
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('radio', { name: /^2 Toistuva/ }).isChecked()).toBe(true);

    // a file opened after the reveal adds no vote to the revealed item: the spread the group saw stays
    const late = join(dir, 'eero-esko.avoinkunta.json');
    writeFileSync(
      late,
      participantFile(
        { id: 'eero', name: 'Eero Esko' },
        all(() => 5),
        '2026-11-21T10:00:00.000Z',
      ),
    );
    await openSection(page, 'Ennakkovastaukset');
    await chooseFiles(page, [late]);
    await result.waitFor();
    expect(
      await result
        .getByText(
          '1 ääni jätettiin lisäämättä: se koski yhtä kysymystä, jonka äänet ryhmä on jo nähnyt ja käsitellyt.',
        )
        .isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'prework after a reveal');
    await openSection(page, 'Kysymykset');
    await page.getByRole('heading', { level: 2, name: question(0) }).waitFor();
    expect(await page.getByRole('table', { name: 'Äänten jakauma (4 ääntä)' }).isVisible()).toBe(true);

    // a file of another municipality and a broken one are set aside with their reasons; nothing changes
    const stranger = join(dir, 'tampere.avoinkunta.json');
    writeFileSync(
      stranger,
      participantFile(
        { id: 'eve', name: 'Eve Ek' },
        all(() => 5),
        '2026-11-21T08:00:00.000Z',
        {
          code: '837',
          name: { fi: 'Tampere', sv: 'Tammerfors' },
        },
      ),
    );
    const broken = join(dir, 'rikki.avoinkunta.json');
    writeFileSync(broken, '{ "type": "avoin-kunta-assessment", ');
    await openSection(page, 'Ennakkovastaukset');
    await chooseFiles(page, [stranger, broken]);
    await result.waitFor();
    expect((await result.locator('p').first().innerText()).replace(/\s+/g, ' ')).toBe(
      'Luettiin 2 tiedostoa. 0 yhdistettiin. 2 jätettiin pois. Uusia osallistujia 0. Ristiriitoja 0.',
    );
    expect(await result.getByText('Arviointia ei muutettu.').isVisible()).toBe(true);
    const refusedRows = await result
      .getByRole('table', { name: 'Tiedostot' })
      .locator('tbody tr')
      .allInnerTexts();
    expect(refusedRows[0]).toContain(
      'Tiedosto on toisen kunnan arviointi (kuntanumero 837, tämän arvioinnin 109).',
    );
    expect(refusedRows[1]).toContain('Jätetty pois.');
    await expectNoAxeViolations(page, 'prework refused');
    await page.close();
  });
});

describe('a workshop day with three participants', { timeout: 180_000 }, () => {
  let page: Page;
  let id = '';

  it('starts from a new quick assessment and opens the workshop', async () => {
    page = await browser.newPage('#/new');
    id = await createAssessment(page, people);
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Työpaja/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Työpaja' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`#/a/${id}/workshop$`));
    expect(await page.title()).toBe('Työpaja – Avoin kunta -työpaja');
    await page.getByRole('heading', { level: 2, name: question(0) }).waitFor();
    expect(await page.getByText('Kysymys 1/24').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Vuorossa: Anna Aalto' }).isVisible()).toBe(true);
    await shot(page, 'fi-1280-collect', true);
    await expectNoAxeViolations(page, 'workshop collect');
  });

  it('collects three blind votes by keyboard; nothing shows a value before the reveal', async () => {
    // Anna 1, Ben 3, Cia 2: a spread of two levels
    for (const [name, level] of [
      ['Anna Aalto', 1],
      ['Ben Berg', 3],
      ['Cia Carlsson', 2],
    ] as const) {
      await tabTo(page, /^0 Ei olemassa/);
      for (let k = 0; k < level; k++) await page.keyboard.press('ArrowRight');
      expect(await focusedName(page)).toMatch(new RegExp(`^${level} `));
      await tabTo(page, `Tallenna ääni (${name})`);
      await page.keyboard.press('Enter');
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: `Henkilön ${name} ääni on tallennettu.` })
            .count(),
        )
        .toBe(1);
    }
    expect(await page.getByText('Äänestäneitä 3/3').isVisible()).toBe(true);
    expect(await focusedName(page)).toBe('Näytä äänet');
    // no radio is left checked and no distribution exists: the values are in no part of the page
    expect(await page.locator('input[type="radio"][name^="vote-"]:checked').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toContain('Äänten jakauma');
    expect(await page.locator('main').innerText()).not.toContain('Mediaani');
    await expectNoAxeViolations(page, 'workshop all voted');
  });

  it('reveals the spread, flags it, and asks for the reason before agreeing', async () => {
    await page.keyboard.press('Enter');
    const table = page.getByRole('table', { name: 'Äänten jakauma (3 ääntä)' });
    await table.waitFor();
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      '0 Ei olemassa 0',
      '1 Satunnainen 1',
      '2 Toistuva · mediaani 1',
      '3 Määritelty 1',
      '4 Johdettu 0',
      '5 Strateginen 0',
      'Ei koske kuntaa 0',
      'En osaa sanoa 0',
    ]);
    expect(await page.getByText('Hajonta on suuri (2 tasoa).').isVisible()).toBe(true);
    expect(await page.getByText('Ehdotus on äänten mediaani: 2 Toistuva.').isVisible()).toBe(true);
    // the median is chosen for the group already
    expect(await page.getByRole('radio', { name: /^2 Toistuva/ }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'workshop revealed');

    // names, when the group wants them
    await page.getByRole('checkbox', { name: 'Näytä, kuka äänesti mitäkin' }).check();
    expect((await table.locator('tbody tr').nth(3).innerText()).replace(/\s+/g, ' ')).toContain('Ben Berg');
    await shot(page, 'fi-1280-revealed', true);

    // agreeing without a reason is refused, and focus goes to the reason
    await tabTo(page, 'Kirjaa sovittu taso ja siirry seuraavaan');
    await page.keyboard.press('Enter');
    expect(await page.getByText('Kirjaa perustelu: äänten hajonta oli suuri.').isVisible()).toBe(true);
    await expect.poll(() => focusedName(page)).toBe('Perustelu (pakollinen, koska hajonta oli suuri)');
    await expectNoAxeViolations(page, 'workshop rationale missing');
    await page.keyboard.type('Linjaus on luonnos; hankinnoissa sitä ei vielä noudateta.');
    await page.keyboard.press('Shift+Tab');
    expect(await focusedName(page)).toBe('Tavoitetaso');
    await page.keyboard.press('4'); // a select jumps to the option that starts with the typed key
    await tabTo(page, 'Kirjaa sovittu taso ja siirry seuraavaan');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: question(1) }).waitFor();
    await expect.poll(() => focusedName(page)).toBe(question(1));
    expect(await page.getByText('Kysymys 2/24').isVisible()).toBe(true);
  });

  it('passes the laptop: each choice is hidden before the next person sees the screen', async () => {
    await page.getByRole('radio', { name: /Laite kiertää/ }).check();
    const votes = [3, 3, 1];
    for (const [index, name] of people.entries()) {
      await page.getByRole('heading', { name: `Vuorossa: ${name}` }).waitFor();
      await page.getByRole('radio', { name: new RegExp(`^${votes[index]} `) }).check();
      await page.getByRole('button', { name: `Tallenna ääni (${name})` }).click();
      await page.getByRole('heading', { name: 'Ääni on tallennettu ja piilotettu' }).waitFor();
      // the hand-over screen shows no levels at all
      expect(await page.locator('input[name^="vote-"]').count()).toBe(0);
      const next = people[index + 1];
      if (next) {
        expect(await page.getByText(`Anna laite seuraavalle: ${next}.`).isVisible()).toBe(true);
        if (index === 0) await expectNoAxeViolations(page, 'workshop hand-over');
        expect(await focusedName(page)).toBe(`Olen ${next}, näytä vaihtoehdot`);
        await page.keyboard.press('Enter');
        expect(await page.locator('input[name^="vote-"]:checked').count()).toBe(0);
      } else {
        expect(
          await page.getByText('Kaikki ovat äänestäneet. Anna laite takaisin fasilitaattorille.').isVisible(),
        ).toBe(true);
      }
    }
    await page.getByRole('button', { name: 'Näytä äänet' }).click();
    await page.getByRole('table', { name: 'Äänten jakauma (3 ääntä)' }).waitFor();
    await page.getByRole('combobox', { name: 'Tavoitetaso' }).selectOption('4');
    await page
      .getByRole('textbox', { name: /^Perustelu/ })
      .fill('Ryhmä arvioi kolmannen äänen väärinkäsitykseksi.');
    await page.getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' }).click();
    await page.getByRole('heading', { level: 2, name: question(2) }).waitFor();
    await page.getByRole('radio', { name: /Fasilitaattori kirjaa/ }).check();
  });

  it('runs on the projector by keyboard; the votes are in no part of its page before the reveal', async () => {
    // the projector has the window to itself: no section links on it, so the link is followed by hand
    await subnav(page).getByRole('link', { name: 'Projektorinäkymä', exact: true }).click();
    const projector = page.locator('section.projector');
    await projector.getByRole('heading', { level: 2, name: question(2) }).waitFor();
    expect(await page.title()).toBe('Projektorinäkymä – Työpaja – Avoin kunta -työpaja');
    await page.locator('section.projector').focus();
    await page.keyboard.press('2'); // Anna
    await page.keyboard.press('4'); // Ben
    await expect.poll(() => projectorText(page)).toContain('Äänestäneitä 2/3');
    // the view has the window to itself: no site header, footer or assessment bar
    for (const chrome of ['.site-header', '.site-footer', '.assessment-bar']) {
      expect(await page.locator(chrome).isVisible()).toBe(false);
    }
    expect(await page.getByRole('link', { name: 'Sulje projektorinäkymä' }).isVisible()).toBe(true);
    const before = await projector.evaluate((element) => element.outerHTML);
    const text = await projectorText(page);
    expect(text).not.toContain('Äänten jakauma');
    expect(text).not.toContain('Mediaani');
    // Ben changes his mind (undo, then 0): the page is the same to the byte, so it cannot tell a value
    await page.keyboard.press('Control+z');
    await expect.poll(() => projectorText(page)).toContain('Äänestäneitä 1/3');
    await page.keyboard.press('0');
    await expect.poll(() => projectorText(page)).toContain('Äänestäneitä 2/3');
    expect(await projector.evaluate((element) => element.outerHTML)).toBe(before);
    await expectNoAxeViolations(page, 'projector collecting');
    // without full screen too, one item with all six level descriptors fits the window
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width, height });
      const levels = projector.locator('.projector-levels li');
      expect(await levels.count()).toBe(6);
      const bottom = await levels.evaluateAll((items) =>
        Math.max(...items.map((li) => li.getBoundingClientRect().bottom)),
      );
      expect(bottom).toBeLessThanOrEqual(height);
      await shot(page, `projector-window-${width}x${height}-collect`);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('f');
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('projector') ?? false))
      .toBe(true);
    await shot(page, 'projector-1280x720-collect');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.keyboard.press('3'); // Cia
    await expect
      .poll(() => projectorText(page))
      .toContain('Kaikki ovat äänestäneet. Näytä äänet painamalla R.');
    expect(await projectorText(page)).not.toContain('Äänten jakauma');

    await page.keyboard.press('r');
    await projector.getByRole('table', { name: 'Äänten jakauma (3 ääntä)' }).waitFor();
    expect(await projectorText(page)).toContain('Hajonta on suuri (3 tasoa).');
    await expectNoAxeViolations(page, 'projector revealed');
    // the form fits a 1280×720 window: its Agree button is on screen without scrolling
    const agreeBox = await projector
      .getByRole('button', { name: 'Kirjaa sovittu taso ja siirry seuraavaan' })
      .boundingBox();
    expect(agreeBox).not.toBeNull();
    expect((agreeBox?.y ?? 0) + (agreeBox?.height ?? 0)).toBeLessThanOrEqual(720);
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await shot(page, 'projector-1280x720-revealed');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    // 3 picks the level, Enter asks for the reason first
    await page.keyboard.press('3');
    expect(await projector.getByRole('radio', { name: /^3 Määritelty/ }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Perustelu (pakollinen, koska hajonta oli suuri)');
    await page.keyboard.type('Ohjeistus on olemassa, mutta sitä ei seurata.');
    await page.keyboard.press('Escape');
    await page.keyboard.press('a');
    await projector.getByRole('heading', { level: 2, name: question(3) }).waitFor();

    // the rest of the day's items: three votes, reveal, agree on the median, next
    for (let index = 3; index < order.length; index++) {
      await projector.getByRole('heading', { level: 2, name: question(index) }).waitFor();
      for (const key of ['2', '2', '1']) await page.keyboard.press(key);
      await expect.poll(() => projectorText(page)).toContain('Äänestäneitä 3/3');
      await page.keyboard.press('r');
      await projector.getByRole('table', { name: 'Äänten jakauma (3 ääntä)' }).waitFor();
      if (index === 3) {
        // one more gap for the dot vote: a target two levels up on the fourth item
        await projector.getByRole('combobox', { name: 'Tavoitetaso' }).selectOption('4');
        await projector.focus();
      }
      await page.keyboard.press('Enter');
      if (index < order.length - 1)
        await projector.getByRole('heading', { level: 2, name: question(index + 1) }).waitFor();
      else await expect.poll(() => projectorText(page)).toContain('Sovittu: 2 Toistuva');
    }

    // previous and next without touching anything
    await page.keyboard.press('ArrowLeft');
    await projector.getByRole('heading', { level: 2, name: question(order.length - 2) }).waitFor();
    expect(await projectorText(page)).toContain('Sovittu: 2 Toistuva');
    await page.keyboard.press('PageDown');
    await projector.getByRole('heading', { level: 2, name: question(order.length - 1) }).waitFor();

    // the keys' help and full screen
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Projektorinäkymän pikanäppäimet' });
    await help.waitFor();
    await expectNoAxeViolations(page, 'projector keys help');
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.keyboard.press('f');
    await expect
      .poll(() => page.evaluate(() => document.fullscreenElement?.classList.contains('projector') ?? false))
      .toBe(true);
    await shot(page, 'projector-1920x1080-agreed');
    await page.keyboard.press('f');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // Esc leads back to the items, with the site's header and the assessment's bar again
    await page.keyboard.press('Escape');
    await expect.poll(() => page.url()).toMatch(new RegExp(`#/a/${id}/workshop/items$`));
    await page.getByRole('heading', { level: 2, name: question(order.length - 1) }).waitFor();
    expect(await page.locator('.site-header').isVisible()).toBe(true);
    expect(await page.locator('.assessment-bar').isVisible()).toBe(true);
  });

  it('keeps the agenda with a countdown per section; time up is a quiet signal unless sound is on', async () => {
    await openSection(page, 'Ohjelma ja ajastin');
    const table = page.getByRole('table', { name: 'Työpajan ohjelma' });
    expect((await table.locator('tbody th').allInnerTexts()).map((t) => t.trim())).toEqual([
      'Johdanto',
      'Strategia',
      'Kehitysprojektit',
      'Tuotanto ja tuki',
      'Priorisointi',
      'Kehittämisohjelma',
    ]);
    // count how often a sound is made: never while it is off
    await page.evaluate(() => {
      const w = window as unknown as { sounds: number; AudioContext: typeof AudioContext };
      w.sounds = 0;
      const Original = w.AudioContext;
      w.AudioContext = class extends Original {
        constructor() {
          super();
          w.sounds += 1;
        }
      };
    });
    await page.clock.install();
    const minutes = page.getByRole('spinbutton', { name: 'Aikaraja minuutteina: Johdanto' });
    await minutes.fill('1');
    await tabTo(page, 'Aloita: Johdanto', { back: true });
    await tabTo(page, 'Aloita: Johdanto');
    await page.keyboard.press('Enter');
    const timer = page.getByRole('group', { name: 'Ajastin' });
    await expect
      .poll(() => timer.innerText())
      .toMatch(/Johdanto\s+01:00 jäljellä|Johdanto\s+00:5\d jäljellä/);
    await page.clock.fastForward('01:05');
    await expect.poll(() => timer.innerText()).toContain('Aika on täynnä');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Osion Johdanto aika on täynnä.' }).count())
      .toBe(1);
    expect(await page.evaluate(() => (window as unknown as { sounds: number }).sounds)).toBe(0);
    await shot(page, 'fi-1280-agenda-time-up', true);
    await expectNoAxeViolations(page, 'agenda time up');

    // with sound on, the next section's time up makes one sound
    await page.getByRole('checkbox', { name: /Äänimerkki, kun aika on täynnä/ }).check();
    await page.getByRole('spinbutton', { name: 'Aikaraja minuutteina: Strategia' }).fill('1');
    await page.getByRole('button', { name: 'Aloita: Strategia' }).click();
    await page.clock.fastForward('01:10');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Osion Strategia aika on täynnä.' }).count())
      .toBe(1);
    expect(await page.evaluate(() => (window as unknown as { sounds: number }).sounds)).toBe(1);
    await page.getByRole('button', { name: 'Valmis: Strategia' }).click();
    const strategy = table.locator('tbody tr').nth(1);
    expect(await strategy.innerText()).toContain('Valmis');
    expect(await table.locator('tbody tr').first().innerText()).toContain('Tauolla');
  });

  it('dot-votes on the roadmap candidates within each budget, and the dots lead the priorities', async () => {
    await openSection(page, 'Pisteäänestys');
    const budget = page.getByRole('spinbutton', { name: 'Pisteitä osallistujaa kohden' });
    await budget.fill('2');
    const list = page.getByRole('list', { name: 'Ehdokkaat (3)' });
    await list.waitFor();
    const row = (index: number) => list.getByRole('listitem').filter({ hasText: question(index) });
    const ranking = page.getByRole('region', { name: 'Prioriteettijärjestys' }).getByRole('listitem');
    // before the dots, the fourth item ties with the first on priority and comes second
    expect(await ranking.nth(1).innerText()).toContain(question(3));
    // Anna: both dots on the fourth item, by keyboard
    await tabTo(page, 'Lisää piste (Anna Aalto), kysymys 4');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Henkilöllä Anna Aalto on 0 pistettä jäljellä.' }).count(),
      )
      .toBe(1);
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.getByRole('status').filter({ hasText: 'Henkilön Anna Aalto pisteet on käytetty.' }).count(),
      )
      .toBe(1);
    expect(await row(3).innerText()).toContain('Pisteitä yhteensä: 2');
    expect(await row(3).getByRole('group', { name: 'Pisteet: Anna Aalto' }).innerText()).toContain(
      '2 pistettä',
    );
    await expectNoAxeViolations(page, 'dots budget spent');
    // Ben and Cia
    await page.getByRole('radio', { name: /^Ben Berg/ }).check();
    await page.getByRole('button', { name: 'Lisää piste (Ben Berg), kysymys 4' }).click();
    await page.getByRole('button', { name: 'Lisää piste (Ben Berg), kysymys 2' }).click();
    await page.getByRole('radio', { name: /^Cia Carlsson/ }).check();
    await page.getByRole('button', { name: 'Lisää piste (Cia Carlsson), kysymys 4' }).click();
    expect(await row(3).innerText()).toContain('Pisteitä yhteensä: 4');
    expect(await ranking.first().innerText()).toContain(question(3));
    expect(await ranking.first().innerText()).toContain('pisteitä 4');
    await shot(page, 'fi-1280-dots', true);
  });

  it('shows the voted priority first in the roadmap', async () => {
    await page.getByRole('link', { name: 'Avaa kehittämisohjelma' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    const now = page.getByRole('region', { name: /^Nyt 0–6 kk/ });
    await now.waitFor();
    const item = questionnaire.items.find((i) => i.id === order[3]);
    const firstStep = await now.getByRole('article').first().getByRole('heading').first().innerText();
    expect(firstStep).toBe(item?.actions[2]?.text.fi);
  });

  it('records decisions and open questions, and shows the summary', async () => {
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Työpaja/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Työpaja' }).waitFor();
    await openSection(page, 'Yhteenveto');
    const decisions = page.getByRole('region', { name: 'Päätökset' });
    await decisions.getByRole('button', { name: 'Lisää päätös' }).click();
    expect(await decisions.getByText('Kirjoita päätös ennen kuin lisäät sen.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'summary empty decision');
    await page.keyboard.type('Avoimen lähdekoodin linjaus viedään hallitukseen kesäkuussa.');
    await tabTo(page, 'Lisää päätös');
    await page.keyboard.press('Enter');
    await decisions.getByText('Avoimen lähdekoodin linjaus viedään hallitukseen kesäkuussa.').waitFor();
    const open = page.getByRole('region', { name: 'Avoimet kysymykset' });
    await open
      .getByRole('textbox', { name: 'Uusi avoin kysymys' })
      .fill('Kuka ylläpitää rajapintaluetteloa?');
    await open.getByRole('button', { name: 'Lisää avoin kysymys' }).click();
    const wide = page.getByRole('table', {
      name: 'Kysymykset, joissa hajonta oli suuri, ja miten ne ratkaistiin',
    });
    const wideRows = await wide.locator('tbody tr').allInnerTexts();
    expect(wideRows).toHaveLength(3);
    expect(wideRows[0]).toContain('Linjaus on luonnos; hankinnoissa sitä ei vielä noudateta.');
    expect(wideRows[0]).toContain('1–3, mediaani 2');
    await shot(page, 'fi-1280-summary', true);
    await expectNoAxeViolations(page, 'summary');
  });

  it('puts the workshop summary in the printable report and the PDF', async () => {
    await page.getByRole('link', { name: 'Avaa raportin työpajaosio' }).click();
    await page.getByRole('heading', { level: 2, name: /Työpajan yhteenveto/ }).waitFor();
    expect(
      await page.getByText('Avoimen lähdekoodin linjaus viedään hallitukseen kesäkuussa.').isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'report with workshop');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Lataa PDF' }).click(),
    ]);
    const file = join(outDir, 'workshop.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    const missing = [
      'Työpajan yhteenveto',
      'Päätökset',
      'Avoimen lähdekoodin linjaus viedään hallitukseen kesäkuussa.',
      'Suuri hajonta ja miten se ratkaistiin',
      'Linjaus on luonnos; hankinnoissa sitä ei vielä noudateta.',
      'Sovitut tärkeimmät kehittämiskohteet',
      'Avoimet kysymykset',
      'Kuka ylläpitää rajapintaluetteloa?',
      'Ohjelma ja ajankäyttö',
    ].filter((expected) => !text.includes(expected));
    // listed by name, not by dumping a whole PDF into the failure message
    expect(missing).toEqual([]);
  });

  it('works in Swedish and at 360 px', async () => {
    await page.goto(new URL(`#/a/${id}/workshop`, browser.baseURL).toString());
    await page.getByRole('heading', { level: 1, name: 'Työpaja' }).waitFor();
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verkstad' }).waitFor();
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'sv-360-items', true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page, 'workshop sv 360');
    await page
      .getByRole('navigation', { name: 'Verkstadens delar' })
      .getByRole('link', { name: 'Prickröstning' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Prickröstning' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, 'sv-360-dots', true);
    await page
      .getByRole('navigation', { name: 'Verkstadens delar' })
      .getByRole('link', { name: 'Projektorvy' })
      .click();
    await page.locator('section.projector').waitFor();
    // its buttons wrap: the way out is on screen, not cut off at the right edge
    const exit = await page.getByRole('link', { name: 'Stäng projektorvyn', exact: true }).boundingBox();
    expect(exit).not.toBeNull();
    expect((exit?.x ?? 0) + (exit?.width ?? 0)).toBeLessThanOrEqual(360);
    await shot(page, 'sv-360-projector', true);
    await expectNoAxeViolations(page, 'projector sv 360');
    // the site header with its language switcher is back once the projector view is closed
    expect(await page.getByRole('button', { name: 'Suomi' }).isVisible()).toBe(false);
    await page.getByRole('link', { name: 'Stäng projektorvyn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verkstad' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
