/**
 * Copies of an assessment for the library: a plain duplicate, or a re-assessment that starts from
 * the earlier answers as its baseline (a year later, the same municipality asks the same questions
 * again and sees what moved).
 */
import type { Answer, Assessment } from '../assessment/schema';
import { setOwn } from '../collections';

export interface DuplicateOptions {
  /** Id of the copy. */
  id: string;
  /** The moment of copying, ISO date-time (stamps createdAt and updatedAt). */
  now: string;
  /** The copy's title; an empty string leaves it untitled. */
  title: string;
  /** The copy's assessment day, YYYY-MM-DD. */
  date: string;
  /**
   * True: keep the agreed answers, targets, notes and evidence as the baseline, but not the
   * workshop's individual votes and dot votes, which belong to the earlier session.
   * False: the copy starts with no answers and no roadmap edits.
   * Either way the copy has no workshop (see `duplicateAssessment`).
   */
  keepAnswers: boolean;
}

function baseline(answer: Answer): Answer {
  return { ...answer, votes: {}, dots: {}, evidence: [...answer.evidence] };
}

/**
 * A new assessment made from `source`; `source` itself is not changed.
 *
 * The copy starts without a workshop. Everything in the workshop block belongs to the earlier
 * day: which items' votes were shown, the item the group was on, the countdowns' actual times,
 * the decisions and open questions recorded then (the earlier assessment's report keeps them).
 * Keeping only the agenda's time boxes as a template was weighed and left out: the block's mere
 * presence means "worked on in a facilitated workshop" (the report then prints a workshop
 * section), the default time boxes follow the new scope anyway when the workshop is next opened
 * (`agendaOf`), and the display preferences (names shown, how votes are collected, dots, sound)
 * are the new group's to choose, not last year's.
 */
export function duplicateAssessment(source: Assessment, options: DuplicateOptions): Assessment {
  const answers: Record<string, Answer> = {};
  if (options.keepAnswers) {
    for (const [itemId, answer] of Object.entries(source.answers)) setOwn(answers, itemId, baseline(answer));
  }
  const title = options.title.trim();
  const copy: Assessment = {
    ...source,
    id: options.id,
    date: options.date,
    participants: source.participants.map((participant) => ({ ...participant })),
    scope: { ...source.scope, areas: [...source.scope.areas], phases: [...source.scope.phases] },
    answers,
    roadmap: options.keepAnswers
      ? structuredCloneRoadmap(source.roadmap)
      : { moves: {}, dropped: [], owners: {}, notes: {}, ownSteps: [] },
    settings: { capacity: { ...source.settings.capacity } },
    createdAt: options.now,
    updatedAt: options.now,
  };
  if (title) copy.title = title;
  else delete copy.title;
  delete copy.workshop;
  return copy;
}

function structuredCloneRoadmap(roadmap: Assessment['roadmap']): Assessment['roadmap'] {
  return {
    moves: { ...roadmap.moves },
    dropped: [...roadmap.dropped],
    owners: { ...roadmap.owners },
    notes: { ...roadmap.notes },
    ownSteps: roadmap.ownSteps.map((step) => ({ ...step, areas: [...step.areas] })),
  };
}
