import type { Answer, AnswerValue, Assessment } from '../assessment/schema';
import { isEmptyAnswer } from '../assessment/create';
import { getOwn, setOwn } from '../collections';
import type { Level, Questionnaire } from '../questionnaire/schema';
import { isLevel } from '../scoring/levels';
import { allRows, scoreAssessment, type AggregateKind, type AggregateRow } from '../scoring/score';

/** How one item changed between two assessments. */
export interface ItemDelta {
  /** Item id in the newer questionnaire. */
  itemId: string;
  /** The id the older assessment answered it under: the same id, or one the item `replaces`; null if none. */
  previousItemId: string | null;
  before: AnswerValue | null;
  after: AnswerValue | null;
  /** after − before when both are levels. */
  delta: number | null;
  targetBefore: Level | null;
  targetAfter: Level | null;
}

export interface AggregateDelta {
  key: string;
  kind: AggregateKind;
  dimension?: string;
  area?: string;
  phase?: string;
  before: AggregateRow | null;
  after: AggregateRow | null;
  /** Change of the current score in each view; null when either side has no score. */
  delta: { average: number | null; weakest: number | null };
}

export interface Comparison {
  /** Both assessments were made with the same questionnaire id and version. */
  sameQuestionnaire: boolean;
  items: ItemDelta[];
  aggregates: AggregateDelta[];
  /** Older answers that map to no item of the newer questionnaire (not even through `replaces`). */
  unmapped: Array<{ itemId: string; answer: Answer }>;
  /** Items of the older questionnaire that no newer item carries on. */
  removedItems: string[];
  /** Newer items with no earlier answer. */
  newItems: string[];
}

export interface AssessmentWithQuestionnaire {
  questionnaire: Questionnaire;
  assessment: Assessment;
}

export interface MappedAnswers {
  /** Older answers keyed by newer item ids. */
  answers: Record<string, Answer>;
  /** Newer item id → the older id its answer came from. */
  mappedFrom: Map<string, string>;
  /** Older answer ids that no newer item carries on. */
  unmapped: string[];
}

/**
 * Carries older answers over to a newer questionnaire: each newer item takes the answer given
 * under its own id, else under the first id in its `replaces` list that has an answer.
 */
export function mapAnswers(answers: Readonly<Record<string, Answer>>, newer: Questionnaire): MappedAnswers {
  const result: Record<string, Answer> = {};
  const mappedFrom = new Map<string, string>();
  const carried = new Set<string>();
  for (const item of newer.items) {
    for (const id of [item.id, ...(item.replaces ?? [])]) carried.add(id);
    for (const id of [item.id, ...(item.replaces ?? [])]) {
      const answer = getOwn(answers, id);
      if (answer) {
        setOwn(result, item.id, answer);
        mappedFrom.set(item.id, id);
        break;
      }
    }
  }
  const unmapped = Object.keys(answers).filter((id) => !carried.has(id));
  return { answers: result, mappedFrom, unmapped };
}

const difference = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : a - b;

/**
 * Compares an earlier and a later assessment (a year apart, or two municipalities). The earlier
 * answers are carried over to the later questionnaire (following `replaces`) and both are scored
 * with it, each in its own scope; deltas are later − earlier.
 */
export function compareAssessments(
  before: AssessmentWithQuestionnaire,
  after: AssessmentWithQuestionnaire,
): Comparison {
  const newer = after.questionnaire;
  const mapped = mapAnswers(before.assessment.answers, newer);
  const carriedBefore: Assessment = { ...before.assessment, answers: mapped.answers };
  const beforeRows = new Map(allRows(scoreAssessment(newer, carriedBefore)).map((r) => [r.key, r]));
  const afterRows = allRows(scoreAssessment(newer, after.assessment));

  const aggregates = afterRows.map((row): AggregateDelta => {
    const previous = beforeRows.get(row.key) ?? null;
    const { key, kind, dimension, area, phase } = row;
    return {
      key,
      kind,
      ...(dimension !== undefined && { dimension }),
      ...(area !== undefined && { area }),
      ...(phase !== undefined && { phase }),
      before: previous,
      after: row,
      delta: {
        average: difference(row.current.average.score, previous?.current.average.score ?? null),
        weakest: difference(row.current.weakest.score, previous?.current.weakest.score ?? null),
      },
    };
  });

  const items: ItemDelta[] = [];
  const newItems: string[] = [];
  for (const item of newer.items) {
    const old = getOwn(mapped.answers, item.id);
    const now = getOwn(after.assessment.answers, item.id);
    if (!old && now && !isEmptyAnswer(now)) newItems.push(item.id);
    if ((!old || isEmptyAnswer(old)) && (!now || isEmptyAnswer(now))) continue;
    const beforeValue = old?.current ?? null;
    const afterValue = now?.current ?? null;
    items.push({
      itemId: item.id,
      previousItemId: mapped.mappedFrom.get(item.id) ?? null,
      before: beforeValue,
      after: afterValue,
      delta: isLevel(beforeValue) && isLevel(afterValue) ? afterValue - beforeValue : null,
      targetBefore: old?.target ?? null,
      targetAfter: now?.target ?? null,
    });
  }

  const carried = new Set(newer.items.flatMap((i) => [i.id, ...(i.replaces ?? [])]));
  return {
    sameQuestionnaire:
      before.assessment.questionnaire.id === after.assessment.questionnaire.id &&
      before.assessment.questionnaire.version === after.assessment.questionnaire.version,
    items,
    aggregates,
    unmapped: mapped.unmapped
      .map((itemId) => ({ itemId, answer: getOwn(before.assessment.answers, itemId) as Answer }))
      .filter((u) => !isEmptyAnswer(u.answer)),
    removedItems: before.questionnaire.items.map((i) => i.id).filter((id) => !carried.has(id)),
    newItems,
  };
}
