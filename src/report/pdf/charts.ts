import { GState } from 'jspdf';
import {
  chartInk,
  levelColors,
  noDataStyle,
  seriesStyles,
  unansweredStyle,
} from '../../domain/charts/colors';
import { heatmapGeometry } from '../../domain/charts/heatmap';
import { radarGeometry } from '../../domain/charts/radar';
import type { TextBlock } from '../../domain/charts/text';
import type { BarsBlock, HeatmapBlock, RadarBlock } from '../document';
import type { Formatter } from '../format';
import { colors, contentWidth, fontFamily, margin, pt, type } from './theme';
import type { Writer } from './writer';

/**
 * Charts drawn with jsPDF's own vector primitives from the same geometry functions as the screen's
 * SVG charts (src/domain/charts), scaled from chart units to millimetres.
 */

interface Frame {
  x: number;
  y: number;
  scale: number;
}

const at = (f: Frame, x: number, y: number): [number, number] => [f.x + x * f.scale, f.y + y * f.scale];

function drawTextBlock(w: Writer, f: Frame, block: TextBlock, color: string, bold: boolean): void {
  const size = (block.fontSize * f.scale) / pt;
  w.doc.setFont(fontFamily, bold ? 'bold' : 'normal');
  w.doc.setFontSize(size);
  w.doc.setTextColor(color);
  const align = block.anchor === 'start' ? 'left' : block.anchor === 'end' ? 'right' : 'center';
  block.lines.forEach((line, index) => {
    const [x, y] = at(f, block.x, block.y + index * block.lineHeight);
    w.doc.text(w.clean(line), x, y, { align, baseline: 'alphabetic' });
  });
}

function polygon(
  w: Writer,
  f: Frame,
  points: ReadonlyArray<{ x: number; y: number }>,
  style: 'S' | 'F' | 'FD',
): void {
  const first = points[0];
  if (!first) return;
  const [x0, y0] = at(f, first.x, first.y);
  const segments: Array<[number, number]> = [];
  let [px, py] = [x0, y0];
  for (const p of points.slice(1)) {
    const [x, y] = at(f, p.x, p.y);
    segments.push([x - px, y - py]);
    [px, py] = [x, y];
  }
  w.doc.lines(segments, x0, y0, [1, 1], style, true);
}

/** Caption above a figure, in the style of the tables' captions. */
function caption(w: Writer, text: string, description: string): void {
  w.text(text, type.caption, { bold: true, color: colors.primaryDark, after: 0.6 });
  w.text(description, type.small, { color: colors.muted, after: 2 });
}

