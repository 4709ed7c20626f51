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
  areas: readonly string[];
  phases: readonly string[];
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
  // Accumulators in arrays, found through each id's position: a cell is found by number, not by
  // an "area/dimension" string built for every item and area.
  const dimensionAt = positions(dimensionIds);
  const areaAt = positions(scope.areas);
  const phaseAt = positions(scope.phases);
  const dimensionCount = dimensionIds.length;
  const overall = new Accumulator();
  const byDimension = dimensionIds.map(() => new Accumulator());
  const byArea = scope.areas.map(() => new Accumulator());
  const byPhase = scope.phases.map(() => new Accumulator());
  const byCell = Array.from({ length: scope.areas.length * dimensionCount }, () => new Accumulator());

  for (const entry of items) {
    overall.add(entry);
    const d = dimensionAt.get(entry.dimension);
    if (d !== undefined) (byDimension[d] as Accumulator).add(entry);
    const { areas, phases } = entry;
    for (let i = 0; i < areas.length; i++) {
      const a = areaAt.get(areas[i] as string);
      if (a === undefined) continue;
      (byArea[a] as Accumulator).add(entry);
      if (d !== undefined) (byCell[a * dimensionCount + d] as Accumulator).add(entry);
    }
    for (let i = 0; i < phases.length; i++) {
      const p = phaseAt.get(phases[i] as string);
      if (p !== undefined) (byPhase[p] as Accumulator).add(entry);
    }
  }

  const acc = (list: readonly Accumulator[], at: number | undefined): Accumulator =>
    (at === undefined ? undefined : list[at]) ?? new Accumulator();
  return {
    items,
    overall: row(overall, { key: 'overall', kind: 'overall' }),
    dimensions: dimensionIds.map((dimension) =>
      row(acc(byDimension, dimensionAt.get(dimension)), {
        key: `dimension:${dimension}`,
        kind: 'dimension',
        dimension,
      }),
    ),
    areas: scope.areas.map((area) =>
      row(acc(byArea, areaAt.get(area)), { key: `area:${area}`, kind: 'area', area }),
    ),
    phases: scope.phases.map((phase) =>
      row(acc(byPhase, phaseAt.get(phase)), { key: `phase:${phase}`, kind: 'phase', phase }),
    ),
    cells: scope.areas.flatMap((area) => {
      const a = areaAt.get(area) as number;
      return dimensionIds.map((dimension) =>
        row(acc(byCell, a * dimensionCount + (dimensionAt.get(dimension) as number)), {
          key: `cell:${area}/${dimension}`,
          kind: 'cell',
          area,
          dimension,
        }),
      );
    }),
  };
}

/** Each id's position in `ids` (the last, should an id repeat, as a Map built from the list keeps). */
function positions(ids: readonly string[]): Map<string, number> {
  const at = new Map<string, number>();
  ids.forEach((id, i) => at.set(id, i));
  return at;
}

/** Every aggregate row of a report, for lookups by key. */
export function allRows(report: ScoreReport): AggregateRow[] {
  return [report.overall, ...report.dimensions, ...report.areas, ...report.phases, ...report.cells];
}
