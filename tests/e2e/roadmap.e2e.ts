import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import questionnaireFile from '../../questionnaires/avoin-kunta.json';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

let browser: TestBrowser;
let page: Page;
let roadmapUrl = '';

// ROADMAP_SHOTS=1 saves screenshots of each state to .tmp/shots-roadmap/ for a person to look at.
const shotsDir = process.env.ROADMAP_SHOTS ? '.tmp/shots-roadmap' : null;
async function shot(p: Page, name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  // In pieces a person can read: a full-page image of a long roadmap is too tall to view.
  const { width, height } = await p.evaluate(() => ({
    width: document.documentElement.clientWidth,
    height: document.documentElement.scrollHeight,
  }));
  const piece = width < 600 ? 1400 : 1000;
  for (let y = 0, n = 1; y < height && n <= 8; y += piece, n++) {
    await p.screenshot({
      path: `${shotsDir}/${name}-${n}.png`,
      fullPage: true,
      clip: { x: 0, y, width, height: Math.min(piece, height - y) },
    });
  }
}

/** One part of the page, for a closer look (the capacity form, the target tool). */
async function shotOf(target: Locator, name: string): Promise<void> {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await target.screenshot({ path: `${shotsDir}/${name}.png` });
}

interface ItemText {
  id: string;
  question: { fi: string };
  actions: Array<{ text: { fi: string; sv: string } }>;
}
const items = (questionnaireFile as unknown as { items: ItemText[] }).items;
const itemOf = (id: string): ItemText => {
  const item = items.find((i) => i.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
};
const titleOf = (id: string, from: number, language: 'fi' | 'sv' = 'fi'): string =>
  itemOf(id).actions[from]?.text[language] ?? '';

const principles = 'open-apis.general.api-principles';
const catalogue = 'open-apis.general.api-catalogue';
const policy = 'open-source.general.policy';

beforeAll(async () => {
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

function column(p: Page, name: RegExp): Locator {
  return p.getByRole('region', { name });
}

function stepCard(scope: Page | Locator, title: string): Locator {
  return scope.getByRole('article', { name: title, exact: true });
}

/** Answers one item of the open section: current level and target. */
async function answer(p: Page, itemId: string, current: string, target: string): Promise<void> {
  const question = itemOf(itemId).question.fi;
  const card = p
    .locator('main article.answer-item')
    .filter({ has: p.getByRole('heading', { level: 3, name: question }) });
  await card.getByRole('radio', { name: current }).check();
  await card.getByRole('combobox', { name: 'Tavoitetaso' }).selectOption(target);
}

const focusedText = (p: Page): Promise<string> =>
  p.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? '');

describe('roadmap screen', () => {
  it('is reached from a new assessment with a few answers, and shows Now, Next and Later', async () => {
    page = await browser.newPage('#/new');
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).waitFor();
    await page.getByRole('combobox', { name: 'Kunta' }).fill('Espoo');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Fasilitaattori' }).fill('Fanni Fasilitaattori');
    const areas = page.getByRole('group', { name: 'Palvelualueet' });
    for (const box of await areas.getByRole('checkbox').all()) {
      if ((await box.getAttribute('value')) !== 'land-use') await box.uncheck();
    }
    await page.getByRole('checkbox', { name: 'Tuotanto ja tuki' }).uncheck();
    await page.getByRole('radio', { name: 'Laaja arviointi' }).check();
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();
    await page.getByRole('heading', { level: 2, name: 'Strategia: Koko kunta' }).waitFor();

    await answer(page, principles, '0 Ei olemassa', '2');
    await answer(page, catalogue, '0 Ei olemassa', '1');
    await answer(page, policy, '1 Satunnainen', '2');

    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Kehittämisohjelma/ })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    roadmapUrl = page.url();
    expect(roadmapUrl).toMatch(/#\/a\/[^/]+\/roadmap$/);
    expect(await page.title()).toBe('Kehittämisohjelma – Avoin kunta -työpaja');

    const now = column(page, /^Nyt 0–6 kk/);
    await now.waitFor();
    expect(await now.getByText('4 askelta, kapasiteetti 5').count()).toBe(1);
    expect(
      await column(page, /^Seuraavaksi 6–18 kk/)
        .getByText('Tässä aikajänteessä ei ole askeleita.')
        .isVisible(),
    ).toBe(true);
    expect(await column(page, /^Myöhemmin 18–36 kk/).isVisible()).toBe(true);
    const step = stepCard(now, titleOf(principles, 1));
    expect(await step.getByText('Suorahankinta mahdollinen').isVisible()).toBe(true);
    expect(await step.getByText(/alittaa kansallisen kynnysarvon 60\s000\s€/).isVisible()).toBe(true);
    expect(await step.getByText(/nyt 0, tavoite 2/).isVisible()).toBe(true);
    expect(await page.getByRole('complementary', { name: 'Mistä tarjooma tulee' }).isVisible()).toBe(true);
    await shot(page, 'fi-1280-start');
    await expectNoAxeViolations(page, 'roadmap fi');
  });

  it('says when the catalog has nothing for a step, and lists matched offerings with licence and pricing', async () => {
    // API principles apply to every area and share no topic with a starter offering: the card says so
    const none = stepCard(page, titleOf(principles, 1)).getByRole('region', { name: 'Verkoston tarjooma' });
    expect(await none.getByText(/ei ole tähän askeleeseen sopivia/).isVisible()).toBe(true);
    expect(await none.locator('summary').count()).toBe(0);

    // the demo municipality's programme has steps with offerings: the first one shows its details
    const demo = await browser.newPage('#/');
    await demo.getByRole('button', { name: 'Avaa esimerkkikunta' }).click();
    await demo.waitForURL(/#\/a\/demo-esimerkkila\/results/);
    await demo.goto(new URL('#/a/demo-esimerkkila/roadmap', browser.baseURL).toString());
    await demo.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    const offerings = demo
      .getByRole('region', { name: 'Verkoston tarjooma' })
      .filter({ has: demo.locator('summary') })
      .first();
    await offerings.waitFor();
    const summary = offerings.locator('summary');
    expect(await summary.innerText()).toMatch(/sopiva(a)? tuote(tta)? tai palvelu(a)?:/);
    await summary.click();
    const first = offerings.locator('li.offering').first();
    expect(await first.getByText('Toimittaja', { exact: true }).isVisible()).toBe(true);
    expect(await first.getByText(/^Lisenssi:/).isVisible()).toBe(true);
    expect(await first.getByText('Suljetut osat', { exact: true }).isVisible()).toBe(true);
    expect(await first.getByText('Hinnoittelu', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(demo, 'roadmap offerings open');
    await demo.close();
  });

  it('moves a step to Next by keyboard, keeps focus on it, and explains the broken prerequisite', async () => {
    const moved = titleOf(principles, 1);
    const button = page.getByRole('button', { name: `Siirrä kohtaan Seuraavaksi: ${moved}` });
    await button.focus();
    await page.keyboard.press('Enter');
    const next = column(page, /^Seuraavaksi/);
    await stepCard(next, moved).waitFor();
    // focus stays on the moved step, on the same kind of button in its new column
    await expect.poll(() => focusedText(page)).toBe('Siirrä kohtaan Myöhemmin →');
    expect(await stepCard(next, moved).getByText('Siirretty (suunniteltu: Nyt)').isVisible()).toBe(true);

    const dependant = stepCard(column(page, /^Nyt/), titleOf(catalogue, 0));
    const explanation = dependant.getByRole('status');
    expect(await explanation.innerText()).toContain(`edellyttää, että ”${moved}” tehdään ensin`);
    expect(await explanation.innerText()).toContain('Seuraavaksi (6–18 kk)');
    expect(await stepCard(next, moved).getByRole('status').innerText()).toContain(
      `”${titleOf(catalogue, 0)}” edellyttää tätä askelta`,
    );
    await shot(page, 'fi-1280-conflict');
    await expectNoAxeViolations(page, 'roadmap with a broken prerequisite');

    // back with the keyboard: the explanation goes away
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await stepCard(column(page, /^Nyt/), moved).waitFor();
    await expect.poll(() => dependant.getByRole('status').count()).toBe(0);
  });

  it('drops a step and restores it', async () => {
    const dropped = titleOf(policy, 1);
    await page.getByRole('button', { name: `Jätä pois: ${dropped}` }).click();
    const section = page.getByRole('region', { name: 'Pois jätetyt askeleet' });
    await stepCard(section, dropped).waitFor();
    expect(await stepCard(column(page, /^Nyt/), dropped).count()).toBe(0);
    // focus went to a neighbouring step's heading in the same column
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H3');
    await expectNoAxeViolations(page, 'roadmap with a dropped step');
    await section.getByRole('button', { name: `Palauta: ${dropped}` }).click();
    await stepCard(column(page, /^Nyt/), dropped).waitFor();
    expect(await focusedText(page)).toBe(dropped);
  });

  it('adds an own step after showing the missing title, and keeps owner and note over a reload', async () => {
    const form = page.getByRole('region', { name: 'Lisää oma askel' });
    await form.getByRole('button', { name: 'Lisää askel' }).click();
    const title = form.getByRole('textbox', { name: 'Mitä tehdään' });
    expect(await form.getByText('Kirjoita, mitä askeleessa tehdään.').isVisible()).toBe(true);
    expect(await title.getAttribute('aria-invalid')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await shot(page, 'fi-1280-own-error');
    await expectNoAxeViolations(page, 'own step with an error');

    await title.fill('Kilpailuta karttapalvelu naapurikuntien kanssa');
    await form.getByRole('radio', { name: 'Myöhemmin (18–36 kk)' }).check();
    await form.getByRole('checkbox', { name: 'Maankäyttö' }).check();
    await form.getByRole('button', { name: 'Lisää askel' }).click();
    const own = stepCard(column(page, /^Myöhemmin/), 'Kilpailuta karttapalvelu naapurikuntien kanssa');
    await own.waitFor();
    expect(await focusedText(page)).toBe('Kilpailuta karttapalvelu naapurikuntien kanssa');

    // the owner field suggests the people named in setup (here the facilitator), and takes any text
    const step = stepCard(page, titleOf(principles, 1));
    const owner = step.getByRole('combobox', { name: 'Vastuuhenkilö' });
    const list = await owner.getAttribute('list');
    expect(
      await page
        .locator(`datalist[id="${list}"] option`)
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['Fanni Fasilitaattori']);
    await owner.fill('Tietohallintojohtaja');
    await step.getByRole('textbox', { name: 'Muistiinpano' }).fill('Periaatteet johtoryhmään syyskuussa');
    await page.keyboard.press('Tab');
    // saved at once: a reload brings back the owner, the note and the own step
    await page.waitForTimeout(300);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    const reloaded = stepCard(page, titleOf(principles, 1));
    await reloaded.waitFor();
    expect(await reloaded.getByRole('combobox', { name: 'Vastuuhenkilö' }).inputValue()).toBe(
      'Tietohallintojohtaja',
    );
    expect(await reloaded.getByRole('textbox', { name: 'Muistiinpano' }).inputValue()).toBe(
      'Periaatteet johtoryhmään syyskuussa',
    );
    expect(
      await stepCard(column(page, /^Myöhemmin/), 'Kilpailuta karttapalvelu naapurikuntien kanssa').count(),
    ).toBe(1);
  });

  it('changes the capacity, with an error first', async () => {
    const form = page.getByRole('region', { name: 'Kapasiteetti' });
    const field = form.getByRole('textbox', { name: 'Nyt (0–6 kk), askelia' });
    // the three inputs stand in one column, each on its label's line, however the labels wrap
    const boxes = await form.getByRole('textbox').evaluateAll((inputs) =>
      inputs.map((input) => {
        const box = input.getBoundingClientRect();
        const label = input.closest('.capacity-field')?.querySelector('label')?.getBoundingClientRect();
        return { left: box.left, top: box.top, bottom: box.bottom, labelTop: label?.top ?? -1 };
      }),
    );
    expect(boxes).toHaveLength(3);
    for (const box of boxes) {
      expect(box.left).toBe(boxes[0]?.left);
      expect(box.bottom).toBeGreaterThan(box.labelTop);
    }
    expect(boxes[1]!.top).toBeGreaterThan(boxes[0]!.bottom);
    expect(boxes[2]!.top).toBeGreaterThan(boxes[1]!.bottom);
    await shotOf(form, 'fi-1280-capacity');
    await field.fill('1,5');
    await form.getByRole('button', { name: 'Tallenna kapasiteetti' }).click();
    expect(await form.getByText('Anna kokonaisluku, esimerkiksi 5.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'capacity with an error');
    await field.fill('2');
    await form.getByRole('button', { name: 'Tallenna kapasiteetti' }).click();
    await expect.poll(() => column(page, /^Nyt/).getByText('2 / 2').count()).toBe(1);
    expect(
      await column(page, /^Seuraavaksi/)
        .getByText('2 / 10')
        .count(),
    ).toBe(1);

    // with no room in Next and Later, what does not fit waits in the backlog
    await form.getByRole('textbox', { name: 'Myöhemmin (18–36 kk), askelia' }).fill('0');
    await form.getByRole('textbox', { name: 'Seuraavaksi (6–18 kk), askelia' }).fill('0');
    await form.getByRole('button', { name: 'Tallenna kapasiteetti' }).click();
    const backlog = page.getByRole('region', { name: 'Odotuslista' });
    await backlog.getByText(/^Näytä odotuslista/).click();
    // the cards render once the details element reports its toggle
    await expect.poll(() => backlog.getByRole('article').count()).toBeGreaterThan(0);
    await shot(page, 'fi-1280-backlog');
    await expectNoAxeViolations(page, 'backlog open');
    await form.getByRole('textbox', { name: 'Myöhemmin (18–36 kk), askelia' }).fill('15');
    await form.getByRole('textbox', { name: 'Seuraavaksi (6–18 kk), askelia' }).fill('10');
    await form.getByRole('button', { name: 'Tallenna kapasiteetti' }).click();
    await expect.poll(() => backlog.count()).toBe(0);
  });

  it('fits a 360 px screen and speaks Swedish', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'fi-360');
    await shotOf(page.getByRole('region', { name: 'Kapasiteetti' }), 'fi-360-capacity');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Svenska' }).click();
    await page.getByRole('heading', { level: 1, name: 'Utvecklingsprogram' }).waitFor();
    const nu = column(page, /^Nu 0–6 mån\./);
    expect(
      await nu
        .getByRole('button', { name: /^Flytta till Härnäst: / })
        .first()
        .isVisible(),
    ).toBe(true);
    expect(await nu.getByText('Direktupphandling möjlig').first().isVisible()).toBe(true);
    await shot(page, 'sv-360');
    await expectNoAxeViolations(page, 'roadmap sv 360');
    await page.setViewportSize({ width: 1280, height: 900 });
    await shot(page, 'sv-1280');
    await page.getByRole('button', { name: 'Suomi' }).click();
  });

  it('raises the targets of a complete assessment at once, and takes them back with one undo', async () => {
    // a quick assessment answered with levels only: every target is "same as current"
    await page?.close();
    page = await browser.newPage('#/new');
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).waitFor();
    await page.getByRole('combobox', { name: 'Kunta' }).fill('Vantaa');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Fasilitaattori' }).fill('Fanni Fasilitaattori');
    await page.getByRole('button', { name: 'Lisää osallistuja' }).click();
    await page.keyboard.type('Maija Meikäläinen');
    await page.getByRole('radio', { name: 'Pikakartoitus' }).check();
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();
    const items = page.locator('main article.answer-item');
    await items.first().waitFor();
    // a long section adds its cards in steps; the pager comes after the last one
    await page.locator('.answer-pager').waitFor();
    const answered = Math.min(await items.count(), 6);
    for (let i = 0; i < answered; i++) {
      await items
        .nth(i)
        .getByRole('radio', { name: i % 2 === 0 ? /^1 / : /^2 / })
        .check();
    }
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Kehittämisohjelma/ })
      .click();

    // the empty programme says why and offers the tool
    const empty = page.getByRole('region', { name: 'Ohjelmassa ei ole vielä askeleita' });
    await empty.waitFor();
    expect(await empty.innerText()).toContain(
      `${answered} kohdalle on merkitty nykytaso, mutta yhdenkään tavoitetasoa ei ole nostettu`,
    );
    expect(await empty.getByText(`Tavoitetaso nousee ${answered} kohdassa.`).isVisible()).toBe(true);
    expect(await empty.getByRole('radio', { name: 'Yksi taso nykytasoa korkeammalle' }).isChecked()).toBe(
      true,
    );
    await shot(page, 'fi-1280-empty-targets');
    await shotOf(empty, 'fi-1280-empty-targets-box');
    await expectNoAxeViolations(page, 'roadmap empty with the target tool');

    await empty.getByRole('button', { name: 'Nosta tavoitetasot' }).click();
    const now = column(page, /^Nyt 0–6 kk/);
    await expect.poll(() => now.getByRole('article').count()).toBeGreaterThan(0);
    expect(await empty.count()).toBe(0);
    // focus went to the first column, and the change was announced
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await focusedText(page)).toMatch(/^Nyt/);
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: `${answered} kohdan tavoitetaso nostettu.` })
        .count(),
    ).toBe(1);
    // the same tool stays at hand beside the capacity
    const panel = page.getByRole('region', { name: 'Tavoitetasot' });
    await panel.getByText('Nosta tavoitetasoja kerralla').click();
    expect(await panel.getByText('Valinta ei muuta yhtään tavoitetasoa', { exact: false }).isVisible()).toBe(
      true,
    );
    // the owner field suggests the participant and the facilitator named in setup
    const owner = now.getByRole('article').first().getByRole('combobox', { name: 'Vastuuhenkilö' });
    expect(
      await page
        .locator(`datalist[id="${await owner.getAttribute('list')}"] option`)
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value)),
    ).toEqual(['Maija Meikäläinen', 'Fanni Fasilitaattori']);
    await shot(page, 'fi-1280-targets-raised');
    await shotOf(panel, 'fi-1280-targets-panel');
    await expectNoAxeViolations(page, 'roadmap after raising targets, panel open');

    // one undo takes every target back; the roadmap no longer repeats its message
    await page.getByRole('button', { name: 'Kumoa' }).click();
    await empty.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'tavoitetaso nostettu' }).count()).toBe(0);
    expect(await page.getByRole('status').filter({ hasText: 'Viimeisin muutos kumottiin.' }).count()).toBe(1);
    await page.setViewportSize({ width: 360, height: 800 });
    await shot(page, 'fi-360-empty-targets');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'roadmap empty again, 360 px');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
