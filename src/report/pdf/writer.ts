import type { jsPDF } from 'jspdf';
import { colors, contentBottom, contentWidth, fontFamily, lineHeightFactor, margin, pt } from './theme';

export type Align = 'left' | 'center' | 'right';

/**
 * A cursor over a jsPDF document: writes text blocks top to bottom, starts a new page when the
 * next block does not fit, and remembers where each heading went (for the outline and contents).
 * Mutates the document it wraps.
 */
export class Writer {
  y: number = margin.top;
  /** Tighter type for a section that must fit one page (the summary). */
  compact = false;
  readonly headings: Array<{ id: string; title: string; level: 1 | 2; page: number }> = [];

  constructor(
    readonly doc: jsPDF,
    /** Reduces text to the characters the embedded font has. */
    readonly clean: (text: string) => string,
  ) {}

  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }

  /** Line height in mm for a font size in pt. */
  lineHeight(size: number): number {
    return size * pt * lineHeightFactor;
  }

  font(size: number, bold = false, color: string = colors.text): void {
    this.doc.setFont(fontFamily, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(color);
  }

  /** Lines of `text` wrapped to `width` mm in the current font. */
  wrap(text: string, width: number): string[] {
    const lines: string[] = [];
    for (const paragraph of this.clean(text).split('\n')) {
      lines.push(...(this.doc.splitTextToSize(paragraph, width) as string[]));
    }
    return lines;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = margin.top;
  }

  /** Starts a new page unless `height` mm still fit above the bottom margin. */
  ensure(height: number): void {
    if (this.y + height > contentBottom) this.newPage();
  }

  remaining(): number {
    return contentBottom - this.y;
  }

  /**
   * Writes wrapped text at the cursor, breaking across pages between lines. Returns the height used.
   * `x` and `width` default to the content column.
   */
  text(
    text: string,
    size: number,
    options: {
      bold?: boolean;
      color?: string;
      x?: number;
      width?: number;
      after?: number;
      align?: Align;
    } = {},
  ): void {
    this.font(size, options.bold, options.color);
    const x = options.x ?? margin.left;
    const width = options.width ?? contentWidth;
    const lineHeight = this.lineHeight(size);
    for (const line of this.wrap(text, width)) {
      this.ensure(lineHeight);
      const at = options.align === 'right' ? x + width : options.align === 'center' ? x + width / 2 : x;
      this.doc.text(line, at, this.y, { baseline: 'top', align: options.align ?? 'left' });
      this.y += lineHeight;
    }
    this.y += options.after ?? 0;
  }

  /** Height in mm that `text` takes at `size` in `width`. */
  measure(text: string, size: number, width: number = contentWidth, bold = false): number {
    this.font(size, bold);
    return this.wrap(text, width).length * this.lineHeight(size);
  }

  /**
   * Writes one line with its top at `y` and makes it a link to `target` (a web address or a page of
   * the document). jsPDF's textWithLink places the link box for text on its baseline, that is,
   * mostly above a line written from its top.
   */
  linkedText(text: string, x: number, y: number, target: { url: string } | { pageNumber: number }): void {
    this.doc.text(text, x, y, { baseline: 'top' });
    this.doc.link(x, y, this.doc.getTextWidth(text), this.lineHeight(this.doc.getFontSize()), target);
  }

  rule(y: number, color: string = colors.rule, width = 0.25): void {
    this.doc.setDrawColor(color);
    this.doc.setLineWidth(width);
    this.doc.line(margin.left, y, margin.left + contentWidth, y);
  }
}
