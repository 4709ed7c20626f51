/**
 * Colours shared by the on-screen charts and the PDF report, as hex strings so that SVG and
 * jsPDF draw exactly the same thing.
 */

/**
 * Fill per maturity level 0–5: six steps of viridis, light for low levels and dark for high ones
 * (more ink, more maturity). Viridis changes lightness monotonically, so the order stays readable
 * for every common colour-vision deficiency and in greyscale print; the numbers printed on the
 * cells carry the value in any case.
 */
export const levelColors: readonly [string, string, string, string, string, string] = [
  '#fde725',
  '#7ad151',
  '#22a884',
  '#2a788e',
  '#414487',
  '#440154',
];

/**
 * A heatmap cell where no question applies ("no questions"): white with grey diagonal hatching,
 * distinct from every level colour and from a cell not answered yet.
 */
export const noDataStyle = {
  fill: '#ffffff',
  hatch: '#6b7785',
  /** Distance between hatch lines, in chart units. */
  hatchSpacing: 6,
  text: '#1b1f24',
} as const;

/**
 * A heatmap cell whose questions are not answered yet: white with a dashed outline (≥ 3:1 on
 * white), no hatching, so that it reads as "still to fill in" rather than "nothing here".
 */
export const unansweredStyle = {
  fill: '#ffffff',
  stroke: '#5b6672',
  /** Dash and gap of the outline, in chart units. */
  dash: [5, 3],
  strokeWidth: 1.5,
} as const;

/** Series styles of the radar chart: the current state solid, the target dashed. */
export const seriesStyles = {
  current: { stroke: '#0b4f6c', fill: '#0b4f6c', fillOpacity: 0.18, dash: null, marker: 'circle' },
  target: { stroke: '#a4480f', fill: '#a4480f', fillOpacity: 0, dash: [6, 4], marker: 'square' },
} as const satisfies Record<
  string,
  {
    stroke: string;
    fill: string;
    fillOpacity: number;
    dash: readonly number[] | null;
    marker: 'circle' | 'square';
  }
>;

/** Grid, axis and text colours of the charts (contrast ≥ 3:1 on white for lines, 4.5:1 for text). */
export const chartInk = {
  text: '#1b1f24',
  mutedText: '#4a5561',
  grid: '#8a96a3',
  axis: '#5b6672',
  background: '#ffffff',
} as const;

/** Quadrant backgrounds of the impact/effort matrix (position and name identify a quadrant, not colour). */
export const quadrantColors = {
  'quick-win': '#e6f4ea',
  'major-project': '#e3eef7',
  'fill-in': '#f1f3f5',
  thankless: '#fbece6',
} as const;

/** Marker of an item in the impact/effort matrix, with its number in white. */
export const markerStyle = { fill: '#0b4f6c', text: '#ffffff' } as const;

const dark = '#000000';
const light = '#ffffff';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Parses "#rgb" or "#rrggbb". Throws on anything else: colours here are constants, not user input. */
export function parseHex(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) throw new Error(`not a hex colour: ${hex}`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance of a hex colour (0 black … 1 white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG 2.1 contrast ratio of two colours (1 … 21). */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Black or white, whichever contrasts more with `background` (every level colour gets ≥ 4.5:1). */
export function readableTextColor(background: string): string {
  return contrastRatio(background, dark) >= contrastRatio(background, light) ? dark : light;
}

/** The fill of a level 0–5 (clamped and rounded down), or the no-data fill for null. */
export function levelColor(level: number | null): string {
  if (level === null || Number.isNaN(level)) return noDataStyle.fill;
  const index = Math.min(levelColors.length - 1, Math.max(0, Math.floor(level)));
  return levelColors[index] ?? noDataStyle.fill;
}