export function drawRadar(w: Writer, block: RadarBlock, fmt: Formatter): void {
  const geometry = radarGeometry({
    axes: block.axes,
    series: block.series.map((s) => ({ id: s.id, values: s.values })),
    max: 5,
  });
  const maxWidth = contentWidth * 0.78;
  const maxHeight = 105;
  const scale = Math.min(maxWidth / geometry.width, maxHeight / geometry.height);
  const height = geometry.height * scale;
  w.ensure(height + 28);
  caption(w, block.caption, block.description);
  const f: Frame = { x: margin.left + (contentWidth - geometry.width * scale) / 2, y: w.y, scale };
  const { doc } = w;

  doc.setLineDashPattern([], 0);
  for (const ring of geometry.rings) {
    doc.setDrawColor(chartInk.grid);
    doc.setLineWidth(ring.value === geometry.max ? 0.35 : 0.2);
    polygon(w, f, ring.points, 'S');
  }
  doc.setDrawColor(chartInk.axis);
  doc.setLineWidth(0.2);
  for (const axis of geometry.axes) {
    const [x1, y1] = at(f, axis.start.x, axis.start.y);
    const [x2, y2] = at(f, axis.end.x, axis.end.y);
    doc.line(x1, y1, x2, y2);
  }
  for (const ring of geometry.rings) drawTextBlock(w, f, ring.label, chartInk.mutedText, false);

  for (const series of geometry.series) {
    const style = seriesStyles[block.series.find((s) => s.id === series.id)?.style ?? 'current'];
    if (style.fillOpacity > 0) {
      doc.saveGraphicsState();
      doc.setGState(new GState({ opacity: style.fillOpacity }));
      doc.setFillColor(style.fill);
      polygon(w, f, series.points, 'F');
      doc.restoreGraphicsState();
    }
    doc.setDrawColor(style.stroke);
    doc.setLineWidth(0.6);
    doc.setLineDashPattern(style.dash ? style.dash.map((d) => d * scale) : [], 0);
    polygon(w, f, series.points, 'S');
    doc.setLineDashPattern([], 0);
    doc.setFillColor(style.stroke);
    doc.setDrawColor(colors.white);
    doc.setLineWidth(0.3);
    for (const point of series.points) {
      if (point.missing) continue;
      const [x, y] = at(f, point.x, point.y);
      const r = 4.5 * scale;
      if (style.marker === 'circle') doc.circle(x, y, r, 'FD');
      else doc.rect(x - r, y - r, 2 * r, 2 * r, 'FD');
    }
  }
  for (const axis of geometry.axes) drawTextBlock(w, f, axis.label, chartInk.text, true);
  w.y += height + 2;

  // legend with the values, so that the chart reads without the screen's table
  const legend = block.series
    .map(
      (s) =>
        `${s.label}: ${s.values.map((v, i) => `${block.axes[i]?.label ?? ''} ${fmt.score(v)}`).join(', ')}`,
    )
    .join('\n');
  legendSwatches(
    w,
    block.series.map((s) => ({ label: s.label, style: s.style })),
  );
  w.text(legend, type.small - 0.5, { color: colors.muted, after: 4 });
}

function legendSwatches(w: Writer, items: Array<{ label: string; style: 'current' | 'target' }>): void {
  const { doc } = w;
  let x = margin.left;
  const y = w.y + 2;
  for (const item of items) {
    const style = seriesStyles[item.style];
    doc.setDrawColor(style.stroke);
    doc.setLineWidth(0.6);
    doc.setLineDashPattern(style.dash ? style.dash.map((d) => d * 0.35) : [], 0);
    doc.line(x, y, x + 9, y);
    doc.setLineDashPattern([], 0);
    doc.setFillColor(style.stroke);
    if (style.marker === 'circle') doc.circle(x + 4.5, y, 0.9, 'F');
    else doc.rect(x + 3.6, y - 0.9, 1.8, 1.8, 'F');
    w.font(type.small, true, colors.text);
    doc.text(w.clean(item.label), x + 11, y, { baseline: 'middle' });
    x += 11 + doc.getTextWidth(w.clean(item.label)) + 8;
  }
  w.y += 5.5;
}

/** Hatching of a "no questions" cell: 45° lines clipped to the rectangle by computing their ends. */
function hatch(w: Writer, x: number, y: number, width: number, height: number, spacing: number): void {
  const { doc } = w;
  doc.setDrawColor(noDataStyle.hatch);
  doc.setLineWidth(0.2);
  for (let c = spacing; c < width + height; c += spacing) {
    // the line u + v = c in cell coordinates (u right, v down), clipped to the cell
    const u1 = Math.min(c, width);
    const v1 = c - u1;
    const v2 = Math.min(c, height);
    const u2 = c - v2;
    doc.line(x + u1, y + v1, x + u2, y + v2);
  }
}

/** The outline of a "not answered yet" cell: dashed, inset by half its width so it stays inside. */
function dashedOutline(w: Writer, x: number, y: number, width: number, height: number, scale: number): void {
  const { doc } = w;
  const line = unansweredStyle.strokeWidth * scale;
  doc.setDrawColor(unansweredStyle.stroke);
  doc.setLineWidth(line);
  doc.setLineDashPattern(
    unansweredStyle.dash.map((d) => d * scale),
    0,
  );
  doc.rect(x + line / 2, y + line / 2, width - line, height - line, 'S');
  doc.setLineDashPattern([], 0);
}

