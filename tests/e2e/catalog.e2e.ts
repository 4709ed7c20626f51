import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoAxeViolations, launch, type TestBrowser } from './support';

let browser: TestBrowser;
let page: Page;
const downloads = mkdtempSync(resolve('.tmp/catalog-e2e-'));
let exported = '';

beforeAll(async () => {
  browser = await launch();
  page = await browser.newPage('#/catalog');
});

afterAll(async () => {
  expect(browser.foreignRequests).toEqual([]);
  expect(browser.pageErrors).toEqual([]);
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const offeringsSection = () =>
  page.locator('section', { has: page.getByRole('heading', { name: 'Tuotteet ja palvelut', exact: true }) });
const cardNames = () =>
  offeringsSection()
    .getByRole('article')
    .evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-label')));

async function fillTrio(scope: Locator, legend: string, fi: string, sv: string, en: string) {
  const group = scope.getByRole('group', { name: legend, exact: true });
  await group.getByLabel('suomeksi').fill(fi);
  await group.getByLabel('ruotsiksi').fill(sv);
  await group.getByLabel('englanniksi').fill(en);
}

describe('the network’s offering', () => {
  it('browses and filters the starter catalog', async () => {
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Verkoston tarjooma');
    await page.getByText('Avoin kunta -aloitusluettelo').first().waitFor();
    expect(await page.getByText('Sovelluksen mukana tuleva aloitusluettelo').isVisible()).toBe(true);
    expect((await cardNames()).length).toBe(16);
    await expectNoAxeViolations(page, 'catalog');

    await page.getByLabel('Lisenssi', { exact: true }).selectOption({ label: 'Osittain avoin' });
    await expect.poll(cardNames).toEqual(['Metabase']);
    const metabase = offeringsSection().getByRole('article', { name: 'Metabase' });
    expect(await metabase.getByText(/Metabase Commercial License/).isVisible()).toBe(true);
    expect(await metabase.getByText('Tarjouksen mukaan: käyttöönotto, ylläpito ja tuki').isVisible()).toBe(
      true,
    );

    await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
    await page.getByLabel('Palvelualue').selectOption({ label: 'Maankäyttö' });
    await page.getByLabel('Avoimuuden ulottuvuus').selectOption({ label: 'Avoimet rajapinnat' });
    await expect.poll(cardNames).toEqual(['GeoServer', 'X-Road']);
    expect(await page.getByText('Näytetään 2 / 16 tuotetta tai palvelua.').isVisible()).toBe(true);

    await page.getByLabel('Tyyppi').selectOption({ label: 'Integraatio' });
    await page.getByText('Rajauksilla ei löytynyt tuotteita tai palveluja.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'catalog, nothing found');
    await page.getByRole('button', { name: 'Tyhjennä rajaukset' }).click();
    await expect.poll(async () => (await cardNames()).length).toBe(16);
  });

  it('refuses a broken catalog file with the place of each error, changing nothing', async () => {
    await page
      .getByLabel('Luettelotiedosto')
      .setInputFiles(resolve('tests/fixtures/catalogs/broken/closed-product.json'));
    const alert = page.getByRole('alert').filter({ hasText: 'Tiedostossa on virheitä' });
    await alert.waitFor();
    expect(
      await alert
        .getByText(/offerings\[1\]\.type: a closed-source product can be offered only as an integration/)
        .isVisible(),
    ).toBe(true);
    await expectNoAxeViolations(page, 'import refused');
    expect((await cardNames()).length).toBe(16);
  });

  it('lets a supplier fill its profile and offering, shows an error, and exports the fixed file', async () => {
    await page.getByRole('link', { name: 'Toimittajille: täytä esittely ja tarjooma' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Toimittajan esittely ja tarjooma');
    await page.getByRole('group', { name: 'Tuote tai palvelu 1' }).waitFor();
    await expectNoAxeViolations(page, 'supplier form, empty');

    await page.getByLabel('Nimi', { exact: true }).fill('E2E Avoin Oy');
    await page.getByLabel('Sähköposti').fill('myynti@example.org');
    await fillTrio(
      page.locator('form'),
      'Mitä – mitä teette kunnille',
      'Autamme kuntia avoimen lähdekoodin linjauksissa.',
      'Vi hjälper kommuner med riktlinjer för öppen källkod.',
      'We help municipalities with open-source policies.',
    );
    await fillTrio(
      page.locator('form'),
      'Miten – miten toimitte',
      'Työpajoina:\n- nykytilan kartoitus\n- linjausluonnos',
      'Som workshoppar:\n- kartläggning\n- utkast',
      'As workshops:\n- survey\n- draft policy',
    );
    await fillTrio(
      page.locator('form'),
      'Lisätietoja – mistä lukea lisää',
      'https://example.org/',
      'https://example.org/',
      'https://example.org/',
    );

    const offering = page.getByRole('group', { name: 'Tuote tai palvelu 1' });
    await offering.getByLabel('Tuotteen tai palvelun nimi').fill('Avoimen lähdekoodin linjaustyöpaja');
    await fillTrio(
      offering,
      'Kuvaus',
      'Työpaja, jossa laaditaan kunnan avoimen lähdekoodin linjaus.',
      'Workshop där kommunens riktlinje för öppen källkod tas fram.',
      'Workshop that drafts the municipality’s open-source policy.',
    );
    await offering.getByRole('group', { name: 'Kehittämisen vaiheet' }).getByLabel('Strategia').check();
    for (const box of await offering
      .getByRole('group', { name: 'Palvelualueet' })
      .getByRole('checkbox')
      .all())
      await box.check();
    await offering
      .getByRole('group', { name: 'Avoimuuden ulottuvuudet' })
      .getByLabel('Avoin lähdekoodi')
      .check();
    await offering.getByText('Aiheet, joihin tuote tai palvelu vastaa', { exact: true }).first().click();
    const tags = offering.getByRole('group', { name: 'Aiheet, joihin tuote tai palvelu vastaa' });
    for (const tag of ['Avoimen lähdekoodin linjaus', 'Hankinnat', 'Toimittajalukot'])
      await tags.getByLabel(tag, { exact: true }).check();
    await offering.getByLabel('Avoimien osien lisenssi (SPDX-tunniste)').fill('CCBY4');
    await fillTrio(
      offering,
      'Mikä on avointa',
      'Työpajan aineistot.',
      'Workshopmaterialet.',
      'The workshop materials.',
    );
    await offering.getByLabel('Hinnoittelumalli').selectOption({ label: 'Päivähinta' });
    await offering.getByLabel('Hinta alkaen (€, alv 0 %)').fill('950');
    await fillTrio(
      offering,
      'Mitä hinta koskee (esimerkiksi ”päivä” tai ”käyttöönotto ja tuki”)',
      'päivä',
      'dag',
      'day',
    );

    await page.getByRole('button', { name: 'Vie luettelotiedosto' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Korjaa lomakkeen virheet' });
    await summary.waitFor();
    const spdxError = '”CCBY4” ei ole SPDX-lisenssiluettelossa. Tarkoititko ”CC-BY-4.0”?';
    expect(await summary.getByRole('link', { name: spdxError }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    await expectNoAxeViolations(page, 'supplier form with an error');

    await summary.getByRole('link', { name: spdxError }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
      'CCBY4',
    );
    await page.keyboard.press('Control+A');
    await page.keyboard.type('CC-BY-4.0');

    const preview = page.locator('section', { has: page.getByRole('heading', { name: 'Esikatselu' }) });
    const card = preview.getByRole('article', { name: 'Avoimen lähdekoodin linjaustyöpaja' });
    await card.waitFor();
    expect(await card.getByText('CC-BY-4.0').isVisible()).toBe(true);
    expect(await card.getByText(/Päivähinta: alkaen 950\s€ – päivä/).isVisible()).toBe(true);
    expect(await preview.getByRole('article', { name: 'E2E Avoin Oy' }).isVisible()).toBe(true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Vie luettelotiedosto' }).click(),
    ]);
    exported = join(downloads, download.suggestedFilename());
    await download.saveAs(exported);
    expect(download.suggestedFilename()).toBe('avoin-kunta-tarjooma-e2e-avoin-oy.json');
    await page.getByText(/Luettelotiedosto avoin-kunta-tarjooma-e2e-avoin-oy\.json on ladattu/).waitFor();
    const file = JSON.parse(readFileSync(exported, 'utf8')) as {
      offerings: Array<{ licence: { spdx: string } }>;
    };
    expect(file.offerings[0]?.licence.spdx).toBe('CC-BY-4.0');
    await expectNoAxeViolations(page, 'supplier form exported');
  });

  it('imports that file into the active catalog, after showing what changes', async () => {
    await page.getByRole('link', { name: 'Takaisin tarjoomaan' }).click();
    await page.getByLabel('Luettelotiedosto').setInputFiles(exported);
    await page.getByText(/Tiedosto on kelvollinen luettelo: E2E Avoin Oy: tarjooma/).waitFor();
    await page.getByLabel(/Yhdistä käytössä olevaan luetteloon/).check();
    const added = page.locator('.change-group', { has: page.getByRole('heading', { name: 'Lisätään (1)' }) });
    expect(await added.getByText('Avoimen lähdekoodin linjaustyöpaja').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Poistuu (0)' }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'import summary');

    await page.getByRole('button', { name: 'Ota luettelo käyttöön' }).click();
    await page
      .getByText('Luettelo ”Avoin kunta -aloitusluettelo + E2E Avoin Oy: tarjooma” on nyt käytössä.')
      .waitFor();
    expect(await page.getByText(/Tuotu tähän selaimeen/).isVisible()).toBe(true);
    await expect.poll(async () => (await cardNames()).length).toBe(17);
    await page.getByLabel('Hae nimellä').fill('linjaustyöpaja');
    await expect.poll(cardNames).toEqual(['Avoimen lähdekoodin linjaustyöpaja']);
    await expectNoAxeViolations(page, 'catalog after import');
  });

  it('shows the imported offering in a roadmap, also after a reload', async () => {
    await page.goto(new URL('#/', browser.baseURL).toString());
    await page.getByRole('button', { name: 'Avaa esimerkkikunta' }).click();
    await page.waitForURL(/#\/a\/demo-esimerkkila\/results/);
    await page.goto(new URL('#/a/demo-esimerkkila/roadmap', browser.baseURL).toString());
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    const offering = () => page.getByText('Avoimen lähdekoodin linjaustyöpaja', { exact: true });
    await expect.poll(() => offering().count()).toBeGreaterThan(0);
    await page
      .locator('details.offering-details', { hasText: 'Avoimen lähdekoodin linjaustyöpaja' })
      .first()
      .locator('summary')
      .click();
    expect(await page.getByText('E2E Avoin Oy').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'roadmap with the imported offering');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Kehittämisohjelma' }).waitFor();
    await expect.poll(() => offering().count()).toBeGreaterThan(0);
  }, 120_000);
});
