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
  /** The lower median of the level votes (see `lowerMedian`); null without level votes. */
  median: Level | null;
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
 * The median of whole levels. With an even count there are two middle values; we take the lower
 * one, so the suggestion is always a level someone actually chose and never claims more than half
 * the group saw: [1, 2, 3, 4] → 2. Null for no levels.
 */
export function lowerMedian(levels: readonly Level[]): Level | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/**
 * The consensus level to suggest: the lower median of the level votes when at least half of the
 * voters gave a level; otherwise the more common of "not applicable" and "don't know" (a tie is
 * "don't know": the group does not agree that the item does not apply). Null without votes.
 */
export function suggestConsensus(
  stats: Pick<VoteStats, 'voters' | 'levelVotes' | 'median' | 'notApplicable' | 'unknown'>,
): AnswerValue | null {
  if (stats.voters === 0) return null;
  if (stats.levelVotes * 2 >= stats.voters && stats.median !== null) return stats.median;
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
  const median = lowerMedian(levels);
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
    median,
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
