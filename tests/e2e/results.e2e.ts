import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import questionnaireJson from '../../questionnaires/avoin-kunta.json';
import { createEmptyAssessment, emptyAnswer } from '../../src/domain/assessment/create';
import type { Answer, Assessment } from '../../src/domain/assessment/schema';
import { rowFigures, type ScoreView } from '../../src/domain/charts/series';
import { evaluate, type Evaluation } from '../../src/domain/evaluate';
import type { Level, Questionnaire } from '../../src/domain/questionnaire/schema';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

const q = questionnaireJson as Questionnaire;
const shots = '.tmp/shots-results';
/** The scope the test sets up: the quick set in two service areas, all phases. */
const scopeAreas = ['land-use', 'information-management'];
const scale = ['Ei olemassa', 'Satunnainen', 'Toistuva', 'Määritelty', 'Johdettu', 'Strateginen'];

let browser: TestBrowser;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
});

const oneDecimal = new Intl.NumberFormat('fi-FI', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
// scores are shown rounded down, so that 1.98 (level 1) does not read as 2,0
const score = { format: (value: number) => oneDecimal.format(Math.floor(value * 10 + 1e-9) / 10) };
const fmt = (value: number | null) => (value === null ? 'ei tietoa' : score.format(value));
const nameOf = (list: ReadonlyArray<{ id: string; name: { fi: string } }>, id: string | undefined) =>
  list.find((entry) => entry.id === id)?.name.fi ?? '';

/** What the test answers for the n-th item it meets: varied levels, a gap, a "don't know", low confidence. */
function plannedAnswer(n: number): Pick<Answer, 'current' | 'target' | 'confidence'> {
  if (n === 3) return { current: 'unknown', target: null, confidence: null };
  const current = ((n * 2) % 5) as Level;
  const target = Math.min(5, current + (n % 3)) as Level;
  return { current, target: target === current ? null : target, confidence: n % 4 === 0 ? 'low' : 'high' };
}

async function createAssessmentThroughSetup(page: Page): Promise<string> {
  await page.goto(new URL('#/new', browser.baseURL).toString());
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Uusi arviointi');
  await page.getByRole('combobox', { name: 'Kunta' }).fill('Tampere');
  await page
    .getByRole('option', { name: /^Tampere/ })
    .first()
    .click();
  await page.getByLabel('Fasilitaattori').fill('Tiina Testaaja');
  for (const area of q.areas) {
    const box = page.getByRole('checkbox', { name: area.name.fi, exact: true });
    if (scopeAreas.includes(area.id)) await box.check();
    else await box.uncheck();
  }
  await page.getByRole('radio', { name: 'Pikakartoitus' }).check();
  await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/answer/);
  const match = /#\/a\/([^/]+)\//.exec(page.url());
  if (!match?.[1]) throw new Error(`no assessment id in ${page.url()}`);
  return decodeURIComponent(match[1]);
}

async function answerItem(item: Locator, planned: ReturnType<typeof plannedAnswer>): Promise<void> {
  const option =
    planned.current === 'unknown'
      ? 'En osaa sanoa'
      : `${planned.current} ${scale[planned.current as number]}`;
  await item.getByRole('radio', { name: option, exact: true }).check();
  if (planned.target !== null) await item.getByLabel('Tavoitetaso').selectOption(String(planned.target));
  if (planned.confidence === 'low') await item.getByRole('radio', { name: 'Matala', exact: true }).check();
  if (planned.confidence === 'high') await item.getByRole('radio', { name: 'Korkea', exact: true }).check();
}

