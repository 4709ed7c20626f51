import { answerFor } from '../assessment/create';
import type { AgendaEntry, AnswerValue, Assessment } from '../assessment/schema';
import { resolveScope } from '../assessment/scope';
import type { Language } from '../language';
import { prioritize, type Quadrant } from '../priorities/priorities';
import type { Level, Questionnaire } from '../questionnaire/schema';
import { scoreAssessment } from '../scoring/score';
import { agendaOf } from './edits';
import { dotBudgets, dotCandidates } from './dots';
import { elapsedSeconds, timerState, type TimerState } from './agenda';
import { isAgreed, workshopOrder, workshopPhases } from './items';
import { voteStats, votesByParticipant, type VoteStats } from './votes';

/**
 * What the workshop decided, as plain data for the report (PDF and printable view) and the
 * workshop's own summary screen: the agreed levels and how items with a wide spread were settled,
 * the agreed top priorities after the dot vote, the recorded decisions and open questions, and the
 * agenda with its planned and actual times. Data texts are in `language`; UI wording is not here.
 */

/** How many priorities the summary names. */
export const summaryPriorityCount = 5;

export interface SummaryItem {
  itemId: string;
  /** 1-based position in the workshop's order. */
  number: number;
  question: string;
  dimension: string;
  stats: VoteStats;
  /** Who chose what; only when the group chose to show names, else empty. */
  votes: Array<{ name: string; value: AnswerValue }>;
  /** The level the group agreed in the workshop; null until it has (an earlier answer does not count). */
  agreed: AnswerValue | null;
  /** The target recorded with the agreement; null keeps the current level (and before agreeing). */
  target: Level | null;
  rationale: string;
}

export interface SummaryPriority {
  itemId: string;
  rank: number;
  question: string;
  dots: number;
  gap: number;
  score: number;
  quadrant: Quadrant;
}

export interface SummaryAgendaEntry {
  id: string;
  kind: AgendaEntry['kind'];
  /** The phase's name for a phase; null for the introduction, priorities and roadmap (worded by the renderer). */
  name: string | null;
  plannedMinutes: number;
  /** Minutes it actually ran (rounded); null when it never ran. */
  actualMinutes: number | null;
  state: TimerState;
  startedAt: string | null;
  endedAt: string | null;
}

export interface WorkshopSummary {
  language: Language;
  participants: Array<{ id: string; name: string; role: string; votes: number; dots: number }>;
  dotsPerParticipant: number;
  /** Dots given on roadmap candidates, all participants together. */
  dotsCast: number;
  /** In-scope items. */
  items: number;
  /** Items with at least one vote. */
  voted: number;
  /** Items whose votes were revealed. */
  revealed: number;
  /** Revealed items with an agreed level. */
  agreed: number;
  /** Every revealed item, in workshop order. */
  agreedItems: SummaryItem[];
  /** The revealed items whose votes spread two levels or more, and how they were settled. */
  wideSpread: SummaryItem[];
  /** The highest priorities after the dot vote (the engine's priority order). */
  priorities: SummaryPriority[];
  decisions: string[];
  openQuestions: string[];
  /** Items the group agreed it does not know ("don't know"): open until someone finds out. */
  unknownItems: Array<{ itemId: string; number: number; question: string }>;
  agenda: SummaryAgendaEntry[];
  plannedMinutes: number;
  actualMinutes: number;
}

/**
 * The workshop summary of `assessment`, or null when it has not been worked on in a workshop.
 * `options.now` (ISO date-time) counts a still running countdown up to that moment; without it,
 * a running section counts up to its last pause.
 */