/** A "no questions" cell's fill: white, hatched, with a solid outline. */
function hatchedCell(w: Writer, x: number, y: number, width: number, height: number, spacing: number): void {
  const { doc } = w;
  doc.setFillColor(noDataStyle.fill);
  doc.rect(x, y, width, height, 'F');
  hatch(w, x, y, width, height, spacing);
  doc.setDrawColor(noDataStyle.hatch);
  doc.setLineWidth(0.2);
  doc.rect(x, y, width, height, 'S');
}

export function drawHeatmap(w: Writer, block: HeatmapBlock, fmt: Formatter): void {
  const geometry = heatmapGeometry({
    rows: block.rows,
    columns: block.columns,
    cells: block.cells,
    applicable: block.applicable,
    stateLabels: { unanswered: block.legend.unanswered, noQuestions: block.legend.noQuestions },
    cellHeight: 40,
  });
  const scale = Math.min(contentWidth / geometry.width, 150 / geometry.height);
  const height = geometry.height * scale;
  w.ensure(height + 36);
  caption(w, block.caption, block.description);
  const f: Frame = { x: margin.left, y: w.y, scale };
  const { doc } = w;
  for (const header of geometry.columnHeaders) drawTextBlock(w, f, header, chartInk.text, true);
  for (const header of geometry.rowHeaders) drawTextBlock(w, f, header, chartInk.text, true);
  for (const cell of geometry.cells) {
    const [x, y] = at(f, cell.x, cell.y);
    const width = cell.width * scale;
    const cellHeight = cell.height * scale;
    if (cell.state === 'level') {
      doc.setFillColor(cell.fill);
      doc.rect(x, y, width, cellHeight, 'F');
      const size = (cell.text.fontSize * scale) / pt;
      doc.setFont(fontFamily, 'bold');
      doc.setFontSize(size);
      doc.setTextColor(cell.textColor);
      const [tx, ty] = at(f, cell.text.x, cell.text.y);
      doc.text(fmt.score(cell.value), tx, ty, { align: 'center', baseline: 'alphabetic' });
      continue;
    }
    if (cell.state === 'unanswered') {
      doc.setFillColor(cell.fill);
      doc.rect(x, y, width, cellHeight, 'F');
      dashedOutline(w, x, y, width, cellHeight, scale);
    } else {
      hatchedCell(w, x, y, width, cellHeight, noDataStyle.hatchSpacing * scale * 1.6);
    }
    if (cell.label) {
      // the state in words; on hatching, on a white ground so that the lines do not cross the letters
      if (cell.state === 'no-questions') {
        w.font((cell.label.fontSize * scale) / pt, true, cell.textColor);
        const textWidth = Math.max(...cell.label.lines.map((l) => doc.getTextWidth(w.clean(l))));
        const [cx, top] = at(f, cell.label.x, cell.label.y - cell.label.fontSize * 0.85);
        const boxHeight =
          (cell.label.lineHeight * (cell.label.lines.length - 1) + cell.label.fontSize * 1.15) * scale;
        doc.setFillColor(noDataStyle.fill);
        doc.rect(cx - textWidth / 2 - 0.8, top, textWidth + 1.6, boxHeight, 'F');
      }
      drawTextBlock(w, f, cell.label, cell.textColor, true);
    }
  }
  w.y += height + 3;
  heatmapLegend(w, block);
}

function heatmapLegend(w: Writer, block: HeatmapBlock): void {
  const { doc } = w;
  w.font(type.small, true, colors.text);
  let x = margin.left;
  let y = w.y;
  doc.text(w.clean(block.legend.title), x, y + 1.6, { baseline: 'middle' });
  x += doc.getTextWidth(w.clean(block.legend.title)) + 4;
  const items: Array<{ label: string; swatch: string | 'unanswered' | 'no-questions' }> = [
    ...levelColors.map((color, level) => ({
      swatch: color,
      label: block.legend.levels[level] ?? String(level),
    })),
    { swatch: 'unanswered', label: block.legend.unanswered },
    { swatch: 'no-questions', label: block.legend.noQuestions },
  ];
  for (const item of items) {
    const label = w.clean(item.label);
    w.font(type.small, false, colors.text);
    const width = 4.5 + 1.5 + doc.getTextWidth(label) + 4;
    if (x + width > margin.left + contentWidth) {
      x = margin.left;
      y += 5;
    }
    if (item.swatch === 'unanswered') {
      doc.setFillColor(unansweredStyle.fill);
      doc.rect(x, y, 4.5, 3.2, 'F');
      dashedOutline(w, x, y, 4.5, 3.2, 0.22);
    } else if (item.swatch === 'no-questions') {
      hatchedCell(w, x, y, 4.5, 3.2, 1.2);
    } else {
      doc.setFillColor(item.swatch);
      doc.rect(x, y, 4.5, 3.2, 'F');
    }
    doc.setTextColor(colors.text);
    doc.text(label, x + 6, y + 1.6, { baseline: 'middle' });
    x += width;
  }
  w.y = y + 9;
}

