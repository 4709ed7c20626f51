import type { AnswerValue } from '../../src/domain/assessment/schema';
import type { Level } from '../../src/domain/questionnaire/schema';
import {
  lowerMedian,
  suggestConsensus,
  voteStats,
  votesByParticipant,
  wideSpreadLevels,
} from '../../src/domain/workshop/votes';

const votes = (...values: AnswerValue[]): Record<string, AnswerValue> =>
  Object.fromEntries(values.map((value, i) => [`p${i + 1}`, value]));

describe('lowerMedian', () => {
  it('is null for no levels and the level itself for one', () => {
    expect(lowerMedian([])).toBeNull();
    expect(lowerMedian([4])).toBe(4);
  });

  it('takes the middle of an odd count, whatever the input order', () => {
    expect(lowerMedian([5, 0, 3])).toBe(3);
    expect(lowerMedian([2, 2, 5, 0, 1])).toBe(2);
  });

  it('takes the lower of the two middle values of an even count', () => {
    expect(lowerMedian([1, 2, 3, 4])).toBe(2);
    expect(lowerMedian([4, 1])).toBe(1);
    expect(lowerMedian([0, 5])).toBe(0);
    expect(lowerMedian([3, 3, 4, 4])).toBe(3);
  });

  it('does not reorder its input', () => {
    const input: Level[] = [3, 1, 2];
    lowerMedian(input);
    expect(input).toEqual([3, 1, 2]);
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
      median: 1,
    });
    expect(stats.mixed).toBe(true);
    // half the voters gave a level: the level median is suggested
    expect(stats.suggestion).toBe(1);
  });

  it('suggests the lower median for an even count of votes', () => {
    expect(voteStats(votes(1, 2, 3, 4)).suggestion).toBe(2);
  });
});

describe('suggestConsensus', () => {
  const base = { median: null, notApplicable: 0, unknown: 0 };

  it('suggests a level when at least half of the voters gave one', () => {
    expect(suggestConsensus({ voters: 2, levelVotes: 1, median: 3, notApplicable: 1, unknown: 0 })).toBe(3);
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
