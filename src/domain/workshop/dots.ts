import type { Assessment, Participant } from '../assessment/schema';
import { answerFor } from '../assessment/create';
import { getOwn } from '../collections';

/**
 * Dot voting on the roadmap candidates (the items with a gap, which the engine prioritises): each
 * participant has the same number of dots and may put several on one item. The dots are stored
 * per item and participant (`answer.dots`) and feed the engine's priority score (docs/scoring.md).
 * Only dots on candidates count, in the budget as in the priorities.
 */

/** Dots each participant gets unless the facilitator says otherwise. */
export const defaultDotsPerParticipant = 3;
/** Most dots the facilitator can give each participant. */
export const maxDotsPerParticipant = 20;

export interface DotBudget {
  participantId: string;
  used: number;
  left: number;
  /** More dots used than the budget allows (the budget was lowered after voting). */
  over: boolean;
}

/** Dots `participantId` has put on the candidates. */
export function dotsUsed(
  assessment: Pick<Assessment, 'answers'>,
  participantId: string,
  candidates: readonly string[],
): number {
  let used = 0;
  for (const itemId of candidates) used += getOwn(answerFor(assessment, itemId).dots, participantId) ?? 0;
  return used;
}

/** Each participant's budget: used, left, over. */
export function dotBudgets(
  assessment: Pick<Assessment, 'answers'>,
  participants: readonly Participant[],
  candidates: readonly string[],
  perParticipant: number,
): DotBudget[] {
  return participants.map((p) => {
    const used = dotsUsed(assessment, p.id, candidates);
    return {
      participantId: p.id,
      used,
      left: Math.max(0, perParticipant - used),
      over: used > perParticipant,
    };
  });
}

/** True when `participantId` may put one more dot on a candidate. */
export function canAddDot(
  assessment: Pick<Assessment, 'answers'>,
  participantId: string,
  candidates: readonly string[],
  perParticipant: number,
): boolean {
  return dotsUsed(assessment, participantId, candidates) < perParticipant;
}

export interface DotResult {
  itemId: string;
  total: number;
  /** Dots by participant id (participants with none left out). */
  byParticipant: Record<string, number>;
}

/** The candidates with their dots, most dots first; ties keep the candidates' order. */
export function dotResults(
  assessment: Pick<Assessment, 'answers'>,
  candidates: readonly string[],
): DotResult[] {
  const results = candidates.map((itemId, index) => {
    const byParticipant: Record<string, number> = {};
    let total = 0;
    for (const [participantId, count] of Object.entries(answerFor(assessment, itemId).dots)) {
      if (count > 0) {
        byParticipant[participantId] = count;
        total += count;
      }
    }
    return { itemId, total, byParticipant, index };
  });
  return results
    .sort((a, b) => b.total - a.total || a.index - b.index)
    .map(({ itemId, total, byParticipant }) => ({ itemId, total, byParticipant }));
}

/** All dots cast on the candidates. */
export function dotsCast(assessment: Pick<Assessment, 'answers'>, candidates: readonly string[]): number {
  return dotResults(assessment, candidates).reduce((sum, r) => sum + r.total, 0);
}

/**
 * The items dots can go to: those in `order` (the in-scope items in workshop order) with a
 * recorded level and a target above it, i.e. a gap the roadmap will close. The same items the
 * engine prioritises; in a fixed order, so the list does not jump while dots are added.
 */
export function dotCandidates(order: readonly string[], assessment: Pick<Assessment, 'answers'>): string[] {
  return order.filter((itemId) => {
    const answer = answerFor(assessment, itemId);
    return typeof answer.current === 'number' && answer.target !== null && answer.target > answer.current;
  });
}
