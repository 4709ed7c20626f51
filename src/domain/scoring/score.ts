import { answerFor } from '../assessment/create';
import type { AnswerValue, Assessment, Confidence } from '../assessment/schema';
import { resolveScope, type ResolvedScope } from '../assessment/scope';
import type { Level, Questionnaire } from '../questionnaire/schema';
import { Accumulator, weakEvidenceLevel, weakEvidenceShare, type AggregateViews } from './aggregate';
import { isLevel } from './levels';

/** One in-scope item as scored. */
export interface ItemScore {
  itemId: string;
  dimension: string;
  weight: number;
  /** Scope areas and phases the item applies to. */
  areas: string[];
  phases: string[];
  current: AnswerValue | null;
  /** The recorded target, or null. */
  targetSet: Level | null;
  /** The target that counts: the recorded one, else the current level; null without a current level. */
  target: Level | null;
  /** target − current; null without a current level. Negative when the target is below the current level. */
  gap: number | null;
  confidence: Confidence | null;
}

export type AggregateKind = 'overall' | 'dimension' | 'area' | 'phase' | 'cell';

/** Aggregates of one group of items: current and target in both views, and the gap between them. */
export interface AggregateRow {
  /** "overall", "dimension:<id>", "area:<id>", "phase:<id>" or "cell:<area>/<dimension>". */
  key: string;
  kind: AggregateKind;
  dimension?: string;
  area?: string;
  phase?: string;
  current: AggregateViews;
  target: AggregateViews;
  /** target score − current score per view; null when nothing is answered. */
  gap: { average: number | null; weakest: number | null };
  /** Share of the answered weight resting on low-confidence answers. */
  lowConfidenceShare: number;
  /** A high current level (≥ weakEvidenceLevel) that rests mostly on low-confidence answers. */
  weakEvidence: boolean;
}

export interface ScoreReport {
  items: ItemScore[];
  overall: AggregateRow;
  dimensions: AggregateRow[];
  areas: AggregateRow[];
  phases: AggregateRow[];
  /** Area × dimension grid (heatmap), area-major in questionnaire order; empty cells have total 0. */
  cells: AggregateRow[];
}

function difference(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

function row(
  acc: Accumulator,
  key: Omit<AggregateRow, 'current' | 'target' | 'gap' | 'lowConfidenceShare' | 'weakEvidence'>,
): AggregateRow {
  const current = acc.current();
  const target = acc.target();
  const lowConfidenceShare = acc.lowConfidenceShare();
  const level = current.average.level;
  return {
    ...key,
    current,
    target,
    gap: {
      average: difference(target.average.score, current.average.score),
      weakest: difference(target.weakest.score, current.weakest.score),
    },
    lowConfidenceShare,
    weakEvidence: level !== null && level >= weakEvidenceLevel && lowConfidenceShare > weakEvidenceShare,
  };
}

/** Each in-scope item's current, target and gap. */
export function scoreItems(assessment: Assessment, scope: ResolvedScope): ItemScore[] {
  return scope.items.map(({ item, areas, phases }) => {
    const answer = answerFor(assessment, item.id);
    const current = answer.current;
    const target = isLevel(current) ? (answer.target ?? current) : null;
    return {
      itemId: item.id,
      dimension: item.dimension,
      weight: item.weight,
      areas,
      phases,
      current,
      targetSet: answer.target,
      target,
      gap: isLevel(current) && target !== null ? target - current : null,
      confidence: answer.confidence,
    };
  });
}

/**
 * Scores an assessment: per item, and aggregated overall, per dimension, area, phase and
 * area × dimension cell, each in both views. An item with areas "all" counts in every scope area.
 */
export function scoreAssessment(
  questionnaire: Questionnaire,
  assessment: Assessment,
  scope: ResolvedScope = resolveScope(questionnaire, assessment.scope),
): ScoreReport {
  const items = scoreItems(assessment, scope);
  const dimensionIds = questionnaire.dimensions.map((d) => d.id);
  const overall = new Accumulator();
  const byDimension = new Map(dimensionIds.map((id) => [id, new Accumulator()]));
  const byArea = new Map(scope.areas.map((id) => [id, new Accumulator()]));
  const byPhase = new Map(scope.phases.map((id) => [id, new Accumulator()]));
  const byCell = new Map<string, Accumulator>();
  for (const area of scope.areas)
    for (const dimension of dimensionIds) byCell.set(`${area}/${dimension}`, new Accumulator());

  for (const entry of items) {
    overall.add(entry);
    byDimension.get(entry.dimension)?.add(entry);
    for (const area of entry.areas) {
      byArea.get(area)?.add(entry);
      byCell.get(`${area}/${entry.dimension}`)?.add(entry);
    }
    for (const phase of entry.phases) byPhase.get(phase)?.add(entry);
  }

  const acc = <K>(map: Map<K, Accumulator>, key: K): Accumulator => map.get(key) ?? new Accumulator();
  return {
    items,
    overall: row(overall, { key: 'overall', kind: 'overall' }),
    dimensions: dimensionIds.map((dimension) =>
      row(acc(byDimension, dimension), { key: `dimension:${dimension}`, kind: 'dimension', dimension }),
    ),
    areas: scope.areas.map((area) => row(acc(byArea, area), { key: `area:${area}`, kind: 'area', area })),
    phases: scope.phases.map((phase) =>
      row(acc(byPhase, phase), { key: `phase:${phase}`, kind: 'phase', phase }),
    ),
    cells: scope.areas.flatMap((area) =>
      dimensionIds.map((dimension) =>
        row(acc(byCell, `${area}/${dimension}`), {
          key: `cell:${area}/${dimension}`,
          kind: 'cell',
          area,
          dimension,
        }),
      ),
    ),
  };
}

/** Every aggregate row of a report, for lookups by key. */
export function allRows(report: ScoreReport): AggregateRow[] {
  return [report.overall, ...report.dimensions, ...report.areas, ...report.phases, ...report.cells];
}
