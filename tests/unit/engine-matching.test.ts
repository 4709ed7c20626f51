import { catalogSchema, offeringSchema, type Offering } from '../../src/domain/offering/schema';
import { indexCatalog, matchOfferings, type MatchTarget } from '../../src/domain/offering/match';
import { isSpdxExpression } from '../../src/domain/offering/spdx';
import { offering, text } from '../support/fixtures';

const target: MatchTarget = {
  tags: ['api-catalogue', 'x-road'],
  dimensions: ['open-apis'],
  areas: ['land-use', 'finance'],
  phases: ['development'],
  general: false,
};

describe('matchOfferings', () => {
  const catalog = [
    offering({ id: 'both-tags', tags: ['api-catalogue', 'x-road'], dimensions: ['open-apis'] }),
    offering({ id: 'one-tag-specific', tags: ['x-road'], areas: ['land-use'], phases: ['development'] }),
    offering({ id: 'one-tag-general', tags: ['x-road'], dimensions: ['open-data'] }),
    offering({ id: 'dimension-and-area', dimensions: ['open-apis'], areas: ['finance'] }),
    offering({ id: 'dimension-only', dimensions: ['open-apis'] }),
    offering({
      id: 'unrelated',
      tags: ['library'],
      dimensions: ['open-source'],
      areas: ['education-culture'],
    }),
  ];

  it('scores overlap of tags, dimension, area and phase, best first', () => {
    const matches = matchOfferings(target, indexCatalog(catalog));
    expect(matches.map((m) => [m.offering.id, m.score])).toEqual([
      ['both-tags', 3 + 3 + 2 + 1 + 1],
      ['one-tag-specific', 3 + 2 + 2 + 1],
      ['dimension-and-area', 2 + 2 + 1],
      ['one-tag-general', 3 + 1 + 1],
    ]);
    expect(matches[1]?.matched).toEqual({
      tags: ['x-road'],
      dimensions: ['open-apis'],
      areas: ['land-use'],
      phases: ['development'],
    });
  });

  it('leaves out offerings sharing only a dimension, or nothing', () => {
    const ids = matchOfferings(target, indexCatalog(catalog)).map((m) => m.offering.id);
    expect(ids).not.toContain('dimension-only');
    expect(ids).not.toContain('unrelated');
  });

  it('matches an area-specific step by a shared dimension and a named area, without a shared tag', () => {
    const ids = matchOfferings(target, indexCatalog(catalog)).map((m) => m.offering.id);
    expect(ids).toContain('dimension-and-area');
  });

  describe('a general step (one for every service area)', () => {
    // e.g. an open-source policy: in a full scope its areas are all eight
    const general: MatchTarget = {
      tags: ['open-source-policy'],
      dimensions: ['open-source'],
      areas: ['social-health', 'education-culture', 'land-use', 'information-management'],
      phases: ['strategy'],
      general: true,
    };
    const products = [
      offering({
        id: 'evaka',
        tags: ['early-education'],
        dimensions: ['open-source'],
        areas: ['education-culture'],
      }),
      offering({
        id: 'geoserver',
        tags: ['geospatial'],
        dimensions: ['open-source', 'open-standards'],
        areas: ['land-use', 'municipal-engineering'],
      }),
      offering({
        id: 'policy-workshop',
        tags: ['open-source-policy'],
        dimensions: ['open-source'],
        phases: ['strategy'],
      }),
      offering({ id: 'policy-for-schools', tags: ['open-source-policy'], areas: ['education-culture'] }),
    ];

    it('does not match an area-specific product that shares no tag with it', () => {
      const ids = matchOfferings(general, indexCatalog(products)).map((m) => m.offering.id);
      expect(ids).not.toContain('evaka');
      expect(ids).not.toContain('geoserver');
      // the same products do match the step of one area by dimension and area
      const specific = { ...general, areas: ['education-culture'], general: false };
      expect(matchOfferings(specific, indexCatalog(products)).map((m) => m.offering.id)).toContain('evaka');
    });

    it('still matches by tag, area-specific offerings included, scored as before', () => {
      expect(matchOfferings(general, indexCatalog(products)).map((m) => [m.offering.id, m.score])).toEqual([
        // tag 3 + all dimensions 2 + names education-culture 2 + all phases 1
        ['policy-for-schools', 3 + 2 + 2 + 1],
        // tag 3 + dimension 2 + all areas 1 + phase 1
        ['policy-workshop', 3 + 2 + 1 + 1],
      ]);
    });

    it('gives no offering when only dimensions and areas overlap', () => {
      expect(matchOfferings({ ...general, tags: [] }, indexCatalog(products))).toEqual([]);
    });
  });

  it('orders ties by name, then id, whatever the catalog order', () => {
    const tied = [
      offering({ id: 'c', name: 'beta', tags: ['x-road'] }),
      offering({ id: 'a', name: 'Beta', tags: ['x-road'] }),
      offering({ id: 'b', name: 'alpha', tags: ['x-road'] }),
    ];
    const expected = ['b', 'a', 'c'];
    expect(matchOfferings(target, indexCatalog(tied)).map((m) => m.offering.id)).toEqual(expected);
    expect(matchOfferings(target, indexCatalog([...tied].reverse())).map((m) => m.offering.id)).toEqual(
      expected,
    );
  });

  it('lists at most the requested number', () => {
    expect(matchOfferings(target, indexCatalog(catalog), 2)).toHaveLength(2);
    expect(matchOfferings(target, indexCatalog(catalog), 0)).toEqual([]);
  });
});

