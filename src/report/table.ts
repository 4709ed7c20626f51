import type { Cell, Column, TableBlock, Tone } from './document';

/**
 * Table blocks built from a list: each column names its header, relative width, alignment and how
 * a row's cell is made, so that a table's columns and cells are written once, side by side, and
 * columns that several tables share (number, step, horizon…) are written once for all of them.
 */
export interface ColumnOf<T> extends Column {
  cell: (row: T) => Cell;
}

export function column<T>(
  header: string,
  width: number,
  cell: (row: T) => Cell,
  align?: Column['align'],
): ColumnOf<T> {
  return { header, width, cell, ...(align && { align }) };
}

/** A row number in bold ("–" stands in for a step without one). */
export const numberCell = (number: number | string): Cell => ({ text: String(number), bold: true });

/** A numbered first column. */
export const numberColumn = <T extends { number: number }>(header: string, width: number): ColumnOf<T> =>
  column(header, width, (row) => numberCell(row.number));

export interface TableOptions<T> {
  /** Shown instead of the table when it has no rows. */
  empty?: string;
  /** The first column names the row. */
  rowHeaders?: boolean;
  /** The horizon colour of a row. */
  tone?: (row: T) => Tone;
}

export function tableOf<T>(
  caption: string,
  rows: readonly T[],
  columns: ReadonlyArray<ColumnOf<T>>,
  options: TableOptions<T> = {},
): TableBlock {
  const { empty, rowHeaders, tone } = options;
  return {
    kind: 'table',
    caption,
    ...(empty !== undefined && { empty }),
    ...(rowHeaders && { rowHeaders }),
    columns: columns.map(({ header, width, align }) => ({ header, width, ...(align && { align }) })),
    rows: rows.map((row) => ({
      ...(tone && { tone: tone(row) }),
      cells: columns.map((c) => c.cell(row)),
    })),
  };
}
