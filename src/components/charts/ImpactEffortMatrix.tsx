import { chartInk } from '../../domain/charts/colors';
import { quadrantGeometry, quadrantOrder } from '../../domain/charts/quadrant';
import type { Quadrant } from '../../domain/priorities/priorities';
import type { Effort } from '../../domain/questionnaire/schema';
import { ChartFigure, type ChartFrame } from './ChartFigure';
import { DataTable } from './DataTable';
import { Box, SvgText, ValueText, svgSafeId } from './SvgText';
import { useNarrowScreen } from './useNarrowScreen';
import { useId } from 'react';

export interface MatrixPoint {
  id: string;
  /** 1-based priority rank, printed on the marker and in the table. */
  rank: number;
  /** The item's question, shown in the table and as the marker's tooltip. */
  label: string;
  quadrant: Quadrant;
  /** impact × weight (1–9). */
  value: number;
  effort: Effort;
}

export interface ImpactEffortMatrixProps extends ChartFrame {
  points: readonly MatrixPoint[];
  quadrantNames: Record<Quadrant, string>;
  /** One line per quadrant telling what puts an item there. */
  quadrantHints: Record<Quadrant, string>;
  axisLabels: { impact: string; effort: string };
  effortNames: Record<Effort, string>;
  /** Table column headers. */
  columns: { rank: string; item: string; quadrant: string; impact: string; effort: string };
  formatNumber: (value: number) => string;
}

/**
 * The impact/effort 2×2: every item with a gap is a numbered marker in its quadrant (quick wins,
 * major projects, fill-ins, thankless tasks); the table lists the same items by rank.
 */
export function ImpactEffortMatrix({
  points,
  quadrantNames,
  quadrantHints,
  axisLabels,
  effortNames,
  columns,
  formatNumber,
  ...frame
}: ImpactEffortMatrixProps) {
  const hintsId = `matrix-${svgSafeId(useId())}`;
  const counts = new Map<Quadrant, number>(quadrantOrder.map((q) => [q, 0]));
  for (const point of points) counts.set(point.quadrant, (counts.get(point.quadrant) ?? 0) + 1);
  const labelled = Object.fromEntries(
    quadrantOrder.map((q) => [q, `${quadrantNames[q]} (${formatNumber(counts.get(q) ?? 0)})`]),
  ) as Record<Quadrant, string>;
  // narrower on a phone, so that the matrix fits without scrolling
  const width = useNarrowScreen() ? 420 : 640;
  const geometry = quadrantGeometry({ points, width, labels: { quadrants: labelled, ...axisLabels } });
  const labelOf = new Map(points.map((p) => [p.id, p.label]));
  const sorted = [...points].sort((a, b) => a.rank - b.rank);
  return (
    <ChartFigure
      {...frame}
      size={geometry}
      className="impact-effort"
      legend={
        <dl className="quadrant-hints" id={hintsId}>
          {quadrantOrder.map((q) => (
            <div key={q}>
              <dt>{quadrantNames[q]}</dt>
              <dd>{quadrantHints[q]}</dd>
            </div>
          ))}
        </dl>
      }
      table={
        <DataTable
          caption={frame.caption}
          columns={(['rank', 'item', 'quadrant', 'impact', 'effort'] as const).map((key) => ({
            key,
            label: columns[key],
          }))}
          rows={sorted.map((point) => ({
            key: point.id,
            cells: [
              { kind: 'numeric', content: formatNumber(point.rank) },
              { kind: 'row-header', content: point.label },
              { kind: 'text', content: quadrantNames[point.quadrant] },
              { kind: 'numeric', content: formatNumber(point.value) },
              { kind: 'text', content: effortNames[point.effort] },
            ],
          }))}
        />
      }
    >
      <defs>
        <marker
          id={`${hintsId}-arrow`}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto-start-reverse"
        >
          <path d="M 0 0 L 10 5 L 0 10 z" fill={chartInk.axis} />
        </marker>
      </defs>
      {geometry.quadrants.map((q) => (
        <g key={q.id}>
          <Box box={q} fill={q.fill} stroke="#ffffff" strokeWidth={3} />
          <SvgText block={q.label} fill={chartInk.text} fontWeight={700} />
        </g>
      ))}
      {(['impact', 'effort'] as const).map((axis) => {
        const a = geometry.axes[axis];
        return (
          <g key={axis}>
            <line
              x1={a.from.x}
              y1={a.from.y}
              x2={a.to.x}
              y2={a.to.y}
              stroke={chartInk.axis}
              strokeWidth={2}
              markerEnd={`url(#${hintsId}-arrow)`}
            />
            <SvgText block={a.label} fill={chartInk.mutedText} fontWeight={600} />
          </g>
        );
      })}
      {geometry.markers.map((m) => (
        <g key={m.id}>
          <title>{`${formatNumber(m.rank)}. ${labelOf.get(m.id) ?? m.id}`}</title>
          <circle cx={m.cx} cy={m.cy} r={m.r} fill={m.fill} />
          <ValueText at={m.text} fill={m.textColor}>
            {formatNumber(m.rank)}
          </ValueText>
        </g>
      ))}
    </ChartFigure>
  );
}
