import type { AnswerValue } from '../../src/domain/assessment/schema';
import type { Level } from '../../src/domain/questionnaire/schema';
import fc from 'fast-check';
import {
  isHalfway,
  median,
  medianLevel,
  suggestConsensus,
  voteStats,
  votesByParticipant,
  wideSpreadLevels,
} from '../../src/domain/workshop/votes';

const votes = (...values: AnswerValue[]): Record<string, AnswerValue> =>
  Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value]));

describe('median', () => {
  it('is null for no levels and the level itself for one', () => {
    expect(median([])).toBeNull();
    expect(median([4])).toBe(4);
  });

  it('takes the middle of an odd count, whatever the input order', () => {
    expect(median([5, 0, 3])).toBe(3);
    expect(median([2, 2, 5, 0, 1])).toBe(2);
  });

  it('takes the mean of the two middle values of an even count, which can be a half', () => {
    // the review's cases: 1,1,3,4 was shown as "median 1" and 1,3 as "median 1"
    expect(median([1, 1, 3, 4])).toBe(2);
    expect(median([3, 1])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([4, 1])).toBe(2.5);
    expect(median([0, 5])).toBe(2.5);
    expect(median([3, 3, 4, 4])).toBe(3.5);
    expect(median([2, 2])).toBe(2);
  });

  it('does not reorder its input', () => {
    const input: Level[] = [3, 1, 2];
    median(input);
    expect(input).toEqual([3, 1, 2]);
  });
});

describe('medianLevel and isHalfway', () => {
  it('keeps a whole median and takes the lower of the two levels around a half', () => {
    expect(medianLevel(2)).toBe(2);
    expect(medianLevel(2.5)).toBe(2);
    expect(medianLevel(0.5)).toBe(0);
    expect(medianLevel(4.5)).toBe(4);
    expect(isHalfway(2)).toBe(false);
    expect(isHalfway(2.5)).toBe(true);
  });
});

describe('median properties', () => {
  const levelsArb = fc.array(fc.constantFrom<Level>(0, 1, 2, 3, 4, 5), { minLength: 1, maxLength: 30 });

  it('is a whole or half level between min and max, the same whatever the order', () => {
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const m = median(levels) as number;
        expect(Number.isInteger(m * 2)).toBe(true);
        expect(m).toBeGreaterThanOrEqual(Math.min(...levels));
        expect(m).toBeLessThanOrEqual(Math.max(...levels));
        expect(median([...levels].reverse())).toBe(m);
      }),
    );
  });

  it('has as many votes below it as above it', () => {
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const m = median(levels) as number;
        const below = levels.filter((l) => l < m).length;
        const above = levels.filter((l) => l > m).length;
        expect(below * 2).toBeLessThanOrEqual(levels.length);
        expect(above * 2).toBeLessThanOrEqual(levels.length);
      }),
    );
  });

  it('suggests a level with at least half of the votes at or below it and at least half at or above it', () => {
    fc.assert(
      fc.property(levelsArb, (levels) => {
        const stats = voteStats(votes(...levels));
        const s = stats.suggestion as Level;
        expect(s).toBe(Math.floor(stats.median as number));
        expect(levels.filter((l) => l <= s).length * 2).toBeGreaterThanOrEqual(levels.length);
        expect(levels.filter((l) => l >= s).length * 2).toBeGreaterThanOrEqual(levels.length);
      }),
    );
  });

  it('moves up by one for every vote raised by one level, as a median of the shifted votes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Level>(0, 1, 2, 3, 4), { minLength: 1, maxLength: 30 }),
        (levels) => {
          const shifted = levels.map((l) => (l + 1) as Level);
          expect(median(shifted)).toBe((median(levels) as number) + 1);
        },
      ),
    );
  });
});

