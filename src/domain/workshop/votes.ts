import type { AnswerValue } from '../assessment/schema';
import type { Level } from '../questionnaire/schema';
import { isLevel } from '../scoring/levels';

/**
 * What the blind votes on one item say once they are revealed (docs/workshop.md): how many chose
 * each level, the median, the range, and whether the spread is wide enough that the group should
 * talk before it agrees. Wide spread usually means the level descriptors were read differently.
 */

/** A spread of this many levels or more (max − min) is flagged for discussion. */
export const wideSpreadLevels = 2;

/** Votes per level 0–5. */
export type Distribution = [number, number, number, number, number, number];

export interface VoteStats {
  /** Everyone who voted, whatever they chose. */
  voters: number;
  /** Votes that are a level 0–5. */
  levelVotes: number;
  distribution: Distribution;
  notApplicable: number;
  unknown: number;
  /**
   * The median of the level votes (see `median`): a level, or halfway between two (2.5) when an
   * even count's two middle votes differ by an odd number of levels; null without level votes.
   */
  median: number | null;
  min: Level | null;
  max: Level | null;
  /** max − min; null without level votes. */
  spread: number | null;
  /** spread ≥ `wideSpreadLevels`. */
  wide: boolean;
  /** Some gave a level and others "not applicable" or "don't know": also worth a word before agreeing. */
  mixed: boolean;
  /** The consensus to suggest (see `suggestConsensus`); null without votes. */
  suggestion: AnswerValue | null;
}

/**
 * The median of the levels: the middle value of an odd count; with an even count the mean of the
 * two middle values, which is a half when they differ by an odd number of levels: [1, 1, 3, 4] → 2,
 * [1, 4] → 2.5, [1, 3] → 2. Null for no levels.
 */
export function median(levels: readonly Level[]): number | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] as Level;
  const lower = sorted[Math.floor((sorted.length - 1) / 2)] as Level;
  return (lower + upper) / 2;
}

/** True when a median falls halfway between two levels (2.5), so it is no level itself. */
export function isHalfway(median: number): boolean {
  return !Number.isInteger(median);
}

/**
 * The level a median suggests: the median itself when it is a level; when it falls halfway
 * between two levels, the lower of the two (2.5 → 2). The lower one because the suggestion should
 * not claim more than the group saw: at least half of the votes are at or below it, and at least
 * half at or above it. The facilitator says so, and the group may choose the upper one.
 */
export function medianLevel(median: number): Level {
  return Math.min(5, Math.max(0, Math.floor(median))) as Level;
}

/**
 * The consensus level to suggest: the median's level (`medianLevel`) when at least half of the
 * voters gave a level; otherwise the more common of "not applicable" and "don't know" (a tie is
 * "don't know": the group does not agree that the item does not apply). Null without votes.
 */
export function suggestConsensus(
  stats: Pick<VoteStats, 'voters' | 'levelVotes' | 'median' | 'notApplicable' | 'unknown'>,
): AnswerValue | null {
  if (stats.voters === 0) return null;
  if (stats.levelVotes * 2 >= stats.voters && stats.median !== null) return medianLevel(stats.median);
  return stats.notApplicable > stats.unknown ? 'not-applicable' : 'unknown';
}

/** Statistics of one item's votes (`answer.votes`: participant id → value). */
export function voteStats(votes: Readonly<Record<string, AnswerValue>>): VoteStats {
  const distribution: Distribution = [0, 0, 0, 0, 0, 0];
  const levels: Level[] = [];
  let notApplicable = 0;
  let unknown = 0;
  for (const value of Object.values(votes)) {
    if (isLevel(value)) {
      distribution[value] = (distribution[value] ?? 0) + 1;
      levels.push(value);
    } else if (value === 'not-applicable') notApplicable++;
    else unknown++;
  }
  const middle = median(levels);
  const min = levels.length > 0 ? (Math.min(...levels) as Level) : null;
  const max = levels.length > 0 ? (Math.max(...levels) as Level) : null;
  const spread = min === null || max === null ? null : max - min;
  const voters = levels.length + notApplicable + unknown;
  const stats = {
    voters,
    levelVotes: levels.length,
    distribution,
    notApplicable,
    unknown,
    median: middle,
    min,
    max,
    spread,
    wide: spread !== null && spread >= wideSpreadLevels,
    mixed: levels.length > 0 && notApplicable + unknown > 0,
  };
  return { ...stats, suggestion: suggestConsensus(stats) };
}

/** Who chose what, in the order of `participants` (for the reveal "with names"); non-voters left out. */
export function votesByParticipant<P extends { id: string }>(
  participants: readonly P[],
  votes: Readonly<Record<string, AnswerValue>>,
): Array<{ participant: P; value: AnswerValue }> {
  return participants.flatMap((participant) =>
    Object.prototype.hasOwnProperty.call(votes, participant.id)
      ? [{ participant, value: votes[participant.id] as AnswerValue }]
      : [],
  );
}
