/**
 * Text placement shared by the SVG charts and the PDF renderer. Neither can measure text before
 * drawing it in the same way, so widths are estimated from the character count: generous enough
 * for system sans-serif fonts and Helvetica, so that labels never collide.
 */

export type TextAnchor = 'start' | 'middle' | 'end';

/** A block of lines drawn from (x, y): y is the baseline of the first line; each next line is lineHeight lower. */
export interface TextBlock {
  x: number;
  y: number;
  anchor: TextAnchor;
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Degrees, counter-clockwise turn of the block around (x, y); 0 when upright. */
  rotate: number;
}

/**
 * Advance of a character relative to the font size, on the wide side: measured in Chromium for
 * bold Finnish and Swedish labels in the system sans-serif (DejaVu Sans 0.58–0.64, Segoe UI and
 * Helvetica narrower), so that estimated boxes hold the drawn text in every renderer.
 */
export const averageCharWidth = 0.66;

/** Estimated drawn width of `text` at `fontSize`. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * averageCharWidth;
}

/**
 * Breaks `text` into lines of at most `maxChars` characters at spaces (and after hyphens, as in
 * "innovaatio- ja"). A single word longer than the limit stays whole on its own line.
 */
export function wrapText(text: string, maxChars: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .filter((word) => word.length > 0);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The widest estimated line of a block. */
export function blockWidth(lines: readonly string[], fontSize: number): number {
  return Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize)));
}

/** Horizontal extent of a block as drawn with its anchor. */
export function blockExtentX(block: TextBlock): [number, number] {
  const width = blockWidth(block.lines, block.fontSize);
  if (block.anchor === 'start') return [block.x, block.x + width];
  if (block.anchor === 'end') return [block.x - width, block.x];
  return [block.x - width / 2, block.x + width / 2];
}

/** Vertical extent of an upright block: from the first line's cap height to the last line's descenders. */
export function blockExtentY(block: TextBlock): [number, number] {
  const top = block.y - block.fontSize * 0.8;
  const bottom = block.y + (block.lines.length - 1) * block.lineHeight + block.fontSize * 0.25;
  return [top, bottom];
}

/** Moves a block by (dx, dy). */
export function shiftBlock(block: TextBlock, dx: number, dy: number): TextBlock {
  return { ...block, x: block.x + dx, y: block.y + dy };
}

/** Rounds chart coordinates to 2 decimals so that output is stable and compact. */
export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
