import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

/**
 * The report: the printable HTML view (axe, print layout, contents links) and the PDF download,
 * checked as a reader would, with poppler: the text is there, every page renders.
 */

let browser: TestBrowser;
const outDir = resolve('.tmp/report-e2e');
const shots = resolve('.tmp/shots-report');

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

async function openDemoReport(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Avaa esimerkkikunta' }).click();
  await expect.poll(() => page.url(), { timeout: 20_000 }).toMatch(/#\/a\/demo-esimerkkila\/results/);
  await page
    .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
    .getByRole('link', { name: /Raportti/ })
    .click();
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 20_000 })
    .toBe('Avoimuuden arviointi ja kehittämisohjelma');
}

/** Clicks "download PDF", catches the download, saves it and returns its path, text and page count. */
async function downloadPdf(
  page: Page,
  buttonName: string,
  name: string,
): Promise<{ file: string; text: string; pages: number; suggested: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: buttonName }).click(),
  ]);
  const file = join(outDir, `${name}.pdf`);
  await download.saveAs(file);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
    /\s+/g,
    ' ',
  );
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
  return { file, text, pages, suggested: download.suggestedFilename() };
}

/** pdftoppm renders every page; returns how many images it made. */
function renderPages(file: string, name: string): number {
  const dir = join(outDir, `${name}-pages`);
  mkdirSync(dir, { recursive: true });
  execFileSync('pdftoppm', ['-r', '30', '-png', file, join(dir, 'page')]);
  return readdirSync(dir).filter((f) => f.endsWith('.png')).length;
}

