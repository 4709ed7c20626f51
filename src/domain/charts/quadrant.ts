import type { Quadrant } from '../priorities/priorities';
import type { Effort } from '../questionnaire/schema';
import { markerStyle, quadrantColors } from './colors';
import { averageCharWidth, round, wrapText, type TextBlock } from './text';

/** One item with a gap, as the engine placed it (see `prioritize`). */
export interface QuadrantPointInput {
  id: string;
  /** 1-based position in the engine's priority order; printed on the marker. */
  rank: number;
  quadrant: Quadrant;
  /** impact × weight (1–9). */
  value: number;
  effort: Effort;
}

export interface QuadrantInput {
  points: readonly QuadrantPointInput[];
  /** Names written in the quadrants and on the axes. */
  labels: { quadrants: Record<Quadrant, string>; impact: string; effort: string };
  /** Width of the whole chart (default 640). */
  width?: number;
  /** Marker radius (default 13). */
  markerRadius?: number;
  /** Smallest quadrant height (default 150). */
  minQuadrantHeight?: number;
  /** Font size of quadrant names (default 15). */
  fontSize?: number;
}

export interface QuadrantArea {
  id: Quadrant;
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  label: TextBlock;
  /** How many items fall in it. */
  count: number;
}

export interface QuadrantMarker {
  id: string;
  rank: number;
  quadrant: Quadrant;
  cx: number;
  cy: number;
  r: number;
  fill: string;
  textColor: string;
  /** Baseline of the centred rank number. */
  text: { x: number; y: number; fontSize: number };
}

export interface QuadrantGeometry {
  width: number;
  height: number;
  quadrants: QuadrantArea[];
  markers: QuadrantMarker[];
  /** Arrows along the left (impact, pointing up) and bottom (effort, pointing right) edges. */
  axes: {
    impact: { from: { x: number; y: number }; to: { x: number; y: number }; label: TextBlock };
    effort: { from: { x: number; y: number }; to: { x: number; y: number }; label: TextBlock };
  };
}

/** Where each quadrant sits: high impact on top, high effort on the right. */
export const quadrantLayout: Record<Quadrant, { column: 0 | 1; row: 0 | 1 }> = {
  'quick-win': { column: 0, row: 0 },
  'major-project': { column: 1, row: 0 },
  'fill-in': { column: 0, row: 1 },
  thankless: { column: 1, row: 1 },
};

export const quadrantOrder: readonly Quadrant[] = ['quick-win', 'major-project', 'fill-in', 'thankless'];

const effortRank: Record<Effort, number> = { S: 0, M: 1, L: 2 };

/**
 * The geometry of the impact/effort 2×2. Items are markers packed in rows inside their quadrant:
 * higher impact first, then lower effort, then priority rank, so the most attractive items sit
 * nearest the top-left of each quadrant. A quadrant row grows taller when its items need the room,
 * so that no marker overlaps another however many gaps there are.
 */
export function quadrantGeometry(input: QuadrantInput): QuadrantGeometry {
  const width = input.width ?? 640;
  const r = input.markerRadius ?? 13;
  const minHeight = input.minQuadrantHeight ?? 150;
  const fontSize = input.fontSize ?? 15;
  const lineHeight = Math.round(fontSize * 1.25);
  const axisBand = 34;
  const pad = 12;
  const spacing = 2 * r + 8;

  const gridLeft = axisBand;
  const gridWidth = width - axisBand;
  const quadrantWidth = gridWidth / 2;
  const columns = Math.max(1, Math.floor((quadrantWidth - 2 * pad + 8) / spacing));
  const labelChars = Math.max(8, Math.floor((quadrantWidth - 2 * pad) / (fontSize * averageCharWidth)));

  const byQuadrant = new Map<Quadrant, QuadrantPointInput[]>(quadrantOrder.map((q) => [q, []]));
  for (const point of input.points) byQuadrant.get(point.quadrant)?.push(point);
  for (const list of byQuadrant.values()) {
    list.sort((a, b) => b.value - a.value || effortRank[a.effort] - effortRank[b.effort] || a.rank - b.rank);
  }

  const labelLines = new Map(quadrantOrder.map((q) => [q, wrapText(input.labels.quadrants[q], labelChars)]));
  const neededHeight = (q: Quadrant) => {
    const count = byQuadrant.get(q)?.length ?? 0;
    const rows = Math.ceil(count / columns);
    const labelHeight = (labelLines.get(q)?.length ?? 1) * lineHeight;
    return pad + labelHeight + pad + rows * spacing + pad;
  };
  const rowHeights = [0, 1].map((row) =>
    Math.max(
      minHeight,
      ...quadrantOrder.filter((q) => quadrantLayout[q].row === row).map((q) => neededHeight(q)),
    ),
  );
  const top = 0;
  const gridHeight = (rowHeights[0] ?? minHeight) + (rowHeights[1] ?? minHeight);

  const quadrants: QuadrantArea[] = [];
  const markers: QuadrantMarker[] = [];
  for (const q of quadrantOrder) {
    const { column, row } = quadrantLayout[q];
    const x = gridLeft + column * quadrantWidth;
    const y = top + (row === 0 ? 0 : (rowHeights[0] ?? minHeight));
    const height = rowHeights[row] ?? minHeight;
    const lines = labelLines.get(q) ?? [];
    const points = byQuadrant.get(q) ?? [];
    quadrants.push({
      id: q,
      x: round(x),
      y: round(y),
      width: round(quadrantWidth),
      height: round(height),
      fill: quadrantColors[q],
      label: {
        x: round(x + pad),
        y: round(y + pad + fontSize * 0.8),
        anchor: 'start',
        lines,
        fontSize,
        lineHeight,
        rotate: 0,
      },
      count: points.length,
    });
    const firstRowY = y + pad + lines.length * lineHeight + pad + r;
    points.forEach((point, index) => {
      const cx = x + pad + r + (index % columns) * spacing;
      const cy = firstRowY + Math.floor(index / columns) * spacing;
      const markerFont = point.rank >= 100 ? 10 : 12;
      markers.push({
        id: point.id,
        rank: point.rank,
        quadrant: q,
        cx: round(cx),
        cy: round(cy),
        r,
        fill: markerStyle.fill,
        textColor: markerStyle.text,
        text: { x: round(cx), y: round(cy + markerFont * 0.35), fontSize: markerFont },
      });
    });
  }

  const bottom = top + gridHeight;
  const axisFont = 13;
  return {
    width,
    height: Math.ceil(bottom + axisBand),
    quadrants,
    markers,
    axes: {
      impact: {
        from: { x: gridLeft - 12, y: round(bottom) },
        to: { x: gridLeft - 12, y: top + 4 },
        label: {
          x: gridLeft - 18,
          y: round(top + gridHeight / 2),
          anchor: 'middle',
          lines: [input.labels.impact],
          fontSize: axisFont,
          lineHeight: axisFont,
          rotate: 90,
        },
      },
      effort: {
        from: { x: gridLeft, y: round(bottom + 12) },
        to: { x: width - 4, y: round(bottom + 12) },
        label: {
          x: round(gridLeft + gridWidth / 2),
          y: round(bottom + 12 + axisFont + 4),
          anchor: 'middle',
          lines: [input.labels.effort],
          fontSize: axisFont,
          lineHeight: axisFont,
          rotate: 0,
        },
      },
    },
  };
}