/** Answers every item of every section, as a person would, and returns what was answered. */
async function answerEverything(page: Page): Promise<Record<string, ReturnType<typeof plannedAnswer>>> {
  const answered: Record<string, ReturnType<typeof plannedAnswer>> = {};
  for (let guard = 0; guard < 40; guard++) {
    await page.locator('article.answer-item').first().waitFor();
    // a long section adds its cards in steps; the pager comes after the last one
    await page.locator('.answer-pager').waitFor();
    const items = page.locator('article.answer-item');
    for (let i = 0; i < (await items.count()); i++) {
      const item = items.nth(i);
      const itemId = await item.getAttribute('data-item-id');
      if (!itemId || itemId in answered) continue;
      const planned = plannedAnswer(Object.keys(answered).length);
      await answerItem(item, planned);
      answered[itemId] = planned;
    }
    const next = page.getByRole('link', { name: 'Seuraava osio' });
    if ((await next.count()) === 0) break;
    const before = page.url();
    await next.click();
    await page.waitForURL((url) => url.toString() !== before);
  }
  return answered;
}

/** The same assessment built in Node, for the engine's own numbers. */
function expectedEvaluation(answered: Record<string, ReturnType<typeof plannedAnswer>>): Evaluation {
  const assessment: Assessment = {
    ...createEmptyAssessment({
      id: 'expected',
      questionnaire: { id: q.id, version: q.version },
      municipality: { code: '837', name: { fi: 'Tampere', sv: 'Tammerfors' } },
      date: '2026-03-01',
      scope: { areas: scopeAreas, phases: q.phases.map((p) => p.id), profile: 'quick' },
      now: '2026-03-01T09:00:00.000Z',
    }),
    answers: Object.fromEntries(Object.entries(answered).map(([id, a]) => [id, { ...emptyAnswer(), ...a }])),
  };
  return evaluate(q, assessment, []);
}

