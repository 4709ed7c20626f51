import { gapEffort, prioritize, priorityScore, quadrantOf } from '../../src/domain/priorities/priorities';
import { scoreAssessment } from '../../src/domain/scoring/score';
import { assessment, item, questionnaire } from '../support/fixtures';

describe('quadrantOf', () => {
  it.each([
    [4, 'S', 'quick-win'],
    [4, 'M', 'quick-win'],
    [4, 'L', 'major-project'],
    [9, 'L', 'major-project'],
    [3, 'S', 'fill-in'],
    [3, 'M', 'fill-in'],
    [3, 'L', 'thankless'],
    [1, 'L', 'thankless'],
  ] as const)('impact × weight %s with effort %s is %s', (value, effort, quadrant) => {
    expect(quadrantOf(value, effort)).toBe(quadrant);
  });
});

describe('priorityScore', () => {
  it('is gap × weight × impact ÷ effort × (1 + dot share)', () => {
    expect(priorityScore({ gap: 2, weight: 3, impact: 2, effort: 'M', dotShare: 0 })).toBe(6);
    expect(priorityScore({ gap: 2, weight: 3, impact: 2, effort: 'M', dotShare: 1 })).toBe(12);
    expect(priorityScore({ gap: 5, weight: 3, impact: 3, effort: 'S', dotShare: 1 })).toBe(90);
    expect(priorityScore({ gap: 0, weight: 3, impact: 3, effort: 'S', dotShare: 1 })).toBe(0);
  });
});

describe('gapEffort', () => {
  it('is the largest effort of the actions that close the gap', () => {
    const i = item({ id: 'open-source.general.a', actions: { 1: { effort: 'M' }, 3: { effort: 'L' } } });
    expect(gapEffort(i, 0, 1)).toBe('S');
    expect(gapEffort(i, 0, 3)).toBe('M');
    expect(gapEffort(i, 2, 5)).toBe('L');
  });
});

describe('prioritize', () => {
  const q = questionnaire([
    item({ id: 'open-source.general.a', weight: 3 }),
    item({ id: 'open-source.general.b', weight: 1, effort: 'L' }),
    item({ id: 'open-source.general.c', weight: 2 }),
    item({ id: 'open-source.general.d', weight: 2 }),
  ]);
  const a = assessment(
    q,
    {
      'open-source.general.a': { current: 1, target: 3, impact: 3, dots: { p1: 1 } },
      'open-source.general.b': { current: 0, target: 2, dots: { p1: 2, p2: 2 } },
      'open-source.general.c': { current: 2, target: 2 },
      'open-source.general.d': { current: 4, target: 2 },
    },
    {
      participants: [
        { id: 'p1', name: 'A' },
        { id: 'p2', name: 'B' },
      ],
    },
  );
  const priorities = prioritize(q, a, scoreAssessment(q, a).items);

  it('ranks only items with a positive gap, highest first', () => {
    expect(priorities.map((p) => p.itemId)).toEqual(['open-source.general.a', 'open-source.general.b']);
  });

  it('uses dots relative to the most-voted item and the default impact 2', () => {
    const [first, second] = priorities;
    expect(first).toMatchObject({
      gap: 2,
      impact: 3,
      impactSet: true,
      dots: 1,
      dotShare: 0.25,
      value: 9,
      quadrant: 'quick-win',
    });
    expect(first?.score).toBeCloseTo(2 * 3 * 3 * 1.25);
    expect(second).toMatchObject({
      impact: 2,
      impactSet: false,
      dots: 4,
      dotShare: 1,
      effort: 'L',
      value: 2,
      quadrant: 'thankless',
    });
    expect(second?.score).toBeCloseTo(((2 * 1 * 2) / 3) * 2);
  });
});
