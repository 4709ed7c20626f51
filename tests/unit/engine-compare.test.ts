import { compareAssessments, mapAnswers } from '../../src/domain/compare/compare';
import { findSharedSteps } from '../../src/domain/compare/shared';
import { assessment, item, questionnaire } from '../support/fixtures';

const v1 = questionnaire([
  item({ id: 'open-source.general.policy' }),
  item({ id: 'open-apis.general.api-rules' }),
  item({ id: 'open-data.general.old-portal' }),
]);
const v2 = questionnaire(
  [
    item({ id: 'open-source.general.policy' }),
    item({ id: 'open-apis.general.api-principles', replaces: ['open-apis.general.api-rules'] }),
    item({ id: 'open-data.general.catalogue' }),
  ],
  { version: '2.0.0' },
);

describe('mapAnswers', () => {
  it('follows replaces and lists answers that no longer map', () => {
    const older = assessment(v1, { 'open-apis.general.api-rules': 2, 'open-data.general.old-portal': 1 });
    const mapped = mapAnswers(older.answers, v2);
    expect(Object.keys(mapped.answers)).toEqual(['open-apis.general.api-principles']);
    expect(mapped.mappedFrom.get('open-apis.general.api-principles')).toBe('open-apis.general.api-rules');
    expect(mapped.unmapped).toEqual(['open-data.general.old-portal']);
  });
});

describe('compareAssessments', () => {
  const before = assessment(v1, {
    'open-source.general.policy': 1,
    'open-apis.general.api-rules': { current: 2, target: 4 },
    'open-data.general.old-portal': 3,
  });
  const after = assessment(
    v2,
    {
      'open-source.general.policy': 3,
      'open-apis.general.api-principles': { current: 3, target: 4 },
      'open-data.general.catalogue': 'unknown',
    },
    { date: '2027-03-01', questionnaireVersion: '2.0.0' },
  );
  const comparison = compareAssessments(
    { questionnaire: v1, assessment: before },
    { questionnaire: v2, assessment: after },
  );

  it('gives deltas per item, following replaces', () => {
    expect(comparison.sameQuestionnaire).toBe(false);
    expect(comparison.items).toEqual([
      {
        itemId: 'open-source.general.policy',
        previousItemId: 'open-source.general.policy',
        before: 1,
        after: 3,
        delta: 2,
        targetBefore: null,
        targetAfter: null,
      },
      {
        itemId: 'open-apis.general.api-principles',
        previousItemId: 'open-apis.general.api-rules',
        before: 2,
        after: 3,
        delta: 1,
        targetBefore: 4,
        targetAfter: 4,
      },
      {
        itemId: 'open-data.general.catalogue',
        previousItemId: null,
        before: null,
        after: 'unknown',
        delta: null,
        targetBefore: null,
        targetAfter: null,
      },
    ]);
    expect(comparison.newItems).toEqual(['open-data.general.catalogue']);
  });

  it('lists what no longer maps', () => {
    expect(comparison.unmapped.map((u) => [u.itemId, u.answer.current])).toEqual([
      ['open-data.general.old-portal', 3],
    ]);
    expect(comparison.removedItems).toEqual(['open-data.general.old-portal']);
  });

  it('gives deltas per aggregate', () => {
    const overall = comparison.aggregates.find((a) => a.key === 'overall');
    expect(overall?.before?.current.average.score).toBe(1.5);
    expect(overall?.after?.current.average.score).toBe(3);
    expect(overall?.delta).toEqual({ average: 1.5, weakest: 2 });
    const data = comparison.aggregates.find((a) => a.key === 'dimension:open-data');
    expect(data?.delta).toEqual({ average: null, weakest: null });
  });
});

describe('findSharedSteps', () => {
  it('lists other municipalities planning the same step', () => {
    const shared = findSharedSteps(
      [
        { municipality: 'Tampere', stepIds: ['a@0-1', 'b@1-2'] },
        { municipality: 'Espoo', stepIds: ['a@0-1'] },
        { municipality: 'Oulu', stepIds: ['a@0-1', 'c@0-1'] },
      ],
      'Tampere',
    );
    expect(shared).toEqual({ 'a@0-1': ['Espoo', 'Oulu'] });
  });
});
