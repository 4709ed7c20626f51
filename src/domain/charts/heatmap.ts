import { levelFromScore } from '../scoring/levels';
import { chartInk, levelColor, noDataStyle, readableTextColor, unansweredStyle } from './colors';
import { averageCharWidth, blockWidth, estimateTextWidth, round, wrapText, type TextBlock } from './text';

/**
 * What a cell shows: a level; "not answered yet" (items apply, none has a level yet: unanswered
 * or "don't know"); or "no questions" (no item applies: none in scope, or all "not applicable").
 */
export type HeatmapCellState = 'level' | 'unanswered' | 'no-questions';

/** The state of a cell from the engine's score and the number of its items that apply. */
export function heatmapCellState(score: number | null, applicable: number): HeatmapCellState {
  if (score !== null && !Number.isNaN(score)) return 'level';
  return applicable > 0 ? 'unanswered' : 'no-questions';
}

export interface HeatmapInput {
  rows: ReadonlyArray<{ id: string; label: string }>;
  columns: ReadonlyArray<{ id: string; label: string }>;
  /** cells[row][column]: the engine's score, or null where there is none. */
  cells: ReadonlyArray<ReadonlyArray<number | null>>;
  /**
   * applicable[row][column]: how many of the cell's items apply (the aggregate's total less its
   * "not applicable" answers). Tells a cell without a score "not answered yet" (some apply) from
   * "no questions" (none do).
   */
  applicable: ReadonlyArray<ReadonlyArray<number>>;
  /** Words printed on the cells without a level, wrapped to the cell. */
  stateLabels?: { unanswered: string; noQuestions: string };
  /** Font size of those words (default 11). */
  stateFontSize?: number;
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
  /** The score as given; null when there is none. */
  value: number | null;
  /** The level the score earns (the engine's `levelFromScore`), null without a score. */
  level: number | null;
  /**
   * `level`: filled in the level's colour with the value on it. `unanswered`: white with a dashed
   * outline (`unansweredStyle`). `no-questions`: hatched (`noDataStyle`). The two without a level
   * carry their state in words (`label`), so no state rests on colour alone.
   */
  state: HeatmapCellState;
  fill: string;
  /** Colour of the value or the state's words (≥ 4.5:1 on the fill). */
  textColor: string;
  /** Where the centred value goes (baseline). */
  text: { x: number; y: number; fontSize: number };
  /** The state's words, centred on the cell; null for a cell with a level or without `stateLabels`. */
  label: TextBlock | null;
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
  stateFontSize: 11,
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

  const stateLineHeight = Math.round(o.stateFontSize * 1.2);
  const stateChars = Math.max(4, Math.floor((columnWidth - 10) / (o.stateFontSize * averageCharWidth)));
  const stateLines = input.stateLabels && {
    unanswered: wrapText(input.stateLabels.unanswered, stateChars),
    'no-questions': wrapText(input.stateLabels.noQuestions, stateChars),
  };

  const cells: HeatmapCell[] = [];
  input.rows.forEach((row, r) => {
    input.columns.forEach((column, c) => {
      const raw = input.cells[r]?.[c] ?? null;
      const state = heatmapCellState(raw, input.applicable[r]?.[c] ?? 0);
      const value = state === 'level' ? raw : null;
      const level = value === null ? null : levelFromScore(value);
      const fill =
        state === 'level'
          ? levelColor(level)
          : state === 'unanswered'
            ? unansweredStyle.fill
            : noDataStyle.fill;
      const x = left + c * step.x;
      const y = top + r * step.y;
      const lines = state === 'level' || !stateLines ? null : stateLines[state];
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
        state,
        fill,
        textColor: state === 'level' ? readableTextColor(fill) : chartInk.mutedText,
        text: {
          x: round(x + columnWidth / 2),
          y: round(y + o.cellHeight / 2 + o.fontSize * 0.35),
          fontSize: o.fontSize,
        },
        label: lines && {
          x: round(x + columnWidth / 2),
          y: round(
            y + o.cellHeight / 2 - ((lines.length - 1) * stateLineHeight) / 2 + o.stateFontSize * 0.35,
          ),
          anchor: 'middle',
          lines,
          fontSize: o.stateFontSize,
          lineHeight: stateLineHeight,
          rotate: 0,
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
