import { answerFor } from '../assessment/create';
import type { Answer, Assessment, Impact } from '../assessment/schema';
import type { Effort, Item, Questionnaire } from '../questionnaire/schema';
import { byIdOf, compareStrings } from '../collections';
import { isLevel } from '../scoring/levels';
import type { ItemScore } from '../scoring/score';

/** Effort as a number for the priority formula. */
export const effortPoints: Readonly<Record<Effort, number>> = { S: 1, M: 2, L: 3 };
/** Impact used when the group has not set one. */
export const defaultImpact: Impact = 2;
/** impact × weight at or above this is "high impact" in the 2×2. */
export const highImpactValue = 4;
/** Efforts on the "high effort" side of the 2×2: L only; S and M fit one budget year. */
export const highEfforts: readonly Effort[] = ['L'];

/** The impact/effort 2×2 of workshop practice. */
export type Quadrant = 'quick-win' | 'major-project' | 'fill-in' | 'thankless';

export interface ItemPriority {
  itemId: string;
  /** Levels to climb (target − current), at least 1. */
  gap: number;
  weight: number;
  impact: Impact;
  /** False when `impact` is the default. */
  impactSet: boolean;
  /** The largest effort among the actions that close the gap. */
  effort: Effort;
  /** Dot votes given to the item, all participants together. */
  dots: number;
  /** dots ÷ the most dots any item with a gap got (0–1). */
  dotShare: number;
  /** impact × weight (1–9): the impact axis of the 2×2. */
  value: number;
  /** The priority score (see `priorityScore`). */
  score: number;
  quadrant: Quadrant;
}

const effortOrder: readonly Effort[] = ['S', 'M', 'L'];

/** The larger of two efforts. */
export function maxEffort(a: Effort, b: Effort): Effort {
  return effortOrder.indexOf(a) >= effortOrder.indexOf(b) ? a : b;
}

/** The largest effort among actions[from] … actions[to − 1]; "S" for an empty range. */
export function gapEffort(item: Item, from: number, to: number): Effort {
  let effort: Effort = 'S';
  for (let n = from; n < to; n++) {
    const action = item.actions[n];
    if (action) effort = maxEffort(effort, action.effort);
  }
  return effort;
}

/** Where (impact × weight, effort) falls in the 2×2. */
export function quadrantOf(value: number, effort: Effort): Quadrant {
  const highImpact = value >= highImpactValue;
  const highEffort = highEfforts.includes(effort);
  if (highImpact) return highEffort ? 'major-project' : 'quick-win';
  return highEffort ? 'thankless' : 'fill-in';
}

export interface PriorityInputs {
  gap: number;
  weight: number;
  impact: number;
  effort: Effort;
  dotShare: number;
}

/**
 * Priority = gap × weight × impact ÷ effort points × (1 + dot share).
 * Bigger, weightier, more impactful gaps first; cheaper ones before dearer; dot votes can at most
 * double a score. Range 0 (no gap) … 90.
 */
export function priorityScore({ gap, weight, impact, effort, dotShare }: PriorityInputs): number {
  if (gap <= 0) return 0;
  return ((gap * weight * impact) / effortPoints[effort]) * (1 + dotShare);
}

/** The sum of the dot counts (a `for … in` over own keys: `Object.values` would copy 50 counts per item). */
function dotsOf(dots: Readonly<Record<string, number>>): number {
  let sum = 0;
  for (const key in dots) if (Object.prototype.hasOwnProperty.call(dots, key)) sum += dots[key] as number;
  return sum;
}

/** Ranks the items with a positive gap, highest priority first (ties by item id). */
export function prioritize(
  questionnaire: Questionnaire,
  assessment: Assessment,
  scores: readonly ItemScore[],
): ItemPriority[] {
  const items = byIdOf(questionnaire.items);
  const candidates = scores.filter((s) => isLevel(s.current) && s.gap !== null && s.gap > 0);
  const answers = candidates.map((s) => answerFor(assessment, s.itemId));
  const dots = answers.map((answer) => dotsOf(answer.dots));
  let mostDots = 0;
  for (const n of dots) if (n > mostDots) mostDots = n;

  const result: ItemPriority[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const s = candidates[i] as ItemScore;
    const item = items.get(s.itemId);
    if (!item || !isLevel(s.current) || s.target === null) continue;
    const answer = answers[i] as Answer;
    const impact = answer.impact ?? defaultImpact;
    const effort = gapEffort(item, s.current, s.target);
    const itemDots = dots[i] as number;
    const dotShare = mostDots === 0 ? 0 : itemDots / mostDots;
    const gap = s.target - s.current;
    const value = impact * item.weight;
    result.push({
      itemId: s.itemId,
      gap,
      weight: item.weight,
      impact,
      impactSet: answer.impact !== null,
      effort,
      dots: itemDots,
      dotShare,
      value,
      score: priorityScore({ gap, weight: item.weight, impact, effort, dotShare }),
      quadrant: quadrantOf(value, effort),
    });
  }
  // -1/1 rather than a difference of scores (fractions, which the sort would box on every comparison).
  return result.sort((a, b) => {
    const byScore = b.score - a.score;
    return byScore > 0 ? 1 : byScore < 0 ? -1 : compareStrings(a.itemId, b.itemId);
  });
}
