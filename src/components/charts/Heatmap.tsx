import { useId } from 'react';
import { chartInk, levelColors, noDataStyle } from '../../domain/charts/colors';
import { heatmapGeometry } from '../../domain/charts/heatmap';
import { ChartFigure, type ChartTexts } from './ChartFigure';
import { SvgText, svgSafeId } from './SvgText';

export interface HeatmapProps {
  caption: string;
  description?: string;
  rows: ReadonlyArray<{ id: string; label: string }>;
  columns: ReadonlyArray<{ id: string; label: string }>;
  /** cells[row][column]: the engine's score, or null. */
  cells: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Formats a value for the cells and the table (null: no data). */
  formatValue: (value: number | null) => string;
  /** Header of the table's top-left cell (e.g. "Service area"). */
  cornerHeader: string;
  /** Legend: a title, the name of each level 0–5 and of "no data". */
  legend: { title: string; levels: readonly string[]; noData: string };
  texts: ChartTexts;
}

/**
 * A heatmap of scores (rows × columns) coloured by level on a colour-blind-safe scale, with the
 * value printed on every cell, a legend, and the data as a table.
 */
export function Heatmap({
  caption,
  description,
  rows,
  columns,
  cells,
  formatValue,
  cornerHeader,
  legend,
  texts,
}: HeatmapProps) {
  const geometry = heatmapGeometry({ rows, columns, cells });
  const patternId = `no-data-${svgSafeId(useId())}`;
  const legendId = `${patternId}-legend`;
  return (
    <ChartFigure
      caption={caption}
      description={description}
      width={geometry.width}
      height={geometry.height}
      texts={texts}
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
              <span className="heatmap-swatch heatmap-swatch-empty" aria-hidden="true" />
              {legend.noData}
            </li>
          </ul>
        </div>
      }
      table={
        <table className="data-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{cornerHeader}</th>
              {columns.map((column) => (
                <th scope="col" key={column.id}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {columns.map((column, c) => (
                  <td key={column.id} className="numeric">
                    {formatValue(cells[r]?.[c] ?? null)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
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
        <g key={`${cell.rowId}/${cell.columnId}`}>
          <rect
            x={cell.x}
            y={cell.y}
            width={cell.width}
            height={cell.height}
            fill={cell.noData ? `url(#${patternId})` : cell.fill}
            stroke={cell.noData ? noDataStyle.hatch : 'none'}
          />
          {!cell.noData && (
            <text
              x={cell.text.x}
              y={cell.text.y}
              textAnchor="middle"
              fontSize={cell.text.fontSize}
              fontWeight={700}
              fill={cell.textColor}
            >
              {formatValue(cell.value)}
            </text>
          )}
        </g>
      ))}
    </ChartFigure>
  );
}