describe('report of the demo municipality', () => {
  let page: Page;

  it(
    'shows the whole report as a page that passes axe, with a working contents list',
    { timeout: 120_000 },
    async () => {
      page = await browser.newPage();
      await openDemoReport(page);
      expect(await page.title()).toBe('Raportti: Esimerkkilä (esimerkki) – Avoin kunta -työpaja');
      const sections = page.locator('.report-section > h2');
      expect((await sections.allInnerTexts()).map((t) => t.replace(/^\d+\s*/, ''))).toEqual([
        'Yhteenveto',
        'Menetelmä',
        'Tulokset',
        'Havainnot palvelualueittain',
        'Kehittämisohjelma',
        'Sopiva tarjooma',
        'Hankinnat',
        'Etiikka',
        'Liite: kaikki kysymykset',
        'Jatko Avoin kunta -verkoston kanssa',
      ]);
      expect(
        await page.getByRole('table', { name: 'Nyt (0–6 kk)' }).getByRole('row').count(),
      ).toBeGreaterThan(1);
      expect(await page.getByRole('img', { name: 'Nykytaso ja tavoite ulottuvuuksittain' }).count()).toBe(1);
      await page.screenshot({ path: join(shots, 'demo-fi-1280.png'), fullPage: false });
      // the programme's eight columns fit a 1280 px screen: nothing is cut or scrolled away
      const nowTable = page.getByRole('table', { name: 'Nyt (0–6 kk)' });
      expect(
        await nowTable.evaluate((table) => {
          const box = table.parentElement as HTMLElement;
          return box.scrollWidth - box.clientWidth;
        }),
      ).toBeLessThanOrEqual(1);
      await nowTable.scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, 'demo-fi-1280-programme.png'), fullPage: false });
      expect(await nowTable.getByRole('columnheader').allInnerTexts()).toContain('Mitä muuttuu');
      // the sentence about the accessible version is for the PDF only
      expect(await page.locator('.report-page').innerText()).not.toContain('tulostettava HTML-raportti');
      // evidence addresses are links
      const evidence = page.getByRole('table', { name: 'Kaikki kysymykset' }).getByRole('link').first();
      expect(await evidence.getAttribute('href')).toMatch(/^https?:\/\//);
      await expectNoAxeViolations(page, 'report fi');

      // a contents link goes to its section and moves focus to its heading
      await page
        .getByRole('navigation', { name: 'Sisällys' })
        .getByRole('link', { name: 'Hankinnat' })
        .click();
      await expect.poll(() => page.url()).toMatch(/#\/a\/demo-esimerkkila\/report\/procurement$/);
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.textContent))
        .toContain('Hankinnat');
    },
  );

  it('downloads the PDF with the same content: sections, steps, offerings and licences, names with ä, ö and å', async () => {
    await page.goto(new URL('#/a/demo-esimerkkila/report', browser.baseURL).toString());
    await page.getByRole('heading', { level: 1 }).waitFor();
    const nowStep = (
      await page
        .getByRole('table', { name: 'Nyt (0–6 kk)' })
        .locator('tbody tr')
        .first()
        .locator('td strong')
        .first()
        .innerText()
    ).trim();
    const { file, text, pages, suggested } = await downloadPdf(page, 'Lataa PDF', 'demo-fi');
    expect(suggested).toBe('avoin-kunta-esimerkkila-esimerkki-2026-11-26.pdf');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'on ladattu' }).count()).toBe(1);
    expect(text).toContain('Esimerkkilä (esimerkki)');
    expect(text).toContain('Exempelby (exempel)');
    expect(text).toContain('Maija Meikäläinen');
    for (const heading of [
      'Yhteenveto',
      'Menetelmä',
      'Tulokset',
      'Kehittämisohjelma',
      'Sopiva tarjooma',
      'Hankinnat',
      'Liite: kaikki kysymykset',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Nyt (0–6 kk)');
    expect(text).toContain(nowStep.slice(0, 40));
    expect(text).toMatch(/Oskari.*MIT OR EUPL-1\.1/);
    expect(text).toContain('avoinkunta@coss.fi');
    expect(text).toContain('60 000 €');
    expect(pages).toBeGreaterThan(20);
    expect(pages).toBeLessThan(90);
    expect(text).toContain(`sivu ${pages} / ${pages}`);
    expect(renderPages(file, 'demo-fi')).toBe(pages);
  });

  // axe over the whole report twice takes a while on a busy machine
  it('is worded in Swedish when the app is, in the page and in the PDF', { timeout: 180_000 }, async () => {
    await page.getByRole('button', { name: 'Svenska' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Bedömning av öppenhet och utvecklingsprogram');
    await expectNoAxeViolations(page, 'report sv');
    const { file, text, pages, suggested } = await downloadPdf(page, 'Ladda ner pdf', 'demo-sv');
    expect(suggested).toBe('avoin-kunta-exempelby-exempel-2026-11-26.pdf');
    expect(text).toContain('Exempelby (exempel)');
    expect(text).toContain('Öppen källkod');
    expect(text).toContain('Främjande av välfärd och hälsa');
    expect(text).toContain('Utvecklingsprogram');
    expect(text).toContain(`sida ${pages} / ${pages}`);
    expect(renderPages(file, 'demo-sv')).toBe(pages);
    await page.setViewportSize({ width: 360, height: 800 });
    await page.screenshot({ path: join(shots, 'demo-sv-360.png'), fullPage: false });
    await expectNoAxeViolations(page, 'report sv 360 px');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Suomi' }).click();
  });

  it('prints the report alone: the app around it is hidden, the sections run on after the cover', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.assessment-bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Tulosta' }).isVisible()).toBe(false);
    const breaks = await page
      .locator('.report-section')
      .evaluateAll((sections) => sections.map((s) => getComputedStyle(s).breakBefore));
    // a page break after the cover only: one before every section left pages nearly empty
    expect(breaks[0]).toBe('page');
    expect(breaks.slice(1).every((b) => b === 'auto')).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.length).toBeGreaterThan(50_000);
    const printed = join(outDir, 'print-fi.pdf');
    writeFileSync(printed, pdf);
    expect(renderPages(printed, 'print-fi')).toBeGreaterThan(10);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

describe('report of a fresh quick assessment', () => {
  it('downloads a PDF that names the municipality and people in both languages', async () => {
    const page = await browser.newPage('#/new');
    await page.getByRole('combobox', { name: 'Kunta' }).fill('borgå');
    await page.getByRole('listbox', { name: 'Kunta' }).getByRole('option').first().click();
    await page.getByRole('textbox', { name: 'Fasilitaattori' }).fill('Åke Öhman');
    await page.getByRole('button', { name: 'Lisää osallistuja' }).click();
    await page
      .getByRole('region', { name: 'Osallistujat' })
      .getByRole('textbox', { name: 'Nimi' })
      .fill('Jyrki Mäkelä');
    await page.getByRole('radio', { name: 'Pikakartoitus' }).check();
    await page.getByRole('button', { name: 'Luo arviointi ja aloita' }).click();
    await expect.poll(() => page.url()).toMatch(/#\/a\/[0-9a-f-]{36}\/answer$/);
    await page
      .getByRole('navigation', { name: 'Arvioinnin vaiheet' })
      .getByRole('link', { name: /Raportti/ })
      .click();
    await page.getByRole('button', { name: 'Lataa PDF' }).waitFor();
    await expectNoAxeViolations(page, 'report of an unanswered assessment');
    const { file, text, pages, suggested } = await downloadPdf(page, 'Lataa PDF', 'quick-fi');
    expect(suggested).toMatch(/^avoin-kunta-porvoo-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(text).toContain('Porvoo');
    expect(text).toContain('Borgå');
    expect(text).toContain('Åke Öhman');
    expect(text).toContain('Jyrki Mäkelä');
    expect(text).toContain('Pikakartoitus');
    expect(text).toContain('Kehittämisohjelma');
    expect(text).toContain('Kuiluja ei ole, joten kehittämisohjelmassa ei ole askeleita.');
    expect(pages).toBeGreaterThanOrEqual(10);
    expect(pages).toBeLessThan(30);
    expect(renderPages(file, 'quick-fi')).toBe(pages);
    await page.close();
  });

  it('sends no request outside its own origin and throws no error', () => {
    expect(browser.foreignRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
