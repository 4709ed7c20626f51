import type { ItemPriority } from '../priorities/priorities';
import type { Level } from '../questionnaire/schema';
import { isLevel } from '../scoring/levels';
import type { AggregateRow, ItemScore, ScoreReport } from '../scoring/score';
import type { QuadrantPointInput } from './quadrant';

/**
 * What the charts and the results tables show, picked from the engine's report without computing
 * anything new, so that the screen and the PDF report show the same numbers.
 */

/** The two scoring views (domain.md): weighted average (EU DMAT) and weakest link (ODI). */
export type ScoreView = 'average' | 'weakest';
export const scoreViews: readonly ScoreView[] = ['average', 'weakest'];

export function isScoreView(value: unknown): value is ScoreView {
  return value === 'average' || value === 'weakest';
}

/** One aggregate row in one view: the numbers a table row shows. */
export interface RowFigures {
  score: number | null;
  level: Level | null;
  targetScore: number | null;
  targetLevel: Level | null;
  gap: number | null;
  answered: number;
  total: number;
  unknown: number;
  notApplicable: number;
  lowConfidenceShare: number;
  weakEvidence: boolean;
}

export function rowFigures(row: AggregateRow, view: ScoreView): RowFigures {
  const current = row.current[view];
  const target = row.target[view];
  return {
    score: current.score,
    level: current.level,
    targetScore: target.score,
    targetLevel: target.level,
    gap: row.gap[view],
    answered: current.answered,
    total: current.total,
    unknown: current.unknown,
    notApplicable: current.notApplicable,
    lowConfidenceShare: row.lowConfidenceShare,
    weakEvidence: row.weakEvidence,
  };
}

/** Current and target scores per dimension, in the report's dimension order (radar series). */
export function dimensionSeries(
  report: ScoreReport,
  view: ScoreView,
): { dimensions: string[]; current: Array<number | null>; target: Array<number | null> } {
  return {
    dimensions: report.dimensions.map((row) => row.dimension ?? row.key),
    current: report.dimensions.map((row) => row.current[view].score),
    target: report.dimensions.map((row) => row.target[view].score),
  };
}

/**
 * Current score per area × dimension: rows are the scope areas, columns the dimensions (heatmap).
 * `applicable` counts each cell's items less those answered "not applicable": with a null score,
 * some applicable items mean "not answered yet", none means "no questions".
 */
export function areaDimensionMatrix(
  report: ScoreReport,
  view: ScoreView,
): { areas: string[]; dimensions: string[]; cells: Array<Array<number | null>>; applicable: number[][] } {
  const areas = report.areas.map((row) => row.area ?? row.key);
  const dimensions = report.dimensions.map((row) => row.dimension ?? row.key);
  const byKey = new Map(report.cells.map((cell) => [`${cell.area}/${cell.dimension}`, cell]));
  const cellOf = (area: string, dimension: string) => byKey.get(`${area}/${dimension}`);
  return {
    areas,
    dimensions,
    cells: areas.map((area) => dimensions.map((d) => cellOf(area, d)?.current[view].score ?? null)),
    applicable: areas.map((area) =>
      dimensions.map((d) => {
        const figures = cellOf(area, d)?.current[view];
        return figures ? figures.total - figures.notApplicable : 0;
      }),
    ),
  };
}

/**
 * How many scored items tell the scope areas apart: those that apply to some of them only. The
 * rest weigh the same in every area, so with few such items the heatmap's rows look alike.
 */
export function areaSpecificItemCount(report: Pick<ScoreReport, 'items' | 'areas'>): number {
  const areaCount = report.areas.length;
  return report.items.filter((item) => item.areas.length < areaCount).length;
}

/** An item whose target lies above its current level. */
export interface GapEntry {
  itemId: string;
  dimension: string;
  areas: readonly string[];
  current: Level;
  target: Level;
  gap: number;
  weight: number;
}

/**
 * The items with the largest gaps (target − current), largest first; ties go to the weightier
 * item, then to questionnaire order. Items without a level or without a gap are left out.
 */
export function largestGaps(items: readonly ItemScore[], limit = 10): GapEntry[] {
  const entries: Array<GapEntry & { order: number }> = [];
  items.forEach((item, order) => {
    if (!isLevel(item.current) || item.target === null || item.gap === null || item.gap <= 0) return;
    entries.push({
      itemId: item.itemId,
      dimension: item.dimension,
      areas: item.areas,
      current: item.current,
      target: item.target,
      gap: item.gap,
      weight: item.weight,
      order,
    });
  });
  entries.sort((a, b) => b.gap - a.gap || b.weight - a.weight || a.order - b.order);
  return entries.slice(0, limit).map(({ order: _order, ...entry }) => entry);
}

/** The engine's priorities as points of the impact/effort matrix, ranked 1… in priority order. */
export function quadrantPoints(priorities: readonly ItemPriority[]): QuadrantPointInput[] {
  return priorities.map((p, index) => ({
    id: p.itemId,
    rank: index + 1,
    quadrant: p.quadrant,
    value: p.value,
    effort: p.effort,
  }));
}

/** How many answers with a level were given with low confidence (summary figure). */
export function lowConfidenceCount(items: readonly ItemScore[]): number {
  return items.filter((item) => isLevel(item.current) && item.confidence === 'low').length;
}
