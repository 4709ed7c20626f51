import { answerFor } from '../assessment/create';
import type { AgendaEntry, Answer, AnswerValue, Assessment, Workshop } from '../assessment/schema';
import { getOwn, setOwn } from '../collections';
import type { Level, Questionnaire } from '../questionnaire/schema';
import { defaultAgenda, reconcileAgenda } from './agenda';
import { canAddDot, defaultDotsPerParticipant, dotCandidates, maxDotsPerParticipant } from './dots';
import { agreedItems, neighbour, workshopOrder, workshopPhases } from './items';

/**
 * The workshop's changes to an assessment, as pure functions `assessment → assessment` for the
 * store's `update`. Each returns the same object when nothing changes, so a no-op leaves no undo
 * step. The workshop object is created with defaults on the first change, never on mere viewing.
 */

/** A new workshop for the assessment's scope. */
export function defaultWorkshop(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'scope'>,
): Workshop {
  const phases = workshopPhases(questionnaire, assessment.scope);
  return {
    agenda: defaultAgenda(questionnaire, assessment.scope, phases),
    currentItem: null,
    revealed: [],
    agreed: [],
    showNames: false,
    collect: 'facilitator',
    dotsPerParticipant: defaultDotsPerParticipant,
    soundOn: false,
    decisions: [],
    openQuestions: [],
  };
}

/**
 * The workshop as it stands, or the default one if the assessment has none yet (not stored). A
 * workshop saved before `agreed` existed gets it from what counted as agreed then (`agreedItems`),
 * so the next change stores the explicit list.
 */
export function workshopOf(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'scope' | 'workshop' | 'answers'>,
): Workshop {
  const stored = assessment.workshop;
  if (!stored) return defaultWorkshop(questionnaire, assessment);
  return stored.agreed ? stored : { ...stored, agreed: agreedItems(stored, assessment.answers) };
}

/** The agenda to show and edit: today's scope, with what was stored. */
export function agendaOf(
  questionnaire: Questionnaire,
  assessment: Pick<Assessment, 'scope' | 'workshop'>,
): AgendaEntry[] {
  const phases = workshopPhases(questionnaire, assessment.scope);
  return reconcileAgenda(assessment.workshop?.agenda, defaultAgenda(questionnaire, assessment.scope, phases));
}

/** The assessment with its workshop changed by `recipe`; the workshop is created first if needed. */
export function editWorkshop(
  questionnaire: Questionnaire,
  assessment: Assessment,
  recipe: (workshop: Workshop) => Workshop,
): Assessment {
  const before = workshopOf(questionnaire, assessment);
  const after = recipe(before);
  if (after === before && assessment.workshop) return assessment;
  return { ...assessment, workshop: after };
}

function withAnswer(assessment: Assessment, itemId: string, answer: Answer): Assessment {
  const answers = { ...assessment.answers };
  setOwn(answers, itemId, answer);
  return { ...assessment, answers };
}

/**
 * Records (or, with null, removes) one participant's blind vote. Refused (unchanged) for a
 * participant the assessment does not have, and once the item's votes are revealed: the spread
 * the group saw stays what it was.
 */
export function recordVote(
  questionnaire: Questionnaire,
  assessment: Assessment,
  itemId: string,
  participantId: string,
  value: AnswerValue | null,
): Assessment {
  if (!assessment.participants.some((p) => p.id === participantId)) return assessment;
  if (assessment.workshop?.revealed.includes(itemId)) return assessment;
  const answer = answerFor(assessment, itemId);
  const existing = getOwn(answer.votes, participantId);
  if (existing === (value ?? undefined)) return assessment;
  const votes = { ...answer.votes };
  if (value === null) delete votes[participantId];
  else setOwn(votes, participantId, value);
  const next = withAnswer(assessment, itemId, { ...answer, votes });
  // the first vote creates the workshop, so the report knows the assessment was workshopped
  return editWorkshop(questionnaire, next, (w) =>
    w.currentItem === null ? { ...w, currentItem: itemId } : w,
  );
}

/** Shows an item's votes to the group (and makes it the current item). */
export function revealItem(questionnaire: Questionnaire, assessment: Assessment, itemId: string): Assessment {
  return editWorkshop(questionnaire, assessment, (w) =>
    w.revealed.includes(itemId) ? w : { ...w, revealed: [...w.revealed, itemId], currentItem: itemId },
  );
}

export interface Agreement {
  current: AnswerValue;
  /** Null keeps the current level as the target. */
  target: Level | null;
  rationale: string;
}

/** Why an agreement cannot be recorded yet. */
export type AgreementProblem = 'not-revealed' | 'rationale-required';

/**
 * Checks an agreement: the votes must have been revealed, and when their spread was wide the
 * group records why it settled where it did (docs/workshop.md).
 */
export function agreementProblem(
  assessment: Pick<Assessment, 'workshop'>,
  itemId: string,
  wide: boolean,
  rationale: string,
): AgreementProblem | null {
  if (!assessment.workshop?.revealed.includes(itemId)) return 'not-revealed';
  if (wide && rationale.trim() === '') return 'rationale-required';
  return null;
}

