import { levelFromScore } from '../scoring/levels';
import { levelColor, noDataStyle, readableTextColor } from './colors';
import { averageCharWidth, blockWidth, estimateTextWidth, round, wrapText, type TextBlock } from './text';

export interface HeatmapInput {
  rows: ReadonlyArray<{ id: string; label: string }>;
  columns: ReadonlyArray<{ id: string; label: string }>;
  /** cells[row][column]: the engine's score, or null where there is none. */
  cells: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Narrowest cell (default 92); columns widen to fit their longest word. */
  cellWidth?: number;
  /** Cell height (default 44). */
  cellHeight?: number;
  /** White gap between cells (default 2). */
  gap?: number;
  /** Font size of the value on a cell (default 15). */
  fontSize?: number;
  /** Font size of the row and column labels (default 13). */
  labelFontSize?: number;
  /** Characters per row label line (default 24). */
  rowLabelMaxChars?: number;
  /** Empty margin around everything (default 4). */
  padding?: number;
}

export interface HeatmapCell {
  rowId: string;
  columnId: string;
  row: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The score as given; null when there is no data. */
  value: number | null;
  /** The level the score earns (the engine's `levelFromScore`), null without data. */
  level: number | null;
  fill: string;
  /** Black or white for the value, whichever contrasts more with the fill (≥ 4.5:1). */
  textColor: string;
  /** True without data: draw the fill with hatching in `noDataStyle.hatch`. */
  noData: boolean;
  /** Where the centred value goes (baseline). */
  text: { x: number; y: number; fontSize: number };
}

export interface HeatmapGeometry {
  width: number;
  height: number;
  columnHeaders: Array<TextBlock & { id: string }>;
  rowHeaders: Array<TextBlock & { id: string }>;
  cells: HeatmapCell[];
}

const defaults = {
  cellWidth: 92,
  cellHeight: 44,
  gap: 2,
  fontSize: 15,
  labelFontSize: 13,
  rowLabelMaxChars: 24,
  padding: 4,
};

/**
 * The geometry of a heatmap: a grid of cells coloured by level on a colour-blind-safe scale,
 * with a value to print on each, row labels on the left and wrapped column labels on top. All in
 * one box from (0, 0) to (width, height), as plain numbers and hex colours for SVG and jsPDF alike.
 */
export function heatmapGeometry(input: HeatmapInput): HeatmapGeometry {
  const o = { ...defaults, ...stripUndefined(input) };
  const labelLineHeight = Math.round(o.labelFontSize * 1.25);
  const labelGap = 10;

  // Columns widen to their longest word, so that no word of a dimension name is cut.
  const longestWord = (label: string) =>
    Math.max(0, ...label.split(/\s+/).map((word) => estimateTextWidth(word, o.labelFontSize)));
  const columnWidth = Math.ceil(
    Math.max(o.cellWidth, ...input.columns.map((c) => longestWord(c.label) + 12)),
  );
  const charsPerLine = Math.max(4, Math.floor((columnWidth - 8) / (o.labelFontSize * averageCharWidth)));
  const columnLines = input.columns.map((c) => wrapText(c.label, charsPerLine));
  const headerLines = Math.max(1, ...columnLines.map((lines) => lines.length));
  const headerHeight = headerLines * labelLineHeight + labelGap;

  const rowLines = input.rows.map((r) => wrapText(r.label, o.rowLabelMaxChars));
  const rowLabelWidth = Math.ceil(
    Math.max(0, ...rowLines.map((lines) => blockWidth(lines, o.labelFontSize))) + labelGap,
  );

  const left = o.padding + rowLabelWidth;
  const top = o.padding + headerHeight;
  const step = { x: columnWidth + o.gap, y: o.cellHeight + o.gap };

  const columnHeaders = input.columns.map((column, index) => {
    const lines = columnLines[index] ?? [];
    const firstBaseline = top - labelGap - (lines.length - 1) * labelLineHeight - o.labelFontSize * 0.25;
    return {
      id: column.id,
      x: round(left + index * step.x + columnWidth / 2),
      y: round(firstBaseline),
      anchor: 'middle' as const,
      lines,
      fontSize: o.labelFontSize,
      lineHeight: labelLineHeight,
      rotate: 0,
    };
  });

  const rowHeaders = input.rows.map((row, index) => {
    const lines = rowLines[index] ?? [];
    const middle = top + index * step.y + o.cellHeight / 2;
    return {
      id: row.id,
      x: round(left - labelGap),
      y: round(middle - ((lines.length - 1) * labelLineHeight) / 2 + o.labelFontSize * 0.35),
      anchor: 'end' as const,
      lines,
      fontSize: o.labelFontSize,
      lineHeight: labelLineHeight,
      rotate: 0,
    };
  });

  const cells: HeatmapCell[] = [];
  input.rows.forEach((row, r) => {
    input.columns.forEach((column, c) => {
      const raw = input.cells[r]?.[c] ?? null;
      const value = raw === null || Number.isNaN(raw) ? null : raw;
      const level = value === null ? null : levelFromScore(value);
      const fill = level === null ? noDataStyle.fill : levelColor(level);
      const x = left + c * step.x;
      const y = top + r * step.y;
      cells.push({
        rowId: row.id,
        columnId: column.id,
        row: r,
        column: c,
        x: round(x),
        y: round(y),
        width: columnWidth,
        height: o.cellHeight,
        value,
        level,
        fill,
        textColor: level === null ? noDataStyle.text : readableTextColor(fill),
        noData: level === null,
        text: {
          x: round(x + columnWidth / 2),
          y: round(y + o.cellHeight / 2 + o.fontSize * 0.35),
          fontSize: o.fontSize,
        },
      });
    });
  });

  return {
    width: Math.ceil(left + input.columns.length * step.x - o.gap + o.padding),
    height: Math.ceil(top + input.rows.length * step.y - o.gap + o.padding),
    columnHeaders,
    rowHeaders,
    cells,
  };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
