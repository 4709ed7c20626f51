import { getOwn, setOwn } from '../collections';
import type { Level } from '../questionnaire/schema';
import { isLevel, maxLevel } from '../scoring/levels';
import type { Answer, Assessment } from './schema';

/**
 * Setting target levels in bulk. The roadmap is built only from items whose target is above their
 * current level, and an answer's target defaults to "same as current" (null), so a complete
 * assessment without targets has an empty programme. These rules set many targets at once:
 *
 * - `raise`: the target becomes the current level plus `by` (at most level 5);
 * - `at-least`: the target becomes at least `level`.
 *
 * A rule only ever raises: an item changes only when the new target is above both its current
 * level and the target already set, so a target the user set higher is kept, and applying the
 * same rule twice changes nothing the second time. Items not answered, "not applicable" and
 * "don't know" are skipped: they have no current level to plan from.
 */
export type TargetRule = { kind: 'raise'; by: 1 | 2 } | { kind: 'at-least'; level: Level };

/** One item whose target a rule changes. */
export interface TargetChange {
  itemId: string;
  current: Level;
  /** The target before: the one set, or null for "same as current". */
  from: Level | null;
  to: Level;
}

/** The target `rule` proposes for an item at level `current` (before comparing with the set target). */
export function proposedTarget(rule: TargetRule, current: Level): Level {
  return rule.kind === 'raise' ? Math.min(maxLevel, current + rule.by) : rule.level;
}

/** The target `rule` gives `answer`, or null when the rule leaves it as it is. */
function changeFor(rule: TargetRule, answer: Answer | undefined): { current: Level; to: Level } | null {
  if (!answer || !isLevel(answer.current)) return null;
  const current = answer.current;
  const to = proposedTarget(rule, current);
  // Never lower: the new target must be above the current level and above the target already set.
  if (to <= current || (answer.target !== null && to <= answer.target)) return null;
  return { current, to };
}

/**
 * The items among `itemIds` (the assessment's in-scope items, in the order to report them) whose
 * target `rule` would raise, with the levels before and after. Pure; unknown ids are skipped.
 */
export function planTargets(
  answers: Readonly<Record<string, Answer>>,
  rule: TargetRule,
  itemIds: readonly string[],
): TargetChange[] {
  const changes: TargetChange[] = [];
  const seen = new Set<string>();
  for (const itemId of itemIds) {
    if (seen.has(itemId)) continue;
    seen.add(itemId);
    const answer = getOwn(answers, itemId);
    const change = changeFor(rule, answer);
    if (change && answer)
      changes.push({ itemId, current: change.current, from: answer.target, to: change.to });
  }
  return changes;
}

/**
 * `assessment` with the targets `rule` raises among `itemIds` set; the very same object when the
 * rule changes nothing (so the store records no empty undo step).
 */
export function applyTargets(
  assessment: Assessment,
  rule: TargetRule,
  itemIds: readonly string[],
): Assessment {
  const changes = planTargets(assessment.answers, rule, itemIds);
  if (changes.length === 0) return assessment;
  const answers: Record<string, Answer> = { ...assessment.answers };
  for (const change of changes) {
    const answer = getOwn(assessment.answers, change.itemId);
    if (answer) setOwn(answers, change.itemId, { ...answer, target: change.to });
  }
  return { ...assessment, answers };
}