/**
 * Records the consensus: the agreed level, target and rationale, and the item joins
 * `workshop.agreed` (only this makes it agreed, docs/workshop.md); then the workshop moves to the
 * next item in its order (it stays on the last one).
 */
export function agreeItem(
  questionnaire: Questionnaire,
  assessment: Assessment,
  itemId: string,
  agreement: Agreement,
): Assessment {
  const answer = answerFor(assessment, itemId);
  const target = typeof agreement.current === 'number' ? agreement.target : null;
  const next = withAnswer(assessment, itemId, {
    ...answer,
    current: agreement.current,
    target,
    rationale: agreement.rationale.trim().slice(0, 5000),
  });
  const order = workshopOrder(workshopPhases(questionnaire, assessment.scope));
  const following = neighbour(order, itemId, 1) ?? itemId;
  return editWorkshop(questionnaire, next, (w) => {
    const agreed = w.agreed ?? [];
    return {
      ...w,
      revealed: w.revealed.includes(itemId) ? w.revealed : [...w.revealed, itemId],
      agreed: agreed.includes(itemId) ? agreed : [...agreed, itemId],
      currentItem: following,
    };
  });
}

/** Moves the workshop to `itemId`. */
export function goToItem(questionnaire: Questionnaire, assessment: Assessment, itemId: string): Assessment {
  return editWorkshop(questionnaire, assessment, (w) =>
    w.currentItem === itemId ? w : { ...w, currentItem: itemId },
  );
}

/** Changes the agenda (time boxes, timers) with a function from src/domain/workshop/agenda.ts. */
export function editAgenda(
  questionnaire: Questionnaire,
  assessment: Assessment,
  recipe: (agenda: AgendaEntry[]) => AgendaEntry[],
): Assessment {
  return editWorkshop(questionnaire, assessment, (w) => ({
    ...w,
    agenda: recipe(agendaOf(questionnaire, assessment)),
  }));
}

type Options = Pick<Workshop, 'showNames' | 'soundOn' | 'collect' | 'dotsPerParticipant'>;

/** Sets one of the workshop's options; the dot budget is kept within 1–`maxDotsPerParticipant`. */
export function setWorkshopOption<K extends keyof Options>(
  questionnaire: Questionnaire,
  assessment: Assessment,
  key: K,
  value: Options[K],
): Assessment {
  let v = value;
  if (key === 'dotsPerParticipant') {
    const n = Number(value);
    if (!Number.isFinite(n)) return assessment;
    v = Math.min(maxDotsPerParticipant, Math.max(1, Math.round(n))) as Options[K];
  }
  return editWorkshop(questionnaire, assessment, (w) => (w[key] === v ? w : { ...w, [key]: v }));
}

/**
 * Adds one dot of `participantId` to an item (`delta` 1) or takes one back (−1). Refused when the
 * item is not a candidate, the participant is unknown, the budget is spent, or there is nothing to
 * take back.
 */
export function changeDots(
  questionnaire: Questionnaire,
  assessment: Assessment,
  itemId: string,
  participantId: string,
  delta: 1 | -1,
): Assessment {
  if (!assessment.participants.some((p) => p.id === participantId)) return assessment;
  const order = workshopOrder(workshopPhases(questionnaire, assessment.scope));
  const candidates = dotCandidates(order, assessment);
  if (!candidates.includes(itemId)) return assessment;
  const budget = workshopOf(questionnaire, assessment).dotsPerParticipant;
  if (delta === 1 && !canAddDot(assessment, participantId, candidates, budget)) return assessment;
  const answer = answerFor(assessment, itemId);
  const have = getOwn(answer.dots, participantId) ?? 0;
  const count = have + delta;
  if (count < 0) return assessment;
  const dots = { ...answer.dots };
  if (count === 0) delete dots[participantId];
  else setOwn(dots, participantId, count);
  return editWorkshop(questionnaire, withAnswer(assessment, itemId, { ...answer, dots }), (w) => w);
}

export type NoteList = 'decisions' | 'openQuestions';

/** Adds a decision or an open question (trimmed; empty text and the 200th+1 note are refused). */
export function addNote(
  questionnaire: Questionnaire,
  assessment: Assessment,
  list: NoteList,
  text: string,
): Assessment {
  const note = text.trim().slice(0, 2000);
  if (note === '') return assessment;
  return editWorkshop(questionnaire, assessment, (w) =>
    w[list].length >= 200 ? w : { ...w, [list]: [...w[list], note] },
  );
}

/** Removes the note at `index` from a list. */
export function removeNote(
  questionnaire: Questionnaire,
  assessment: Assessment,
  list: NoteList,
  index: number,
): Assessment {
  return editWorkshop(questionnaire, assessment, (w) =>
    index < 0 || index >= w[list].length ? w : { ...w, [list]: w[list].filter((_, i) => i !== index) },
  );
}
