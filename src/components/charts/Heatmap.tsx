import { useId } from 'react';
import { chartInk, levelColors, noDataStyle, unansweredStyle } from '../../domain/charts/colors';
import { heatmapGeometry, type HeatmapCell } from '../../domain/charts/heatmap';
import { ChartFigure, type ChartFrame } from './ChartFigure';
import { DataTable } from './DataTable';
import { Box, SvgText, ValueText, svgSafeId } from './SvgText';

export interface HeatmapProps extends ChartFrame {
  rows: ReadonlyArray<{ id: string; label: string }>;
  columns: ReadonlyArray<{ id: string; label: string }>;
  /** cells[row][column]: the engine's score, or null. */
  cells: ReadonlyArray<ReadonlyArray<number | null>>;
  /**
   * applicable[row][column]: the cell's items less those answered "not applicable" (see
   * `heatmapGeometry`): a cell without a score is "not answered yet" when some apply, else "no
   * questions".
   */
  applicable: ReadonlyArray<ReadonlyArray<number>>;
  /** Formats a score for the cells and the table. */
  formatValue: (value: number | null) => string;
  /** Header of the table's top-left cell (e.g. "Service area"). */
  cornerHeader: string;
  /**
   * Legend: a title, the name of each level 0–5, and of the two states without a level; those
   * two names are also printed on such cells and in the table.
   */
  legend: { title: string; levels: readonly string[]; unanswered: string; noQuestions: string };
}

function inset(box: HeatmapCell, by: number): HeatmapCell {
  return { ...box, x: box.x + by, y: box.y + by, width: box.width - 2 * by, height: box.height - 2 * by };
}

/**
 * A heatmap of scores (rows × columns) coloured by level on a colour-blind-safe scale, with the
 * value printed on every cell that has one, and the two states without a level told apart: "not
 * answered yet" (white, dashed outline) and "no questions" (hatched), each named in words on the
 * cell, in its tooltip and in the table. A legend and the data as a table.
 */
export function Heatmap({
  rows,
  columns,
  cells,
  applicable,
  formatValue,
  cornerHeader,
  legend,
  ...frame
}: HeatmapProps) {
  const geometry = heatmapGeometry({
    rows,
    columns,
    cells,
    applicable,
    stateLabels: { unanswered: legend.unanswered, noQuestions: legend.noQuestions },
  });
  const patternId = `no-data-${svgSafeId(useId())}`;
  const legendId = `${patternId}-legend`;
  const cellText = (cell: HeatmapCell): string =>
    cell.state === 'level'
      ? formatValue(cell.value)
      : cell.state === 'unanswered'
        ? legend.unanswered
        : legend.noQuestions;
  return (
    <ChartFigure
      {...frame}
      size={geometry}
      className="heatmap"
      legend={
        <div className="chart-legend-block">
          <p className="chart-legend-title" id={legendId}>
            {legend.title}
          </p>
          <ul className="chart-legend heatmap-legend" aria-labelledby={legendId}>
            {levelColors.map((color, level) => (
              <li key={color}>
                <span className="heatmap-swatch" style={{ background: color }} aria-hidden="true" />
                {legend.levels[level] ?? String(level)}
              </li>
            ))}
            <li>
              <span className="heatmap-swatch heatmap-swatch-unanswered" aria-hidden="true" />
              {legend.unanswered}
            </li>
            <li>
              <span className="heatmap-swatch heatmap-swatch-empty" aria-hidden="true" />
              {legend.noQuestions}
            </li>
          </ul>
        </div>
      }
      table={
        <DataTable
          caption={frame.caption}
          columns={[
            { key: '', label: cornerHeader },
            ...columns.map((column) => ({ key: column.id, label: column.label })),
          ]}
          rows={rows.map((row, r) => ({
            key: row.id,
            cells: [
              { kind: 'row-header', content: row.label },
              ...geometry.cells
                .slice(r * columns.length, (r + 1) * columns.length)
                .map((cell) => ({ kind: 'numeric' as const, content: cellText(cell) })),
            ],
          }))}
        />
      }
    >
      <defs>
        <pattern
          id={patternId}
          width={noDataStyle.hatchSpacing}
          height={noDataStyle.hatchSpacing}
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width={noDataStyle.hatchSpacing} height={noDataStyle.hatchSpacing} fill={noDataStyle.fill} />
          <line
            x1="0"
            y1="0"
            x2="0"
            y2={noDataStyle.hatchSpacing}
            stroke={noDataStyle.hatch}
            strokeWidth="1.5"
          />
        </pattern>
      </defs>
      {geometry.columnHeaders.map((header) => (
        <SvgText key={header.id} block={header} fill={chartInk.text} fontWeight={600} />
      ))}
      {geometry.rowHeaders.map((header) => (
        <SvgText key={header.id} block={header} fill={chartInk.text} fontWeight={600} />
      ))}
      {geometry.cells.map((cell) => (
        <g key={`${cell.rowId}/${cell.columnId}`} className={`heatmap-cell heatmap-cell-${cell.state}`}>
          <title>{`${rows[cell.row]?.label ?? cell.rowId}, ${columns[cell.column]?.label ?? cell.columnId}: ${cellText(cell)}`}</title>
          {cell.state === 'level' ? (
            <Box box={cell} fill={cell.fill} stroke="none" />
          ) : cell.state === 'unanswered' ? (
            // inset by half the outline, so that the dashes stay inside the cell
            <Box
              box={inset(cell, unansweredStyle.strokeWidth / 2)}
              fill={cell.fill}
              stroke={unansweredStyle.stroke}
              strokeWidth={unansweredStyle.strokeWidth}
              strokeDasharray={unansweredStyle.dash.join(' ')}
            />
          ) : (
            <Box box={cell} fill={`url(#${patternId})`} stroke={noDataStyle.hatch} />
          )}
          {cell.state === 'level' ? (
            <ValueText at={cell.text} fill={cell.textColor}>
              {formatValue(cell.value)}
            </ValueText>
          ) : (
            cell.label && (
              <SvgText
                block={cell.label}
                fill={cell.textColor}
                fontWeight={600}
                halo={cell.state === 'no-questions'}
              />
            )
          )}
        </g>
      ))}
    </ChartFigure>
  );
}
