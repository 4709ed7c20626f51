import type { Answer, Assessment, Participant, Workshop } from '../assessment/schema';
import { answerSections } from '../assessment/sections';
import { resolveScope } from '../assessment/scope';
import { getOwn } from '../collections';
import type { Questionnaire } from '../questionnaire/schema';

/**
 * The order in which a workshop goes through the items: phase by phase (the brochure's strategy,
 * development projects, production and support), within a phase the items of the whole
 * municipality first and then each service area, exactly as the answer screen asks them.
 */

export interface PhaseItems {
  phase: string;
  itemIds: string[];
}

/** The in-scope items grouped by phase, in the order the workshop takes them. */
export function workshopPhases(questionnaire: Questionnaire, scope: Assessment['scope']): PhaseItems[] {
  const phases: PhaseItems[] = [];
  for (const section of answerSections(questionnaire, resolveScope(questionnaire, scope))) {
    const last = phases[phases.length - 1];
    if (last && last.phase === section.phase) last.itemIds.push(...section.itemIds);
    else phases.push({ phase: section.phase, itemIds: [...section.itemIds] });
  }
  return phases;
}

/** Every in-scope item in workshop order. */
export function workshopOrder(phases: readonly PhaseItems[]): string[] {
  return phases.flatMap((p) => p.itemIds);
}

/** The phase an item is taken in, or undefined for an item out of scope. */
export function phaseOfItem(phases: readonly PhaseItems[], itemId: string): string | undefined {
  return phases.find((p) => p.itemIds.includes(itemId))?.phase;
}

/**
 * The item `step` places after (1) or before (−1) `itemId`; undefined at either end. From an item
 * out of the order (or none), the first item is next and there is no previous one.
 */
export function neighbour(order: readonly string[], itemId: string | null, step: 1 | -1): string | undefined {
  const at = itemId === null ? -1 : order.indexOf(itemId);
  if (at < 0) return step === 1 ? order[0] : undefined;
  return order[at + step];
}

/** The item on screen: the stored one when it is still in scope, else the first. */
export function currentItemOf(workshop: Workshop | undefined, order: readonly string[]): string | undefined {
  const stored = workshop?.currentItem;
  return stored && order.includes(stored) ? stored : order[0];
}

/**
 * Whether the group has agreed an item's level in the workshop. Only the Agree action makes an
 * item agreed (it joins `workshop.agreed`); an answer that was there before the reveal — the
 * demo's, a re-assessment's baseline, one an IT lead filled in beforehand — does not. A workshop
 * saved before `agreed` existed has none: there, as then, a revealed item with a current level
 * counts as agreed.
 */
export function isAgreed(
  workshop: Pick<Workshop, 'revealed' | 'agreed'> | undefined,
  itemId: string,
  answer: Pick<Answer, 'current'> | undefined,
): boolean {
  if (!workshop?.revealed.includes(itemId)) return false;
  if (workshop.agreed) return workshop.agreed.includes(itemId);
  return answer?.current !== null && answer?.current !== undefined;
}

/**
 * The workshop's agreed items as an explicit list: `workshop.agreed`, or for a workshop saved
 * before that field existed, its revealed items that have a current level (see `isAgreed`).
 */
export function agreedItems(
  workshop: Pick<Workshop, 'revealed' | 'agreed'>,
  answers: Assessment['answers'],
): string[] {
  if (workshop.agreed) return workshop.agreed;
  return workshop.revealed.filter((id) => isAgreed(workshop, id, getOwn(answers, id)));
}

/**
 * Where an item stands in the workshop:
 * - `collect`: votes are being collected, blind (an answer recorded outside the workshop does not count);
 * - `revealed`: the votes have been shown, the group has not agreed yet (an answer recorded
 *   before, outside the workshop, does not count as agreed either);
 * - `agreed`: shown and the consensus recorded with the Agree action (`isAgreed`).
 */
export type ItemStage = 'collect' | 'revealed' | 'agreed';

export function itemStage(
  workshop: Pick<Workshop, 'revealed' | 'agreed'> | undefined,
  itemId: string,
  answer: Pick<Answer, 'current'> | undefined,
): ItemStage {
  if (!workshop?.revealed.includes(itemId)) return 'collect';
  return isAgreed(workshop, itemId, answer) ? 'agreed' : 'revealed';
}

/** How many of the participants have voted on an item. */
export function votingProgress(
  participants: readonly Participant[],
  answer: Pick<Answer, 'votes'> | undefined,
): { voted: number; total: number } {
  const votes = answer?.votes ?? {};
  let voted = 0;
  for (const p of participants) if (getOwn(votes, p.id) !== undefined) voted++;
  return { voted, total: participants.length };
}

/**
 * Whose turn it is: the participant chosen, if they have not voted, else the first one after them
 * (wrapping round) who has not; null when everyone has voted.
 */
export function nextVoter(
  participants: readonly Participant[],
  votes: Readonly<Record<string, unknown>>,
  from?: string | null,
): string | null {
  if (participants.length === 0) return null;
  const start = Math.max(0, from ? participants.findIndex((p) => p.id === from) : 0);
  for (let k = 0; k < participants.length; k++) {
    const p = participants[(start + k) % participants.length] as Participant;
    if (getOwn(votes, p.id) === undefined) return p.id;
  }
  return null;
}
