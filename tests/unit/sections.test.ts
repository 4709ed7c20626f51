import { resolveScope } from '../../src/domain/assessment/scope';
import {
  answerSections,
  defaultSection,
  isAnswered,
  neighbourItem,
  nextUnanswered,
  sectionProgress,
  type AnswerSection,
} from '../../src/domain/assessment/sections';
import type { Scope } from '../../src/domain/assessment/schema';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { item, questionnaire } from '../support/fixtures';

const q: Questionnaire = questionnaire([
  // dimension order in the fixture: open-source, open-apis, open-data
  item({ id: 'open-data.general.policy', phases: ['strategy'] }),
  item({ id: 'open-source.general.policy', phases: ['strategy', 'development'] }),
  item({ id: 'open-source.land-use.maps', phases: ['development', 'production'], areas: ['land-use'] }),
  item({ id: 'open-apis.finance.invoices', phases: ['production'], areas: ['finance'] }),
  item({
    id: 'open-apis.shared.two-areas',
    phases: ['development'],
    areas: ['land-use', 'finance'],
  }),
  item({ id: 'open-source.finance.ledger', phases: 'all', areas: ['finance'] }),
]);

function scope(partial: Partial<Scope> = {}): Scope {
  return {
    areas: ['land-use', 'education-culture', 'finance', 'information-management'],
    phases: ['strategy', 'development', 'production'],
    profile: 'full',
    ...partial,
  };
}

function sectionsFor(s: Scope): AnswerSection[] {
  return answerSections(q, resolveScope(q, s));
}

describe('answerSections', () => {
  it('orders sections by phase, general first, then areas in questionnaire order, and omits empty ones', () => {
    expect(sectionsFor(scope()).map((s) => s.id)).toEqual([
      'strategy.general',
      'strategy.finance',
      'development.general',
      'development.land-use',
      'production.finance',
    ]);
  });

  it('puts an item in the first of its in-scope phases only, so it is asked once', () => {
    const sections = sectionsFor(scope());
    const all = sections.flatMap((s) => s.itemIds);
    expect(all).toHaveLength(q.items.length);
    expect(new Set(all).size).toBe(all.length);
    // open-source.general.policy is strategy + development: asked in strategy
    // strategy + development: asked in strategy only
    expect(sections.find((s) => s.id === 'strategy.general')?.itemIds).toContain(
      'open-source.general.policy',
    );
    expect(sections.find((s) => s.id === 'development.general')?.itemIds).not.toContain(
      'open-source.general.policy',
    );
    // every phase: asked in the first one
    expect(sections.find((s) => s.id === 'strategy.finance')?.itemIds).toEqual([
      'open-source.finance.ledger',
    ]);
  });

  it('moves an item to its next in-scope phase when the first is out of scope', () => {
    const sections = sectionsFor(scope({ phases: ['development', 'production'] }));
    expect(sections.map((s) => s.id)).toEqual([
      'development.general',
      'development.land-use',
      'development.finance',
      'production.finance',
    ]);
    expect(sections.find((s) => s.id === 'development.finance')?.itemIds).toEqual([
      'open-source.finance.ledger',
    ]);
    expect(sections.find((s) => s.id === 'production.finance')?.itemIds).toEqual([
      'open-apis.finance.invoices',
    ]);
  });

  it('sends "all"-area items and items of several in-scope areas to general, single-area items to their area', () => {
    const sections = sectionsFor(scope({ phases: ['development'] }));
    expect(sections).toEqual([
      {
        id: 'development.general',
        phase: 'development',
        area: null,
        itemIds: ['open-source.general.policy', 'open-apis.shared.two-areas'],
      },
      {
        id: 'development.land-use',
        phase: 'development',
        area: 'land-use',
        itemIds: ['open-source.land-use.maps'],
      },
      {
        id: 'development.finance',
        phase: 'development',
        area: 'finance',
        itemIds: ['open-source.finance.ledger'],
      },
    ]);
  });

  it('sends an item of several areas to the area when only one of them is in scope', () => {
    const sections = sectionsFor(scope({ phases: ['development'], areas: ['land-use'] }));
    expect(sections.find((s) => s.id === 'development.land-use')?.itemIds).toEqual([
      'open-source.land-use.maps',
      'open-apis.shared.two-areas',
    ]);
  });

  it('orders items within a section by dimension, then by questionnaire position', () => {
    const sections = sectionsFor(scope({ phases: ['strategy'] }));
    expect(sections.find((s) => s.id === 'strategy.general')?.itemIds).toEqual([
      'open-source.general.policy',
      'open-data.general.policy',
    ]);
  });

  it('follows the profile: items outside it are not asked', () => {
    const quick = questionnaire(q.items, { quick: ['open-data.general.policy'] });
    const sections = answerSections(quick, resolveScope(quick, scope({ profile: 'quick' })));
    expect(sections).toEqual([
      { id: 'strategy.general', phase: 'strategy', area: null, itemIds: ['open-data.general.policy'] },
    ]);
  });

  it('returns no sections when nothing is in scope', () => {
    expect(sectionsFor(scope({ areas: ['education-culture'], phases: ['production'] }))).toEqual([]);
  });
});

