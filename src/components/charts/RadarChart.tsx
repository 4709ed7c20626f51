import { chartInk, seriesStyles } from '../../domain/charts/colors';
import { radarGeometry } from '../../domain/charts/radar';
import { ChartFigure, type ChartFrame } from './ChartFigure';
import { DataTable } from './DataTable';
import { SvgText } from './SvgText';
import { useNarrowScreen } from './useNarrowScreen';

export type RadarSeriesStyle = keyof typeof seriesStyles;

export interface RadarChartProps extends ChartFrame {
  /** One axis per dimension, clockwise from the top. */
  axes: ReadonlyArray<{ id: string; label: string }>;
  /** Each series in its style (current solid, target dashed); values in `axes` order. */
  series: ReadonlyArray<{
    id: string;
    style: RadarSeriesStyle;
    label: string;
    values: ReadonlyArray<number | null>;
  }>;
  max?: number;
  /** Formats a value for the table (null: no data). */
  formatValue: (value: number | null) => string;
  /** Header of the table's first column (e.g. "Dimension"). */
  axisHeader: string;
}

function Marker({ style, x, y }: { style: RadarSeriesStyle; x: number; y: number }) {
  const { stroke, marker } = seriesStyles[style];
  return marker === 'circle' ? (
    <circle cx={x} cy={y} r={4.5} fill={stroke} stroke="#ffffff" strokeWidth={1.5} />
  ) : (
    <rect x={x - 4.5} y={y - 4.5} width={9} height={9} fill={stroke} stroke="#ffffff" strokeWidth={1.5} />
  );
}

function LegendSwatch({ style }: { style: RadarSeriesStyle }) {
  const { stroke, dash } = seriesStyles[style];
  return (
    <svg
      className="chart-legend-swatch"
      width="36"
      height="14"
      viewBox="0 0 36 14"
      aria-hidden="true"
      focusable="false"
    >
      <line
        x1="2"
        y1="7"
        x2="34"
        y2="7"
        stroke={stroke}
        strokeWidth="2.5"
        strokeDasharray={dash?.join(' ')}
      />
      <Marker style={style} x={18} y={7} />
    </svg>
  );
}

/** A radar chart of dimension scores (e.g. current and target), with its data as a table. */
export function RadarChart({ axes, series, max = 5, formatValue, axisHeader, ...frame }: RadarChartProps) {
  // On a narrow screen the axes carry numbers and a numbered key below names them, so that the
  // chart fits without shrinking its text; the full names would need twice the width.
  const narrow = useNarrowScreen();
  const drawnAxes = narrow ? axes.map((axis, index) => ({ id: axis.id, label: String(index + 1) })) : axes;
  const geometry = radarGeometry({
    axes: drawnAxes,
    series: series.map((s) => ({ id: s.id, values: s.values })),
    max,
  });
  const styleOf = new Map(series.map((s) => [s.id, s.style]));
  return (
    <ChartFigure
      {...frame}
      size={geometry}
      className="radar-chart"
      legend={
        <>
          {narrow && (
            <ol className="radar-axis-key">
              {axes.map((axis) => (
                <li key={axis.id}>{axis.label}</li>
              ))}
            </ol>
          )}
          <ul className="chart-legend">
            {series.map((s) => (
              <li key={s.id}>
                <LegendSwatch style={s.style} />
                {s.label}
              </li>
            ))}
          </ul>
        </>
      }
      table={
        <DataTable
          caption={frame.caption}
          columns={[{ key: '', label: axisHeader }, ...series.map((s) => ({ key: s.id, label: s.label }))]}
          rows={axes.map((axis, index) => ({
            key: axis.id,
            cells: [
              { kind: 'row-header', content: axis.label },
              ...series.map((s) => ({
                kind: 'numeric' as const,
                content: formatValue(s.values[index] ?? null),
              })),
            ],
          }))}
        />
      }
    >
      <g className="radar-grid">
        {geometry.rings.map((ring) => (
          <polygon
            key={ring.value}
            points={ring.points.map((p) => `${p.x},${p.y}`).join(' ')}
            fill="none"
            stroke={chartInk.grid}
            strokeWidth={ring.value === geometry.max ? 1.5 : 1}
          />
        ))}
        {geometry.axes.map((axis) => (
          <line
            key={axis.id}
            x1={axis.start.x}
            y1={axis.start.y}
            x2={axis.end.x}
            y2={axis.end.y}
            stroke={chartInk.axis}
          />
        ))}
        {geometry.rings.map((ring) => (
          <SvgText key={ring.value} block={ring.label} fill={chartInk.mutedText} halo />
        ))}
      </g>
      {geometry.series.map((s) => {
        const style = seriesStyles[styleOf.get(s.id) ?? 'current'];
        return (
          <g key={s.id} className={`radar-series radar-series-${s.id}`}>
            <polygon
              points={s.points.map((p) => `${p.x},${p.y}`).join(' ')}
              fill={style.fill}
              fillOpacity={style.fillOpacity}
              stroke={style.stroke}
              strokeWidth={2.5}
              strokeDasharray={style.dash?.join(' ')}
              strokeLinejoin="round"
            />
            {s.points
              .filter((p) => !p.missing)
              .map((p) => (
                <Marker key={p.axisId} style={styleOf.get(s.id) ?? 'current'} x={p.x} y={p.y} />
              ))}
          </g>
        );
      })}
      {geometry.axes.map((axis) => (
        <SvgText key={axis.id} block={axis.label} fill={chartInk.text} fontWeight={600} />
      ))}
    </ChartFigure>
  );
}