/** Horizontal bars: current level filled, target as a tick, values printed. */
export function drawBars(w: Writer, block: BarsBlock): void {
  const { doc } = w;
  const rowHeight = w.compact ? 4.8 : 5.6;
  const labelWidth = 62;
  const trackX = margin.left + labelWidth + 2;
  const trackWidth = contentWidth - labelWidth - 26;
  w.ensure(rowHeight * block.items.length + 16);
  w.text(block.caption, type.caption, { bold: true, color: colors.primaryDark, after: 1 });
  // scale 0–5 gridlines
  const top = w.y;
  const bottom = top + rowHeight * block.items.length;
  doc.setDrawColor(colors.rule);
  doc.setLineWidth(0.2);
  w.font(6.5, false, colors.muted);
  for (let v = 0; v <= 5; v++) {
    const x = trackX + (trackWidth * v) / 5;
    doc.line(x, top, x, bottom);
    doc.text(String(v), x, bottom + 1, { align: 'center', baseline: 'top' });
  }
  block.items.forEach((item, index) => {
    const y = top + index * rowHeight;
    w.font(type.small, true, colors.text);
    const lines = doc.splitTextToSize(w.clean(item.label), labelWidth) as string[];
    const lh = w.lineHeight(type.small);
    const labelTop = y + (rowHeight - lines.length * lh) / 2;
    lines.forEach((line, i) => doc.text(line, margin.left, labelTop + i * lh, { baseline: 'top' }));
    const barY = y + rowHeight / 2 - 1.6;
    doc.setFillColor(colors.zebra);
    doc.rect(trackX, barY, trackWidth, 3.2, 'F');
    if (item.value !== null) {
      doc.setFillColor(seriesStyles.current.stroke);
      doc.rect(trackX, barY, (trackWidth * Math.max(0, Math.min(5, item.value))) / 5, 3.2, 'F');
    }
    if (item.target !== null) {
      const tx = trackX + (trackWidth * Math.max(0, Math.min(5, item.target))) / 5;
      doc.setDrawColor(seriesStyles.target.stroke);
      doc.setLineWidth(0.7);
      doc.line(tx, barY - 1.2, tx, barY + 4.4);
    }
    w.font(type.small, true, colors.text);
    doc.text(`${item.text}`, trackX + trackWidth + 3, y + rowHeight / 2, { baseline: 'middle' });
    w.font(type.small, false, colors.muted);
    doc.text(`→ ${item.targetText}`, trackX + trackWidth + 10, y + rowHeight / 2, { baseline: 'middle' });
  });
  w.y = bottom + 5;
  // legend
  doc.setFillColor(seriesStyles.current.stroke);
  doc.rect(trackX, w.y, 6, 2.6, 'F');
  w.font(type.small - 0.5, false, colors.text);
  doc.text(w.clean(block.legend.current), trackX + 7.5, w.y + 1.3, { baseline: 'middle' });
  const x2 = trackX + 7.5 + doc.getTextWidth(w.clean(block.legend.current)) + 6;
  doc.setDrawColor(seriesStyles.target.stroke);
  doc.setLineWidth(0.7);
  doc.line(x2 + 1, w.y - 0.6, x2 + 1, w.y + 3.2);
  doc.text(w.clean(block.legend.target), x2 + 3.5, w.y + 1.3, { baseline: 'middle' });
  w.y += 8;
}
