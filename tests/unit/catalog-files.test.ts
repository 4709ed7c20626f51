import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { licenceClass, parseCatalog } from '../../src/domain/offering/catalog';
import { checkSpdxExpression, spdxLicenseIds } from '../../src/domain/offering/spdx';
import { validateFiles } from '../../src/cli/validate';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const questionnaire = read('questionnaires/avoin-kunta.json') as { items: Array<{ tags: string[] }> };
const knownTags = new Set(questionnaire.items.flatMap((item) => item.tags));

const catalogFiles = [
  ...readdirSync('questionnaires/offering').map((name) => join('questionnaires/offering', name)),
  ...readdirSync('tests/fixtures/catalogs/valid').map((name) => join('tests/fixtures/catalogs/valid', name)),
].filter((path) => path.endsWith('.json'));

describe('catalog files', () => {
  it('include the starter catalog', () => {
    expect(catalogFiles).toContain('questionnaires/offering/starter.json');
  });

  it.each(catalogFiles)('%s validates, with no warning', (path) => {
    const result = parseCatalog(read(path), { knownTags });
    if (!result.ok) throw new Error(result.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    expect(result.warnings).toEqual([]);
  });

  it('point editors to the generated JSON Schema', () => {
    for (const name of readdirSync('questionnaires/offering').filter((n) => n.endsWith('.json')))
      expect((read(join('questionnaires/offering', name)) as { $schema?: string }).$schema).toBe(
        '../schema/catalog.schema.json',
      );
  });

  it('are accepted by npm run validate', () => {
    const lines: string[] = [];
    expect(
      validateFiles(
        catalogFiles,
        (line) => lines.push(line),
        (line) => lines.push(line),
      ),
    ).toBe(0);
    expect(lines).toContain('questionnaires/offering/starter.json: valid offering catalog');
  });
});

describe('starter catalog', () => {
  const result = parseCatalog(read('questionnaires/offering/starter.json'));
  if (!result.ok) throw new Error('starter catalog does not validate');
  const { catalog, offerings } = result;
  const provider = (id: string) => catalog.providers.find((p) => p.id === id);

  it('says plainly that the network members’ catalog comes from the network’s own file', () => {
    expect(catalog.description?.fi).toMatch(/verkoston omasta luettelotiedostosta/);
    expect(catalog.description?.en).toMatch(/network's own catalogue file/);
  });

  it('marks no maintainer as a network member, since membership is not known', () => {
    expect(catalog.providers.filter((p) => p.member)).toEqual([]);
  });

  it('carries the brochure’s sample profile as the example fill it is, with no invented offering', () => {
    const avaamo = provider('avaamo-konsultointi');
    expect(avaamo?.example).toBe(true);
    expect(avaamo?.profile?.what.fi).toMatch(/^Avaamo Konsultointi auttaa kuntia/);
    expect(avaamo?.profile?.how.fi).toMatch(/- työpajatyöskentely yhdessä sidosryhmien kanssa/);
    expect(avaamo?.profile?.more.fi).toBe('www.avaamokonsultointi.fi');
    expect(avaamo?.url).toBeUndefined();
    expect(offerings.filter((o) => o.provider.id === 'avaamo-konsultointi')).toEqual([]);
  });

  it('names the real maintainers and their licences as read from the projects', () => {
    const licences = Object.fromEntries(offerings.map((o) => [o.id, [o.provider.name, o.licence.spdx]]));
    expect(licences['oskari']).toEqual(['Maanmittauslaitos', 'MIT OR EUPL-1.1']);
    expect(licences['x-road']).toEqual(['Nordic Institute for Interoperability Solutions (NIIS)', 'MIT']);
    expect(licences['linked-events']).toEqual(['Helsingin kaupunki', 'MIT']);
    expect(licences['evaka']).toEqual(['Espoon kaupunki', 'LGPL-2.1-or-later']);
    expect(licences['ckan']).toEqual(['Open Knowledge Foundation', 'AGPL-3.0-or-later']);
  });

  it('says so where a licence is not confirmed, instead of guessing an SPDX id', () => {
    const unconfirmed = offerings.filter((o) => o.licence.unconfirmed);
    expect(unconfirmed.map((o) => o.id).sort()).toEqual([
      'decidim',
      'libreoffice',
      'metabase',
      'qgis',
      'zammad',
    ]);
    for (const offering of unconfirmed) {
      expect(offering.licence.spdx).toBeNull();
      expect(offering.licence.open.fi).toMatch(/varmistettava/);
      expect(offering.licence.open.en).toMatch(/to be confirmed/);
    }
  });

  it('is open source throughout, with the closed enterprise part of Metabase stated', () => {
    expect(offerings.filter((o) => licenceClass(o) === 'closed')).toEqual([]);
    expect(offerings.filter((o) => licenceClass(o) === 'partly-open').map((o) => o.id)).toEqual(['metabase']);
  });

  it('prices open-source products as licence free, implementation and support on quotation', () => {
    for (const offering of offerings) {
      expect(offering.pricing).toMatchObject({ model: 'quote', from: null, to: null });
      expect(offering.pricing.note?.fi).toMatch(/maksuton/);
      expect(offering.pricing.note?.en).toMatch(/priced separately by suppliers/);
    }
  });

  it('uses only SPDX ids from the maintained list, not deprecated ones', () => {
    for (const offering of offerings)
      if (offering.licence.spdx) expect(checkSpdxExpression(offering.licence.spdx)).toBeNull();
  });
});

describe('SPDX licence list', () => {
  it('comes from the spdx-license-ids package, not a hand-typed list', () => {
    const packaged = read('node_modules/spdx-license-ids/index.json') as string[];
    expect(spdxLicenseIds).toEqual(packaged);
    expect(spdxLicenseIds).toContain('EUPL-1.2');
    expect(spdxLicenseIds.length).toBeGreaterThan(500);
  });

  it.each([
    ['MIT', null],
    ['MIT OR EUPL-1.1', null],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', null],
    ['(MIT OR Apache-2.0) AND LicenseRef-Proprietary', null],
  ])('accepts %s', (expression, problem) => expect(checkSpdxExpression(expression)).toBe(problem));

  it('names what is wrong: unknown id with suggestions, deprecated id with replacements, grammar', () => {
    expect(checkSpdxExpression('GPL3')).toEqual({
      kind: 'unknown-id',
      id: 'GPL3',
      suggestions: ['GPL-3.0-only', 'GPL-3.0-or-later'],
    });
    expect(checkSpdxExpression('Apache2')).toMatchObject({ kind: 'unknown-id', suggestions: ['Apache-2.0'] });
    expect(checkSpdxExpression('mit')).toMatchObject({ kind: 'unknown-id', suggestions: ['MIT'] });
    expect(checkSpdxExpression('AGPL-3.0')).toEqual({
      kind: 'deprecated-id',
      id: 'AGPL-3.0',
      replacements: ['AGPL-3.0-only', 'AGPL-3.0-or-later'],
    });
    expect(checkSpdxExpression('GPL-2.0+')).toEqual({
      kind: 'deprecated-id',
      id: 'GPL-2.0',
      replacements: ['GPL-2.0-or-later'],
    });
    expect(checkSpdxExpression('GPL-2.0+', { allowDeprecated: true })).toBeNull();
    expect(checkSpdxExpression('MIT OR')).toMatchObject({ kind: 'syntax' });
    expect(checkSpdxExpression('(MIT')).toMatchObject({ kind: 'syntax' });
    expect(checkSpdxExpression('  ')).toEqual({ kind: 'empty' });
  });
});