describe('progress and navigation helpers', () => {
  const sections: AnswerSection[] = [
    { id: 'a.general', phase: 'a', area: null, itemIds: ['i1', 'i2'] },
    { id: 'a.x', phase: 'a', area: 'x', itemIds: ['i3'] },
    { id: 'b.general', phase: 'b', area: null, itemIds: ['i4', 'i5'] },
  ];
  const answers: Record<string, { current: 0 | 3 | 'unknown' | 'not-applicable' | null }> = {
    i1: { current: 3 },
    i3: { current: 'unknown' },
    i4: { current: null },
    i5: { current: 'not-applicable' },
  };
  const answerOf = (id: string) => answers[id];

  it('counts a level, "don\'t know" and "not applicable" as answered, null and missing as not', () => {
    expect(isAnswered({ current: 0 })).toBe(true);
    expect(isAnswered({ current: 'unknown' })).toBe(true);
    expect(isAnswered({ current: 'not-applicable' })).toBe(true);
    expect(isAnswered({ current: null })).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
    expect(sections.map((s) => sectionProgress(s, answerOf))).toEqual([
      { answered: 1, total: 2 },
      { answered: 1, total: 1 },
      { answered: 1, total: 2 },
    ]);
  });

  it('opens the first section with unanswered items, else the first', () => {
    expect(defaultSection(sections, answerOf)?.id).toBe('a.general');
    expect(defaultSection(sections, (id) => (id === 'i2' ? undefined : { current: 1 }))?.id).toBe(
      'a.general',
    );
    expect(defaultSection(sections, (id) => (id === 'i4' ? undefined : { current: 1 }))?.id).toBe(
      'b.general',
    );
    expect(defaultSection(sections, () => ({ current: 1 }))?.id).toBe('a.general');
    expect(defaultSection([], answerOf)).toBeUndefined();
  });

  it('steps to the next and previous item across sections, and stops at the ends', () => {
    expect(neighbourItem(sections, { itemId: 'i2', sectionId: 'a.general' }, 1)).toEqual({
      sectionId: 'a.x',
      itemId: 'i3',
    });
    expect(neighbourItem(sections, { itemId: 'i4', sectionId: 'b.general' }, -1)?.itemId).toBe('i3');
    expect(neighbourItem(sections, { itemId: 'i5', sectionId: 'b.general' }, 1)).toBeUndefined();
    expect(neighbourItem(sections, { itemId: 'i1', sectionId: 'a.general' }, -1)).toBeUndefined();
    // without a focused item: the first or last item of the section
    expect(neighbourItem(sections, { sectionId: 'b.general' }, 1)?.itemId).toBe('i4');
    expect(neighbourItem(sections, { sectionId: 'b.general' }, -1)?.itemId).toBe('i5');
  });

  it('finds the next unanswered item after the current one, wrapping around', () => {
    expect(nextUnanswered(sections, { itemId: 'i1', sectionId: 'a.general' }, answerOf)?.itemId).toBe('i2');
    expect(nextUnanswered(sections, { itemId: 'i2', sectionId: 'a.general' }, answerOf)).toEqual({
      sectionId: 'b.general',
      itemId: 'i4',
    });
    // past the end it starts again from the top, and never returns the item it started from
    expect(nextUnanswered(sections, { itemId: 'i4', sectionId: 'b.general' }, answerOf)?.itemId).toBe('i2');
    expect(nextUnanswered(sections, { sectionId: 'a.x' }, answerOf)?.itemId).toBe('i4');
    expect(nextUnanswered(sections, { sectionId: 'a.general' }, answerOf)?.itemId).toBe('i2');
  });

  it('finds nothing when every other item is answered', () => {
    const onlyI2Open = (id: string) => (id === 'i2' ? { current: null } : { current: 2 as const });
    expect(nextUnanswered(sections, { itemId: 'i2', sectionId: 'a.general' }, onlyI2Open)).toBeUndefined();
    expect(nextUnanswered(sections, { sectionId: 'a.general' }, () => ({ current: 1 }))).toBeUndefined();
    expect(nextUnanswered([], { sectionId: 'a.general' }, answerOf)).toBeUndefined();
  });
});