/** A catalog file holding `offerings`: providers listed once, offerings naming them by id. */
function catalogFile(offerings: Offering[]) {
  const providers = [...new Map(offerings.map((o) => [o.provider.id, o.provider])).values()];
  return {
    id: 'avoin-kunta',
    version: '1.0.0',
    updated: '2026-02-01',
    title: text('Catalog'),
    providers,
    offerings: offerings.map((o) => ({ ...o, provider: o.provider.id })),
  };
}

describe('offering schema', () => {
  it('accepts a valid offering and catalog', () => {
    expect(offeringSchema.safeParse(offering({ id: 'x' })).success).toBe(true);
    expect(catalogSchema.safeParse(catalogFile([offering({ id: 'x' })])).success).toBe(true);
  });

  it('refuses duplicate ids, a bad licence expression and a price range upside down', () => {
    const result = catalogSchema.safeParse(catalogFile([offering({ id: 'x' }), offering({ id: 'x' })]));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['offerings', 1, 'id']);
    const badLicence = {
      ...offering({ id: 'x' }),
      licence: { spdx: 'MIT OR', open: text('code'), closed: null },
    };
    expect(offeringSchema.safeParse(badLicence).success).toBe(false);
    const badPrice = {
      ...offering({ id: 'x' }),
      pricing: { model: 'daily', from: 2_000, to: 1_000, unit: text('per day') },
    };
    expect(offeringSchema.safeParse(badPrice).success).toBe(false);
  });
});

describe('isSpdxExpression', () => {
  it.each([
    'MIT',
    'AGPL-3.0-only',
    'GPL-2.0+',
    'LGPL-2.1-or-later',
    'MIT AND EUPL-1.2',
    '(MIT OR Apache-2.0) AND LicenseRef-Proprietary',
    'GPL-2.0-only WITH Classpath-exception-2.0',
    'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2',
  ])('accepts %s', (expression) => expect(isSpdxExpression(expression)).toBe(true));

  it.each(['', 'MIT OR', 'AND MIT', '(MIT', 'MIT)', 'MIT WITH', 'MIT OR OR GPL-2.0', 'M I T', 'MIT; rm -rf'])(
    'refuses %j',
    (expression) => expect(isSpdxExpression(expression)).toBe(false),
  );
});
