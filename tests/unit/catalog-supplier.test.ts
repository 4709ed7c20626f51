import { parseCatalog } from '../../src/domain/offering/catalog';
import {
  emptyOffering,
  emptySupplier,
  slugify,
  spdxMessage,
  supplierSchema,
  toCatalog,
  type SupplierValues,
} from '../../src/features/catalog/supplier-form';
import { setupI18n } from '../../src/i18n';

const ids = {
  phases: ['strategy', 'development', 'production'],
  areas: [
    'social-health',
    'education-culture',
    'vitality',
    'land-use',
    'finance',
    'information-management',
    'hr',
    'municipal-engineering',
  ],
  dimensions: [
    'open-source',
    'open-standards',
    'open-apis',
    'open-architecture',
    'open-data',
    'open-innovation',
  ],
};
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

function filled(): SupplierValues {
  return {
    ...emptySupplier(),
    name: 'Avoin Testi Oy',
    email: 'myynti@example.org',
    what: text('Teemme karttapalveluja.', 'Vi gör karttjänster.', 'We build map services.'),
    how: text('Projekteina:\n- kartoitus', 'Som projekt:\n- kartläggning', 'As projects:\n- survey'),
    more: text('https://example.org/', 'https://example.org/', 'https://example.org/'),
    offerings: [
      {
        ...emptyOffering(),
        name: 'Oskari-käyttöönotto',
        type: 'service',
        description: text('Käyttöönotto.', 'Införande.', 'Deployment.'),
        phases: ['development'],
        areas: [...ids.areas],
        dimensions: ['open-source'],
        tags: ['map-platform', 'geospatial'],
        spdx: 'MIT',
        open: text('Koodi.', 'Koden.', 'The code.'),
        model: 'daily',
        from: '900',
        unit: text('päivä', 'dag', 'day'),
      },
    ],
  };
}

function errorsOf(values: SupplierValues, language: 'fi' | 'sv' | 'en' = 'fi') {
  const i18n = setupI18n(language);
  const result = supplierSchema((key, v) => String(i18n.t(key as never, v as never))).safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('supplier form', () => {
  afterAll(() => setupI18n('fi'));

  it('accepts a filled form and exports a catalog file that the network can import', () => {
    expect(errorsOf(filled())).toEqual({});
    const catalog = toCatalog(filled(), '2026-11-26', ids);
    const parsed = parseCatalog(catalog);
    expect(parsed.ok).toBe(true);
    expect(catalog.providers[0]).toMatchObject({
      id: 'avoin-testi-oy',
      member: false,
      contact: { email: 'myynti@example.org' },
    });
    expect(catalog.offerings[0]).toMatchObject({
      id: 'avoin-testi-oy.oskari-kayttoonotto',
      areas: 'all',
      phases: ['development'],
      licence: { spdx: 'MIT', closed: null },
      pricing: { model: 'daily', from: 900, to: null },
    });
  });

  it('says in the user’s language what breaks the brochure’s rules, at the field', () => {
    const values = filled();
    values.offerings[0] = { ...values.offerings[0]!, spdx: 'GPL3', model: 'hourly', from: '' };
    expect(errorsOf(values)).toEqual({
      'offerings.0.spdx':
        '”GPL3” ei ole SPDX-lisenssiluettelossa. Tarkoititko ”GPL-3.0-only” / ”GPL-3.0-or-later”?',
      'offerings.0.from':
        'Tämä hinnoittelumalli vaatii hinnan. Valitse ”Tarjouksen mukaan”, jos hinta annetaan pyynnöstä.',
    });
    values.offerings[0] = { ...values.offerings[0]!, spdx: '', type: 'product', model: 'quote' };
    expect(errorsOf(values, 'sv')).toEqual({
      'offerings.0.type':
        'En produkt med sluten källkod kan erbjudas endast som integrations- eller interoperabilitetslösning: välj typen Integration eller ange licensen för de öppna delarna.',
      'offerings.0.closed.fi': 'Ingen del har öppen licens: ange vad som är slutet.',
    });
  });

  it('requires every profile text in three languages and a way to reach the supplier', () => {
    const values = { ...filled(), email: '', how: text('- työpajat', '', '- workshops') };
    expect(errorsOf(values, 'en')).toEqual({
      'how.sv': 'Required.',
      contactName: 'Give a contact person, an email address or a phone number.',
    });
  });

  it('names SPDX problems: deprecated ids get their replacements', () => {
    const t = (key: string, values?: Record<string, string>) => `${key} ${JSON.stringify(values ?? {})}`;
    expect(spdxMessage('GPL-3.0', t)).toBe(
      'catalog.supplier.errors.spdxDeprecated {"id":"GPL-3.0","replacements":"GPL-3.0-only / GPL-3.0-or-later"}',
    );
    expect(spdxMessage('MIT AND', t)).toBe('catalog.supplier.errors.spdxSyntax {}');
    expect(spdxMessage('', t)).toBeNull();
  });

  it('makes ids from names', () => {
    expect(slugify('Ääkkös Öy – Åland', 'x')).toBe('aakkos-oy-aland');
    expect(slugify('!!!', 'fallback')).toBe('fallback');
  });
});