export function workshopSummary(
  questionnaire: Questionnaire,
  assessment: Assessment,
  language: Language,
  options: { now?: string } = {},
): WorkshopSummary | null {
  const workshop = assessment.workshop;
  if (!workshop) return null;
  const nowMs = options.now ? Date.parse(options.now) : NaN;
  const itemsById = new Map(questionnaire.items.map((item) => [item.id, item]));
  const dimensionNames = new Map(questionnaire.dimensions.map((d) => [d.id, d.name[language]]));
  const phaseNames = new Map(questionnaire.phases.map((p) => [p.id, p.name[language]]));
  const phases = workshopPhases(questionnaire, assessment.scope);
  const order = workshopOrder(phases);
  const position = new Map(order.map((id, i) => [id, i + 1]));
  const question = (id: string) => itemsById.get(id)?.question[language] ?? id;

  const revealedInOrder = order.filter((id) => workshop.revealed.includes(id));
  const agreedItems: SummaryItem[] = revealedInOrder.map((itemId) => {
    const answer = answerFor(assessment, itemId);
    const item = itemsById.get(itemId);
    // an answer from before the reveal is not what the group agreed (docs/workshop.md)
    const agreed = isAgreed(workshop, itemId, answer);
    return {
      itemId,
      number: position.get(itemId) ?? 0,
      question: question(itemId),
      dimension: item ? (dimensionNames.get(item.dimension) ?? item.dimension) : '',
      stats: voteStats(answer.votes),
      votes: workshop.showNames
        ? votesByParticipant(assessment.participants, answer.votes).map((v) => ({
            name: v.participant.name,
            value: v.value,
          }))
        : [],
      agreed: agreed ? answer.current : null,
      target: agreed ? answer.target : null,
      rationale: agreed ? answer.rationale.trim() : '',
    };
  });

  const scope = resolveScope(questionnaire, assessment.scope);
  const priorities = prioritize(
    questionnaire,
    assessment,
    scoreAssessment(questionnaire, assessment, scope).items,
  )
    .slice(0, summaryPriorityCount)
    .map((p, index) => ({
      itemId: p.itemId,
      rank: index + 1,
      question: question(p.itemId),
      dots: p.dots,
      gap: p.gap,
      score: p.score,
      quadrant: p.quadrant,
    }));

  const candidates = dotCandidates(order, assessment);
  const budgets = new Map(
    dotBudgets(assessment, assessment.participants, candidates, workshop.dotsPerParticipant).map((b) => [
      b.participantId,
      b.used,
    ]),
  );
  const participants = assessment.participants.map((p) => ({
    id: p.id,
    name: p.name,
    role: p.role.trim(),
    votes: order.filter((id) => Object.prototype.hasOwnProperty.call(answerFor(assessment, id).votes, p.id))
      .length,
    dots: budgets.get(p.id) ?? 0,
  }));

  const seconds = (e: AgendaEntry) => (Number.isNaN(nowMs) ? e.elapsedSeconds : elapsedSeconds(e, nowMs));
  const agenda = agendaOf(questionnaire, assessment).map((e) => {
    const state = timerState(e);
    return {
      id: e.id,
      kind: e.kind,
      name: e.kind === 'phase' ? (phaseNames.get(e.id) ?? e.id) : null,
      plannedMinutes: e.minutes,
      actualMinutes: state === 'not-started' ? null : Math.round(seconds(e) / 60),
      state,
      startedAt: e.startedAt ?? null,
      endedAt: e.endedAt ?? null,
    };
  });

  return {
    language,
    participants,
    dotsPerParticipant: workshop.dotsPerParticipant,
    dotsCast: [...budgets.values()].reduce((sum, n) => sum + n, 0),
    items: order.length,
    voted: order.filter((id) => Object.keys(answerFor(assessment, id).votes).length > 0).length,
    revealed: revealedInOrder.length,
    agreed: agreedItems.filter((i) => i.agreed !== null).length,
    agreedItems,
    wideSpread: agreedItems.filter((i) => i.stats.wide),
    priorities,
    decisions: [...workshop.decisions],
    openQuestions: [...workshop.openQuestions],
    unknownItems: agreedItems
      .filter((i) => i.agreed === 'unknown')
      .map((i) => ({ itemId: i.itemId, number: i.number, question: i.question })),
    agenda,
    plannedMinutes: agenda.reduce((sum, e) => sum + e.plannedMinutes, 0),
    actualMinutes: agenda.reduce((sum, e) => sum + (e.actualMinutes ?? 0), 0),
  };
}