describe('voteStats', () => {
  it('has no median, range or suggestion without votes', () => {
    expect(voteStats({})).toEqual({
      voters: 0,
      levelVotes: 0,
      distribution: [0, 0, 0, 0, 0, 0],
      notApplicable: 0,
      unknown: 0,
      median: null,
      min: null,
      max: null,
      spread: null,
      wide: false,
      mixed: false,
      suggestion: null,
    });
  });

  it('counts each level, the median, min and max', () => {
    const stats = voteStats(votes(2, 3, 2, 5, 0));
    expect(stats.distribution).toEqual([1, 0, 2, 1, 0, 1]);
    expect(stats).toMatchObject({
      voters: 5,
      levelVotes: 5,
      median: 2,
      min: 0,
      max: 5,
      spread: 5,
      wide: true,
    });
    expect(stats.suggestion).toBe(2);
  });

  it('flags a spread of exactly two levels, not of one', () => {
    expect(wideSpreadLevels).toBe(2);
    expect(voteStats(votes(2, 3, 3)).wide).toBe(false);
    expect(voteStats(votes(2, 3, 4)).wide).toBe(true);
    expect(voteStats(votes(1, 3)).wide).toBe(true);
    expect(voteStats(votes(4, 4, 4)).spread).toBe(0);
  });

  it('keeps "not applicable" and "don\'t know" out of the levels, and notes the mix', () => {
    const stats = voteStats(votes(1, 'not-applicable', 'unknown', 3));
    expect(stats).toMatchObject({
      voters: 4,
      levelVotes: 2,
      notApplicable: 1,
      unknown: 1,
      min: 1,
      max: 3,
      median: 2,
    });
    expect(stats.mixed).toBe(true);
    // half the voters gave a level: the median of the levels is suggested
    expect(stats.suggestion).toBe(2);
  });

  it('gives the true median of an even count and suggests the lower level around a half', () => {
    expect(voteStats(votes(1, 1, 3, 4))).toMatchObject({ median: 2, suggestion: 2 });
    expect(voteStats(votes(1, 3))).toMatchObject({ median: 2, suggestion: 2 });
    expect(voteStats(votes(1, 2, 3, 4))).toMatchObject({ median: 2.5, suggestion: 2 });
    expect(voteStats(votes(0, 2, 3, 4))).toMatchObject({ median: 2.5, suggestion: 2 });
    expect(voteStats(votes(4, 5))).toMatchObject({ median: 4.5, suggestion: 4 });
  });
});

describe('suggestConsensus', () => {
  const base = { median: null, notApplicable: 0, unknown: 0 };

  it('suggests a level when at least half of the voters gave one', () => {
    expect(suggestConsensus({ voters: 2, levelVotes: 1, median: 3, notApplicable: 1, unknown: 0 })).toBe(3);
    expect(suggestConsensus({ voters: 4, levelVotes: 2, median: 3.5, notApplicable: 2, unknown: 0 })).toBe(3);
    expect(suggestConsensus({ voters: 3, levelVotes: 1, median: 3, notApplicable: 2, unknown: 0 })).toBe(
      'not-applicable',
    );
  });

  it('suggests the more common of "not applicable" and "don\'t know", a tie being "don\'t know"', () => {
    expect(suggestConsensus({ ...base, voters: 2, levelVotes: 0, notApplicable: 2 })).toBe('not-applicable');
    expect(suggestConsensus({ ...base, voters: 3, levelVotes: 0, notApplicable: 1, unknown: 2 })).toBe(
      'unknown',
    );
    expect(suggestConsensus({ ...base, voters: 2, levelVotes: 0, notApplicable: 1, unknown: 1 })).toBe(
      'unknown',
    );
  });

  it('suggests nothing without voters', () => {
    expect(suggestConsensus({ ...base, voters: 0, levelVotes: 0 })).toBeNull();
  });
});

describe('votesByParticipant', () => {
  it('lists who chose what in the order of the participants, leaving out those who did not vote', () => {
    const people = [
      { id: 'b', name: 'Ben' },
      { id: 'a', name: 'Anna' },
      { id: 'c', name: 'Cia' },
    ];
    expect(votesByParticipant(people, { a: 2, b: 'unknown' })).toEqual([
      { participant: people[0], value: 'unknown' },
      { participant: people[1], value: 2 },
    ]);
  });

  it('never reads an inherited property as a vote', () => {
    expect(votesByParticipant([{ id: 'constructor' }], {})).toEqual([]);
  });
});
