import type { AnswerValue, Confidence } from '../assessment/schema';
import type { Level } from '../questionnaire/schema';
import { isLevel, levelFromScore, maxLevel } from './levels';

/** A score over a group of items, with the counts behind it. */
export interface Aggregate {
  /** Null when no item of the group has a level. */
  score: number | null;
  max: typeof maxLevel;
  level: Level | null;
  /** Items with a level. */
  answered: number;
  /** Items in the group. */
  total: number;
  /** Items answered "don't know": excluded from the score, shown so the gap in knowledge is visible. */
  unknown: number;
  /** Items answered "not applicable": excluded from the score. */
  notApplicable: number;
  /** Items with no answer yet. */
  unanswered: number;
}

/** The two scoring methods (domain.md): DMAT-style weighted average and ODI-style weakest link. */
export interface AggregateViews {
  average: Aggregate;
  weakest: Aggregate;
}

/** One item's contribution to aggregates. */
export interface AggregateEntry {
  weight: number;
  current: AnswerValue | null;
  /** Effective target: the target, or the current level when no target is set; null without a current level. */
  target: Level | null;
  confidence: Confidence | null;
}

/** Levels at or above this count as "high" for the weak-evidence flag. */
export const weakEvidenceLevel = 3;
/** Share (by weight) of low-confidence answers above which a high aggregate is flagged. */
export const weakEvidenceShare = 0.5;

/** Running sums for one group; add entries, then read the result. Mutates itself only. */
export class Accumulator {
  total = 0;
  unknown = 0;
  notApplicable = 0;
  unanswered = 0;
  answered = 0;
  weightSum = 0;
  currentSum = 0;
  targetSum = 0;
  currentMin = Infinity;
  targetMin = Infinity;
  lowConfidenceWeight = 0;

  add(entry: AggregateEntry): void {
    this.total++;
    const { current } = entry;
    if (current === null) {
      this.unanswered++;
    } else if (current === 'unknown') {
      this.unknown++;
    } else if (current === 'not-applicable') {
      this.notApplicable++;
    } else {
      const target = entry.target ?? current;
      this.answered++;
      this.weightSum += entry.weight;
      this.currentSum += entry.weight * current;
      this.targetSum += entry.weight * target;
      if (current < this.currentMin) this.currentMin = current;
      if (target < this.targetMin) this.targetMin = target;
      if (entry.confidence === 'low') this.lowConfidenceWeight += entry.weight;
    }
  }

  private aggregate(score: number | null): Aggregate {
    return {
      score,
      max: maxLevel,
      level: score === null ? null : levelFromScore(score),
      answered: this.answered,
      total: this.total,
      unknown: this.unknown,
      notApplicable: this.notApplicable,
      unanswered: this.unanswered,
    };
  }

  current(): AggregateViews {
    const none = this.answered === 0;
    return {
      average: this.aggregate(none ? null : this.currentSum / this.weightSum),
      weakest: this.aggregate(none ? null : this.currentMin),
    };
  }

  target(): AggregateViews {
    const none = this.answered === 0;
    return {
      average: this.aggregate(none ? null : this.targetSum / this.weightSum),
      weakest: this.aggregate(none ? null : this.targetMin),
    };
  }

  /** Share of the answered weight that rests on low-confidence answers (0 when nothing is answered). */
  lowConfidenceShare(): number {
    return this.weightSum === 0 ? 0 : this.lowConfidenceWeight / this.weightSum;
  }
}

/** Both views of the current level over `entries` (convenience for callers and tests). */
export function aggregateCurrent(entries: readonly AggregateEntry[]): AggregateViews {
  const acc = new Accumulator();
  for (const entry of entries) acc.add(entry);
  return acc.current();
}

/** True for a level reading; "not applicable", "don't know" and unanswered are not. */
export function hasLevel(value: AnswerValue | null): value is Level {
  return isLevel(value);
}
