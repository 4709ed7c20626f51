/**
 * What the library list shows about an assessment without loading its questionnaire: how many
 * items have an agreed current level (or "not applicable" / "don't know"), and its display name.
 */
import type { Assessment } from '../assessment/schema';

/** Item ids whose agreed current value is recorded. */
export function answeredItemIds(assessment: Pick<Assessment, 'answers'>): string[] {
  return Object.entries(assessment.answers)
    .filter(([, answer]) => answer.current !== null)
    .map(([itemId]) => itemId);
}

/** Answered / total over the in-scope item ids (answers outside the scope do not count). */
export function progressOver(
  assessment: Pick<Assessment, 'answers'>,
  inScopeItemIds: readonly string[],
): { answered: number; total: number } {
  const answered = new Set(answeredItemIds(assessment));
  return { answered: inScopeItemIds.filter((id) => answered.has(id)).length, total: inScopeItemIds.length };
}

/** Library order: the most recently edited first, ties by id so the order is stable. */
export function byLastEdited(
  a: Pick<Assessment, 'id' | 'updatedAt'>,
  b: Pick<Assessment, 'id' | 'updatedAt'>,
): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt < b.updatedAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
