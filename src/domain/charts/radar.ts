import { blockExtentX, blockExtentY, round, shiftBlock, wrapText, type TextBlock } from './text';

export interface Point {
  x: number;
  y: number;
}

export interface RadarInput {
  /** One axis per dimension, clockwise from the top. */
  axes: ReadonlyArray<{ id: string; label: string }>;
  /** Values per axis in `axes` order; null where there is no value. */
  series: ReadonlyArray<{ id: string; values: ReadonlyArray<number | null> }>;
  /** The value at the outer ring (default 5, the top of the maturity scale). */
  max?: number;
  /** Radius of the outer ring in chart units (default 160). */
  radius?: number;
  /** Axis label font size (default 14). */
  fontSize?: number;
  /** Characters per axis label line before it wraps (default 18). */
  labelMaxChars?: number;
  /** Space between the outer ring and the axis labels (default 12). */
  labelOffset?: number;
  /** Empty margin around everything (default 8). */
  padding?: number;
}

export interface RadarRing {
  /** The scale value the ring marks (1 … max). */
  value: number;
  radius: number;
  /** Polygon through the ring's value on every axis. */
  points: Point[];
  /** The ring's value written next to the first axis. */
  label: TextBlock;
}

export interface RadarAxis {
  id: string;
  /** Radians, clockwise from the positive x axis in screen coordinates (−π/2 is straight up). */
  angle: number;
  start: Point;
  end: Point;
  label: TextBlock;
}

export interface RadarPoint extends Point {
  axisId: string;
  /** The value as given (clamped into 0 … max for placement only). */
  value: number | null;
  /** True when the value is null: the point sits at the centre and a renderer should not mark it. */
  missing: boolean;
}

export interface RadarSeries {
  id: string;
  /** One point per axis; draw the closed polygon through all of them. */
  points: RadarPoint[];
}

export interface RadarGeometry {
  width: number;
  height: number;
  center: Point;
  radius: number;
  max: number;
  rings: RadarRing[];
  axes: RadarAxis[];
  series: RadarSeries[];
}

const defaults = { max: 5, radius: 160, fontSize: 14, labelMaxChars: 18, labelOffset: 12, padding: 8 };

function axisAngle(index: number, count: number): number {
  return -Math.PI / 2 + (2 * Math.PI * index) / count;
}

function polar(angle: number, distance: number): Point {
  return { x: Math.cos(angle) * distance, y: Math.sin(angle) * distance };
}

/**
 * Places an axis label just outside the outer ring: to the right of axes that point right, to the
 * left of those that point left, centred above the top and below the bottom, so that long
 * dimension names grow away from the chart.
 */
function axisLabel(text: string, angle: number, distance: number, options: typeof defaults): TextBlock {
  const { x, y } = polar(angle, distance);
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const lines = wrapText(text, options.labelMaxChars);
  const lineHeight = Math.round(options.fontSize * 1.2);
  const anchor = Math.abs(cos) < 0.1 ? 'middle' : cos > 0 ? 'start' : 'end';
  const blockHeight = (lines.length - 1) * lineHeight;
  let firstBaseline: number;
  if (sin < -0.1) {
    // above the centre: the block grows upwards, its last line just above the anchor point
    firstBaseline = y - blockHeight - options.fontSize * 0.25;
  } else if (sin > 0.1) {
    // below: the block hangs from the anchor point
    firstBaseline = y + options.fontSize * 0.8;
  } else {
    firstBaseline = y - blockHeight / 2 + options.fontSize * 0.35;
  }
  return { x, y: firstBaseline, anchor, lines, fontSize: options.fontSize, lineHeight, rotate: 0 };
}

/**
 * The geometry of a radar (spider) chart: rings at each whole value, one axis per dimension
 * clockwise from the top, label blocks, and one closed polygon per series. All coordinates are in
 * one box from (0, 0) to (width, height) that holds the labels too. Plain numbers only, so the
 * screen (SVG) and the report (jsPDF) draw the same chart.
 */
export function radarGeometry(input: RadarInput): RadarGeometry {
  const options = {
    max: input.max ?? defaults.max,
    radius: input.radius ?? defaults.radius,
    fontSize: input.fontSize ?? defaults.fontSize,
    labelMaxChars: input.labelMaxChars ?? defaults.labelMaxChars,
    labelOffset: input.labelOffset ?? defaults.labelOffset,
    padding: input.padding ?? defaults.padding,
  };
  const { max, radius } = options;
  const count = input.axes.length;

  // Build around (0, 0) first, then move everything so that the labels fit in the box.
  const axes = input.axes.map((axis, index) => {
    const angle = axisAngle(index, count);
    return {
      id: axis.id,
      angle,
      start: { x: 0, y: 0 },
      end: polar(angle, radius),
      label: axisLabel(axis.label, angle, radius + options.labelOffset, options),
    };
  });

  const ringFont = Math.max(10, Math.round(options.fontSize * 0.8));
  const rings = Array.from({ length: Math.max(0, Math.floor(max)) }, (_, i) => {
    const value = i + 1;
    const ringRadius = (radius * value) / max;
    return {
      value,
      radius: ringRadius,
      points: axes.map((axis) => polar(axis.angle, ringRadius)),
      label: {
        x: 4,
        y: -ringRadius + ringFont * 0.35 + 6,
        anchor: 'start' as const,
        lines: [String(value)],
        fontSize: ringFont,
        lineHeight: ringFont,
        rotate: 0,
      },
    };
  });

  const series = input.series.map((s) => ({
    id: s.id,
    points: axes.map((axis, index) => {
      const value = s.values[index] ?? null;
      const placed = value === null || Number.isNaN(value) ? 0 : Math.min(max, Math.max(0, value));
      const { x, y } = polar(axis.angle, (radius * placed) / max);
      return { axisId: axis.id, value, missing: value === null, x, y };
    }),
  }));

  let minX = -radius;
  let maxX = radius;
  let minY = -radius;
  let maxY = radius;
  for (const axis of axes) {
    const [left, right] = blockExtentX(axis.label);
    const [top, bottom] = blockExtentY(axis.label);
    minX = Math.min(minX, left);
    maxX = Math.max(maxX, right);
    minY = Math.min(minY, top);
    maxY = Math.max(maxY, bottom);
  }
  // whole-number offsets keep the centre on a whole coordinate, so values land exactly on axes
  const dx = Math.ceil(options.padding - minX);
  const dy = Math.ceil(options.padding - minY);
  const at = (p: Point): Point => ({ x: round(p.x + dx), y: round(p.y + dy) });
  const block = (b: TextBlock): TextBlock => {
    const moved = shiftBlock(b, dx, dy);
    return { ...moved, x: round(moved.x), y: round(moved.y) };
  };

  return {
    width: Math.ceil(maxX + dx + options.padding),
    height: Math.ceil(maxY + dy + options.padding),
    center: at({ x: 0, y: 0 }),
    radius,
    max,
    rings: rings.map((ring) => ({ ...ring, points: ring.points.map(at), label: block(ring.label) })),
    axes: axes.map((axis) => ({
      ...axis,
      start: at(axis.start),
      end: at(axis.end),
      label: block(axis.label),
    })),
    series: series.map((s) => ({
      id: s.id,
      points: s.points.map((p) => ({ ...p, ...at(p) })),
    })),
  };
}
