import { getOwn } from '../collections';
import type { Answer, Assessment, Municipality, Participant, Scope, Settings } from './schema';

/** Default number of steps per horizon: a municipality rarely runs more at once. */
export const defaultSettings: Settings = { capacity: { now: 5, next: 10, later: 15 } };

/** A fresh answer with nothing recorded. */
export function emptyAnswer(): Answer {
  return {
    current: null,
    target: null,
    confidence: null,
    notes: '',
    evidence: [],
    votes: {},
    rationale: '',
    impact: null,
    dots: {},
  };
}

/** True when an answer records nothing at all (what `emptyAnswer` gives, notes and rationale blank). */
export function isEmptyAnswer(answer: Answer): boolean {
  return (
    answer.current === null &&
    answer.target === null &&
    answer.confidence === null &&
    answer.notes.trim() === '' &&
    answer.evidence.length === 0 &&
    Object.keys(answer.votes).length === 0 &&
    answer.rationale.trim() === '' &&
    answer.impact === null &&
    Object.keys(answer.dots).length === 0
  );
}

/** The answer recorded for `itemId`, or an empty one. */
export function answerFor(assessment: Pick<Assessment, 'answers'>, itemId: string): Answer {
  return getOwn(assessment.answers, itemId) ?? emptyAnswer();
}

export interface NewAssessmentInput {
  id: string;
  questionnaire: { id: string; version: string };
  municipality: Municipality;
  /** Day of the assessment, YYYY-MM-DD. */
  date: string;
  scope: Scope;
  /** The moment of creation as an ISO date-time; passed in so the engine never reads the clock. */
  now: string;
  facilitator?: string;
  participants?: Participant[];
  settings?: Settings;
}

/** A new assessment with no answers and no roadmap edits. */
export function createEmptyAssessment(input: NewAssessmentInput): Assessment {
  return {
    id: input.id,
    questionnaire: { id: input.questionnaire.id, version: input.questionnaire.version },
    municipality: input.municipality,
    date: input.date,
    facilitator: input.facilitator ?? '',
    participants: input.participants ?? [],
    scope: input.scope,
    answers: {},
    roadmap: { moves: {}, dropped: [], owners: {}, notes: {}, ownSteps: [] },
    settings: input.settings ?? { capacity: { ...defaultSettings.capacity } },
    createdAt: input.now,
    updatedAt: input.now,
  };
}
