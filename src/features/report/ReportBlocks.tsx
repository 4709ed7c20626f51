import { Fragment, type CSSProperties, type ReactNode } from 'react';
import { Heatmap } from '../../components/charts/Heatmap';
import { RadarChart } from '../../components/charts/RadarChart';
import { ScrollRegion } from '../../components/charts/ScrollRegion';
import { isWebAddress, type Block, type Cell, type TableBlock } from '../../report/document';
import type { Formatter } from '../../report/format';

/** Texts the chart figures need in the page's language. */
export interface ChartTexts {
  showTable: string;
  hideTable: string;
}

/**
 * Text whose lines may be web addresses: each line that is one of `links` (http or https only)
 * becomes a link to it. The lines stay in one text run; the cell's `white-space: pre-line` breaks them.
 */
function Linked({ text, links }: { text: string; links: readonly string[] }): ReactNode {
  if (links.length === 0) return text;
  return text.split('\n').map((line, index) => (
    <Fragment key={index}>
      {index > 0 && '\n'}
      {links.includes(line) && isWebAddress(line) ? <a href={line}>{line}</a> : line}
    </Fragment>
  ));
}

function CellContent({ cell }: { cell: Cell }) {
  const links = cell.links ?? [];
  const text = <Linked text={cell.text} links={links} />;
  return (
    <>
      {cell.bold ? <strong>{text}</strong> : text}
      {cell.sub && (
        <span className="report-sub">
          <Linked text={cell.sub} links={links} />
        </span>
      )}
    </>
  );
}

/** A table of this many rows or fewer is kept on one printed page. */
const smallTableRows = 3;
/** Tables this wide (the programme) set their text a size smaller on screen and paper. */
const wideColumns = 7;
/** Below this width (rem per unit of relative column width) a table scrolls rather than squeeze. */
const remPerUnit = 3.4;

function cellClass(cell: Cell, align: string | undefined): string | undefined {
  const classes = [];
  if (cell.fill) classes.push('report-level-cell');
  const a = cell.align ?? align;
  if (a === 'right') classes.push('numeric');
  if (a === 'center') classes.push('centered');
  return classes.length > 0 ? classes.join(' ') : undefined;
}