async function rowCells(table: Locator, header: string): Promise<string[]> {
  const row = table.locator('tr', {
    has: table.page().getByRole('rowheader', { name: header, exact: true }),
  });
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

async function expectShownNumbers(page: Page, result: Evaluation, view: ScoreView): Promise<void> {
  const viewName = view === 'average' ? 'Painotettu keskiarvo' : 'Heikoin lenkki';
  const overall = rowFigures(result.scores.overall, view);
  const summary = page.getByRole('region', { name: 'Yhteenveto' });
  await expect
    .poll(() =>
      summary
        .locator('dt', { hasText: /^Pisteet$/ })
        .locator('xpath=following-sibling::dd')
        .textContent(),
    )
    .toBe(`${fmt(overall.score)} / 5`);
  expect(
    await summary
      .locator('dt', { hasText: 'Kokonaistaso' })
      .locator('xpath=following-sibling::dd')
      .textContent(),
  ).toBe(`${overall.level}${scale[overall.level ?? 0]}`);
  const dimensions = page.getByRole('table', { name: `Tulokset ulottuvuuksittain – ${viewName}` });
  for (const row of result.scores.dimensions) {
    const figures = rowFigures(row, view);
    const cells = await rowCells(dimensions, nameOf(q.dimensions, row.dimension));
    expect(cells.slice(1, 3)).toEqual([fmt(figures.score), fmt(figures.targetScore)]);
  }
  // the heatmap prints the engine's number on every cell that has one
  const heatmap = page.getByRole('img', {
    name: `Nykytaso palvelualueittain ja ulottuvuuksittain – ${viewName}`,
  });
  const printed = await heatmap.locator('g.heatmap-cell-level > text').allTextContents();
  const expected = result.scores.cells.map((cell) => cell.current[view].score).filter((v) => v !== null);
  expect(printed).toEqual(expected.map((v) => score.format(v)));
  // and names each cell without a score by its state: not answered yet, or no question applies
  const states = await heatmap
    .locator('g.heatmap-cell-unanswered, g.heatmap-cell-no-questions')
    .evaluateAll((cells) =>
      cells.map((cell) => cell.querySelector('title')?.textContent?.replace(/^.*: /, '') ?? ''),
    );
  expect(states).toEqual(
    result.scores.cells
      .map((cell) => cell.current[view])
      .filter((c) => c.score === null)
      .map((c) => (c.total > c.notApplicable ? 'Ei vielä vastattu' : 'Ei kysymyksiä')),
  );
}

describe('results', () => {
  it('shows an empty state, then the engine’s numbers for an assessment set up and answered in the UI', async () => {
    const page = await browser.newPage();
    const id = await createAssessmentThroughSetup(page);

    // nothing answered yet: the results say so and lead to answering
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Tulokset/ })
      .click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tulokset');
    await page.getByRole('heading', { name: 'Tuloksia ei vielä ole' }).waitFor();
    await expectNoAxeViolations(page, 'results empty');
    await page.getByRole('link', { name: 'Siirry arviointiin' }).click();
    await page.waitForURL(/\/answer/);

    const answered = await answerEverything(page);
    const result = expectedEvaluation(answered);
    expect(Object.keys(answered)).toEqual(expect.arrayContaining(result.scope.items));
    expect(result.progress.answered).toBeGreaterThan(5);

    await page.goto(new URL(`#/a/${id}/results`, browser.baseURL).toString());
    await page.getByRole('heading', { level: 2, name: 'Yhteenveto' }).waitFor();
    await expectShownNumbers(page, result, 'average');
    expect(await page.getByRole('img', { name: /^Ulottuvuuksien nykytaso ja tavoite/ }).isVisible()).toBe(
      true,
    );
    expect(await page.getByRole('img', { name: 'Vaikuttavuus–työmäärä-nelikenttä' }).isVisible()).toBe(true);
    expect(
      await page.getByRole('list', { name: 'Suurimmat erot tavoitteeseen' }).getByRole('listitem').count(),
    ).toBe(Math.min(10, result.scores.items.filter((i) => (i.gap ?? 0) > 0).length));
    await expectNoAxeViolations(page, 'results average');
    await page.screenshot({ path: `${shots}/results-fi-1280.png`, fullPage: true });

    // the weakest-link view, chosen with the keyboard, lives in the address: leaving and coming back keeps it
    await page.getByRole('radio', { name: 'Painotettu keskiarvo' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/\/results\/weakest$/);
    expect(await page.getByRole('radio', { name: 'Heikoin lenkki' }).isChecked()).toBe(true);
    await expectShownNumbers(page, result, 'weakest');
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Arviointi/ })
      .click();
    await page.waitForURL(/\/answer(\/|$)/);
    await page.goBack();
    await page.waitForURL(/\/results\/weakest$/);
    await page.getByRole('heading', { level: 2, name: 'Yhteenveto' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Heikoin lenkki' }).isChecked()).toBe(true);
    await expectShownNumbers(page, result, 'weakest');

    // every chart's table opens on request; axe with the tables shown
    const showTable = page.getByRole('button', { name: 'Näytä taulukkona' });
    expect(await showTable.count()).toBe(3);
    // each click renames its button, so always take the first one still closed
    while ((await showTable.count()) > 0) await showTable.first().click();
    expect(await page.getByRole('button', { name: 'Piilota taulukko' }).count()).toBe(3);
    expect(await page.getByRole('table', { name: /^Nykytaso palvelualueittain/ }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'results weakest with tables');
    await page.screenshot({ path: `${shots}/results-fi-1280-weakest-tables.png`, fullPage: true });

    // Swedish
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Resultat');
    expect(await page.getByRole('radio', { name: 'Svagaste länken' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'results sv');
    await page.screenshot({ path: `${shots}/results-sv-1280.png`, fullPage: true });
    await page.getByRole('button', { name: 'Suomi' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Tulokset');

    // a narrow phone screen: nothing overflows the page; wide charts scroll inside their own box
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('radio', { name: 'Painotettu keskiarvo' }).check();
    await page.waitForURL(/\/results$/);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(360);
    // the heatmap's drawing (first) and its opened table both scroll in their own box
    const heatmapBox = page.getByRole('group', { name: /^Nykytaso palvelualueittain/ }).first();
    await expect.poll(() => heatmapBox.getAttribute('tabindex')).toBe('0');
    await expectNoAxeViolations(page, 'results 360 px');
    await page.screenshot({ path: `${shots}/results-fi-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Resultat');
    await page.screenshot({ path: `${shots}/results-sv-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Suomi' }).click();
    await page.close();
  }, 240_000);

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
