import type { ReactNode } from 'react';

/** One cell of a chart's table: the row's header, a number (right-aligned), or text. */
export interface DataTableCell {
  content: ReactNode;
  kind: 'row-header' | 'numeric' | 'text';
}

export interface DataTableProps {
  /** The chart's caption: the table is named like the drawing it stands for. */
  caption: string;
  columns: ReadonlyArray<{ key: string; label: ReactNode }>;
  rows: ReadonlyArray<{ key: string; cells: readonly DataTableCell[] }>;
}

/** A chart's data as a plain table, the same for every chart (see ChartFigure's `table`). */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th scope="col" key={column.key}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, index) =>
              cell.kind === 'row-header' ? (
                <th scope="row" key={index}>
                  {cell.content}
                </th>
              ) : (
                <td key={index} className={cell.kind === 'numeric' ? 'numeric' : undefined}>
                  {cell.content}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