/** A table block as a real table: caption, column headers, row headers where the block says so. */
export function ReportTable({
  block,
  captionHidden = false,
}: {
  block: TableBlock;
  captionHidden?: boolean;
}) {
  if (block.rows.length === 0) return <p className="report-muted">{block.empty}</p>;
  // the columns keep the relative widths that the PDF gives them
  const total = block.columns.reduce((sum, column) => sum + column.width, 0);
  const wide = block.columns.length >= wideColumns;
  const rows = block.rows.length;
  return (
    <ScrollRegion
      label={block.caption}
      className={`report-table-scroll${rows <= smallTableRows ? ' report-table-small' : ''}`}
    >
      <table
        className={wide ? 'report-table report-table-wide' : 'report-table'}
        style={{ '--table-min': `${(total * remPerUnit).toFixed(1)}rem` } as CSSProperties}
      >
        <caption className={captionHidden ? 'visually-hidden' : undefined}>{block.caption}</caption>
        <colgroup>
          {block.columns.map((column, index) => (
            <col key={index} style={{ width: `${((column.width / total) * 100).toFixed(2)}%` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {block.columns.map((column, index) => (
              <th key={index} scope="col" className={column.align === 'right' ? 'numeric' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((row, index) => {
            if (row.kind === 'group') {
              return (
                <tr key={index} className={`report-group${row.tone ? ` tone-${row.tone}` : ''}`}>
                  <th scope="colgroup" colSpan={block.columns.length}>
                    {row.text}
                    {row.sub && <span className="report-sub">{row.sub}</span>}
                  </th>
                </tr>
              );
            }
            return (
              <tr key={index} className={row.tone ? `tone-${row.tone}` : undefined}>
                {row.cells.map((cell, c) => {
                  const style = cell.fill
                    ? { background: cell.fill, color: cell.color ?? undefined }
                    : undefined;
                  const className = cellClass(cell, block.columns[c]?.align);
                  return c === 0 && block.rowHeaders ? (
                    <th key={c} scope="row" className={className} style={style}>
                      <CellContent cell={cell} />
                    </th>
                  ) : (
                    <td key={c} className={className} style={style}>
                      <CellContent cell={cell} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** One block of the report document as semantic HTML. `headingLevel` is the level of sub-headings. */
export function ReportBlock({
  block,
  previous,
  fmt,
  chartTexts,
}: {
  block: Block;
  previous?: Block;
  fmt: Formatter;
  chartTexts: ChartTexts;
}): ReactNode {
  switch (block.kind) {
    case 'heading':
      return (
        <h3 id={`report-${block.id}`} className="report-h3">
          {block.text}
        </h3>
      );
    case 'paragraph':
      return <p className={block.style ? `report-${block.style}` : undefined}>{block.text}</p>;
    case 'list':
      return block.ordered ? (
        <ol className="report-list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul className="report-list">
          {block.items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      );
    case 'facts':
      return (
        <dl className="report-facts">
          {block.items.map((fact, index) => (
            <Fragment key={index}>
              <dt>{fact.label}</dt>
              <dd>{fact.value}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case 'figures':
      return (
        <dl className="report-figures">
          {block.items.map((item, index) => (
            <div key={index} className="report-figure">
              <dt>{item.label}</dt>
              <dd>
                <span className="report-figure-value">{item.value}</span>
                <span className="report-figure-detail">{item.detail}</span>
              </dd>
            </div>
          ))}
        </dl>
      );
    case 'callout':
      return (
        <div className={`report-callout report-callout-${block.tone}`}>
          <p className="report-callout-title">
            <strong>{block.title}</strong>
          </p>
          <p>{block.text}</p>
        </div>
      );
    case 'links':
      return (
        <dl className="report-facts report-links">
          {block.items.map((link) => (
            <Fragment key={link.href}>
              <dt>{link.label}</dt>
              <dd>
                <a href={link.href}>{link.text}</a>
              </dd>
            </Fragment>
          ))}
        </dl>
      );
    case 'table':
      return (
        <ReportTable
          block={block}
          captionHidden={previous?.kind === 'heading' && previous.text === block.caption}
        />
      );
    case 'radar':
      return (
        <RadarChart
          caption={block.caption}
          description={block.description}
          axes={block.axes}
          series={block.series}
          max={5}
          formatValue={fmt.score}
          axisHeader={block.axisHeader}
          texts={chartTexts}
        />
      );
    case 'heatmap':
      return (
        <Heatmap
          caption={block.caption}
          description={block.description}
          rows={block.rows}
          columns={block.columns}
          cells={block.cells}
          applicable={block.applicable}
          formatValue={fmt.score}
          cornerHeader={block.cornerHeader}
          legend={block.legend}
          texts={chartTexts}
        />
      );
    case 'bars':
      return (
        <>
          <ScrollRegion label={block.caption} className="report-table-scroll">
            <table className="report-table report-bars">
              <caption>{block.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{block.nameHeader}</th>
                  <th scope="col">{`${block.valueHeader} – ${block.targetHeader}`}</th>
                  <th scope="col" className="numeric">
                    {block.valueHeader}
                  </th>
                  <th scope="col" className="numeric">
                    {block.targetHeader}
                  </th>
                </tr>
              </thead>
              <tbody>
                {block.items.map((item) => (
                  <tr key={item.label}>
                    <th scope="row">{item.label}</th>
                    <td className="report-bar-cell">
                      {/* the bar repeats the numbers beside it, so it is hidden from screen readers */}
                      <span className="report-bar-track" aria-hidden="true">
                        <span className="report-bar" style={{ width: `${((item.value ?? 0) / 5) * 100}%` }} />
                        {item.target !== null && (
                          <span
                            className="report-bar-target"
                            style={{ left: `${(item.target / 5) * 100}%` }}
                          />
                        )}
                      </span>
                    </td>
                    <td className="numeric">{item.text}</td>
                    <td className="numeric">{item.targetText}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <p className="report-bars-legend" aria-hidden="true">
            <span>
              <span className="report-bars-key report-bars-key-current" />
              {block.legend.current}
            </span>
            <span>
              <span className="report-bars-key report-bars-key-target" />
              {block.legend.target}
            </span>
          </p>
        </>
      );
  }
}
