import { useId, useState, type ReactNode } from 'react';
import { ScrollRegion } from './ScrollRegion';
import './charts.css';

/** Texts every chart needs, in the caller's language. */
export interface ChartTexts {
  showTable: string;
  hideTable: string;
}

/** What every chart takes for its figure, passed on to ChartFigure as it is. */
export interface ChartFrame {
  /** Visible caption; also the chart's accessible name and its table's caption. */
  caption: string;
  /** A sentence read with the chart: what it shows and how to read it. */
  description?: string;
  texts: ChartTexts;
}

export interface ChartFigureProps extends ChartFrame {
  /** The chart's natural size in its own units (the geometry, which has at least these two). */
  size: { width: number; height: number };
  /** The drawing, in the geometry's coordinates. */
  children: ReactNode;
  /** A legend under the chart (HTML, so it wraps on small screens). */
  legend?: ReactNode;
  /** The same data as a table (a DataTable). Always in the accessibility tree; shown on request. */
  table: ReactNode;
  className?: string;
}

/**
 * A chart as a figure: caption, the SVG drawing (role="img" with a name), a legend, and the same
 * data as a table. The table is always available to screen readers; sighted users open it with
 * the "show as table" button. The drawing keeps at least 70 % of its size and scrolls sideways on
 * narrow screens rather than shrinking its text into illegibility.
 */
export function ChartFigure({
  caption,
  description,
  size: { width, height },
  children,
  legend,
  table,
  texts,
  className,
}: ChartFigureProps) {
  const id = useId();
  const captionId = `${id}-caption`;
  const titleId = `${id}-title`;
  const descriptionId = `${id}-description`;
  const tableId = `${id}-table`;
  const [tableShown, setTableShown] = useState(false);
  return (
    <figure className={className ? `chart ${className}` : 'chart'} aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-caption">
        {caption}
      </figcaption>
      <ScrollRegion labelledBy={captionId} className="chart-canvas">
        <svg
          role="img"
          aria-labelledby={titleId}
          aria-describedby={description ? descriptionId : undefined}
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          style={{ minWidth: `${Math.round(width * 0.7)}px`, maxWidth: `${width}px` }}
        >
          <title id={titleId}>{caption}</title>
          {description && <desc id={descriptionId}>{description}</desc>}
          {children}
        </svg>
      </ScrollRegion>
      {legend}
      <button
        type="button"
        className="chart-table-toggle"
        aria-expanded={tableShown}
        aria-controls={tableId}
        onClick={() => setTableShown((shown) => !shown)}
      >
        {tableShown ? texts.hideTable : texts.showTable}
      </button>
      <div id={tableId} className={tableShown ? 'chart-table' : 'chart-table visually-hidden'}>
        {/* hidden, the table must not become a focusable (invisible) scroll box */}
        {tableShown ? <ScrollRegion label={caption}>{table}</ScrollRegion> : table}
      </div>
    </figure>
  );
}
