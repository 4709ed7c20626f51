import { jsPDF } from 'jspdf';
import type { ReportModel } from '../../domain/report/model';
import { buildReportDocument, type Block, type ReportDocument, type Section } from '../document';
import { createFormatter, fill, type Formatter } from '../format';
import type { ReportMessages } from '../messages';
import { drawBars, drawHeatmap, drawRadar } from './charts';
import { interFonts, type FontFiles } from './fonts';
import { drawTable, measureTable, type MeasuredTable } from './tables';
import { createSanitizer } from './text';
import {
  colors,
  contentBottom,
  contentWidth,
  fontFamily,
  lineHeightFactor,
  margin,
  page,
  pt,
  type,
} from './theme';
import { rememberColours, tuneJsPdf } from './tuning';
import { Writer } from './writer';

/**
 * The PDF report: A4, Inter embedded, a cover, a table of contents, one section per page group,
 * running header and footer with "page n / N", an outline (bookmarks) and document properties.
 * This module is loaded only through `import()` from the UI, so jsPDF never weighs on the first load.
 */

export interface RenderOptions {
  fonts?: FontFiles;
}

const pdfLanguage = { fi: 'fi', sv: 'sv', en: 'en-GB' } as const;

tuneJsPdf();

function setupDocument(doc: jsPDF, fonts: FontFiles): (codePoint: number) => boolean {
  doc.addFileToVFS('Inter-Regular.ttf', fonts.regular);
  doc.addFont('Inter-Regular.ttf', fontFamily, 'normal');
  doc.addFileToVFS('Inter-Bold.ttf', fonts.bold);
  doc.addFont('Inter-Bold.ttf', fontFamily, 'bold');
  doc.setFont(fontFamily, 'normal');
  rememberColours(doc);
  // one line spacing for everything, so that autotable's row heights match the lines drawn in them
  doc.setLineHeightFactor(lineHeightFactor);
  // autotable asks for the font list on every style change; the list no longer changes from here on
  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
  // what the subset font can draw: its cmap, as jsPDF parsed it
  const font = doc.getFont() as unknown as {
    metadata?: { cmap?: { unicode?: { codeMap?: Record<number, number> } } };
  };
  const codeMap = font.metadata?.cmap?.unicode?.codeMap;
  return codeMap ? (code) => (codeMap[code] ?? 0) > 0 : () => true;
}

function drawCover(w: Writer, d: ReportDocument): void {
  const { doc } = w;
  const cover = d.cover;
  const bandHeight = 112;
  doc.setFillColor(colors.primary);
  doc.rect(0, 0, page.width, bandHeight, 'F');
  doc.setFillColor(colors.accent);
  doc.rect(0, bandHeight, page.width, 3.2, 'F');
  const x = margin.left;
  const width = contentWidth;
  w.y = 30;
  w.text(cover.kicker.toUpperCase(), 10, { bold: true, color: colors.accent, after: 3 });
  w.text(cover.title, 15, { color: colors.white, after: 14 });
  // the municipality's name large; long names shrink to stay within two lines
  let size = 36;
  while (size > 18 && w.measure(cover.municipality, size, width, true) > w.lineHeight(size) * 2) size -= 2;
  w.text(cover.municipality, size, { bold: true, color: colors.white, after: 2 });
  if (cover.otherName) w.text(cover.otherName, 14, { color: '#d6e6ee', after: 2 });
  w.y = Math.max(w.y + 4, 96);
  w.text(cover.date, 12.5, { bold: true, color: colors.white });

  w.y = bandHeight + 14;
  const labelWidth = 42;
  for (const fact of cover.facts) {
    w.font(type.body, false, colors.text);
    const valueLines = w.wrap(fact.value, width - labelWidth);
    const height = valueLines.length * w.lineHeight(type.body);
    w.ensure(height + 2);
    const top = w.y;
    w.text(fact.label, type.small, { bold: true, color: colors.muted, x, width: labelWidth - 3 });
    w.y = top;
    w.text(fact.value, type.body, { x: x + labelWidth, width: width - labelWidth });
    w.y = Math.max(w.y, top + height) + 2.2;
  }
  w.y += 4;
  w.text(cover.participants.caption, type.h2 - 1.5, { bold: true, color: colors.primaryDark, after: 2 });
  if (cover.participants.rows.length === 0) {
    w.text(cover.participants.empty ?? '', type.body, { color: colors.muted });
  } else {
    drawTable(w, cover.participants, { fontSize: 8.4 });
  }
  w.ensure(14);
  w.y = Math.max(w.y, contentBottom - 8);
  w.text(`${cover.note} ${cover.pdfNote}`, type.small, { color: colors.muted });
}

function sectionHeading(w: Writer, section: Section, index: number): void {
  w.newPage();
  w.headings.push({ id: section.id, title: section.title, level: 1, page: w.page });
  w.text(String(index + 1).padStart(2, '0'), 11, { bold: true, color: colors.accent, after: 0.5 });
  w.text(section.title, type.h1, { bold: true, color: colors.primaryDark, after: 2 });
  w.doc.setFillColor(colors.accent);
  w.doc.rect(margin.left, w.y, 16, 1.1, 'F');
  w.y += 7;
}

/** Type size of a paragraph block. */
const paragraphSize = (block: Extract<Block, { kind: 'paragraph' }>): number =>
  block.style === 'lead' ? type.lead - 0.6 : block.style === 'muted' ? type.small : type.body;

/** Height of a callout block (panel included), as drawn. */
function calloutHeight(w: Writer, block: Extract<Block, { kind: 'callout' }>): number {
  const width = contentWidth - 9;
  return w.measure(block.title, type.body, width, true) + w.measure(block.text, type.small + 0.5, width) + 6;
}

/**
 * Draws the blocks of one section. Tables are measured before they are drawn, so that a heading
 * keeps its table's first rows with it, and a table keeps its footnote with its last rows.
 */
class SectionDrawer {
  private readonly tables = new Map<Block, MeasuredTable>();

  constructor(
    private readonly w: Writer,
    private readonly blocks: readonly Block[],
    private readonly fmt: Formatter,
  ) {}

  /** The measured table of the table block at `index`. */
  private table(index: number): MeasuredTable | undefined {
    const block = this.blocks[index];
    if (block?.kind !== 'table' || block.rows.length === 0) return undefined;
    let measured = this.tables.get(block);
    if (!measured) {
      const previous = this.blocks[index - 1];
      const captionSameAsHeading = previous?.kind === 'heading' && previous.text === block.caption;
      const tone = block.rows.every((r) => r.kind !== 'group' && r.tone === block.rows[0]?.tone)
        ? block.rows[0]?.tone
        : undefined;
      // wide tables (the programme's eight columns) set a size smaller
      const fontSize = block.columns.length >= 7 || this.w.compact ? type.table - 0.4 : type.table;
      measured = measureTable(this.w, block, {
        fontSize,
        ...(tone && tone !== 'dropped' && { tone }),
        caption: !captionSameAsHeading,
        keepAfter: this.footnoteHeight(index + 1),
      });
      this.tables.set(block, measured);
    }
    return measured;
  }

  /** Height of a footnote or callout at `index` that belongs with the table before it. */
  private footnoteHeight(index: number): number {
    const block = this.blocks[index];
    if (block?.kind === 'paragraph' && block.style === 'muted')
      return this.w.measure(block.text, type.small) + 3;
    if (block?.kind === 'callout') return Math.min(calloutHeight(this.w, block), 60) + 4;
    return 0;
  }

  /**
   * Height that the blocks from `index` on need at least on the page where they start, so that a
   * heading is never left alone at a page end: a short introduction and the first rows of its table.
   */
  private lead(index: number): number {
    const block = this.blocks[index];
    if (!block) return 0;
    switch (block.kind) {
      case 'table':
        return this.table(index)?.lead ?? 10;
      case 'paragraph': {
        const height = this.w.measure(block.text, paragraphSize(block)) + 3;
        const next = this.blocks[index + 1];
        // an introduction of a few lines stays with what it introduces
        return height < 25 && next && next.kind !== 'heading' ? height + this.lead(index + 1) : height;
      }
      case 'radar':
      case 'heatmap':
        return 90;
      case 'bars':
        return 50;
      case 'figures':
        return 30;
      default:
        return 14;
    }
  }

  draw(): void {
    this.blocks.forEach((block, index) => this.drawBlock(block, index));
  }

  private drawBlock(block: Block, index: number): void {
    const { w, fmt } = this;
    const { doc } = w;
    switch (block.kind) {
      case 'heading': {
        const height = w.measure(block.text, type.h2, contentWidth, true) + 4;
        w.ensure(height + this.lead(index + 1));
        w.y += 2;
        w.headings.push({ id: block.id, title: block.text, level: 2, page: w.page });
        w.text(block.text, type.h2, { bold: true, color: colors.primary, after: 2.5 });
        return;
      }
      case 'paragraph': {
        const size = paragraphSize(block);
        w.ensure(w.lineHeight(size) * 2);
        w.text(block.text, size, { color: block.style === 'muted' ? colors.muted : colors.text, after: 3 });
        return;
      }
      case 'list': {
        const size = w.compact ? type.small + 0.2 : type.body - 0.5;
        block.items.forEach((item, n) => {
          const marker = block.ordered ? `${n + 1}.` : '•';
          const height = w.measure(item, size, contentWidth - 6);
          w.ensure(Math.min(height, w.lineHeight(size) * 2));
          w.font(size, true, colors.primary);
          doc.text(marker, margin.left + 1, w.y, { baseline: 'top' });
          w.text(item, size, { x: margin.left + 6, width: contentWidth - 6, after: 1 });
        });
        w.y += 2;
        return;
      }
      case 'facts': {
        const labelWidth = 44;
        for (const fact of block.items) {
          const height = w.measure(fact.value, type.body, contentWidth - labelWidth);
          w.ensure(Math.min(height, 20));
          const top = w.y;
          w.text(fact.label, type.body, { bold: true, width: labelWidth - 4 });
          const labelBottom = w.y;
          w.y = top;
          w.text(fact.value, type.body, { x: margin.left + labelWidth, width: contentWidth - labelWidth });
          w.y = Math.max(w.y, labelBottom) + 2;
        }
        w.y += 2;
        return;
      }
      case 'figures': {
        const gap = 3;
        const boxWidth = (contentWidth - gap * (block.items.length - 1)) / block.items.length;
        const boxHeight = w.compact ? 20 : 22;
        w.ensure(boxHeight + 4);
        block.items.forEach((item, n) => {
          const x = margin.left + n * (boxWidth + gap);
          doc.setFillColor(colors.panel);
          doc.rect(x, w.y, boxWidth, boxHeight, 'F');
          doc.setFillColor(n === 0 ? colors.accent : colors.primary);
          doc.rect(x, w.y, boxWidth, 1.1, 'F');
          const top = w.y;
          w.y = top + 3.5;
          w.text(item.label, type.small, {
            bold: true,
            color: colors.muted,
            x: x + 3,
            width: boxWidth - 6,
            after: 0.5,
          });
          w.text(item.value, 17, {
            bold: true,
            color: colors.primaryDark,
            x: x + 3,
            width: boxWidth - 6,
            after: 0.3,
          });
          w.text(item.detail, 7.4, { color: colors.text, x: x + 3, width: boxWidth - 6 });
          w.y = top;
        });
        w.y += boxHeight + 5;
        return;
      }
      case 'callout': {
        const width = contentWidth - 9;
        const height = calloutHeight(w, block);
        w.ensure(Math.min(height, 60));
        const top = w.y;
        const panel = block.tone === 'warning' ? colors.warningPanel : colors.panel;
        const bar = block.tone === 'warning' ? colors.warning : colors.primary;
        if (top + height <= contentBottom) {
          doc.setFillColor(panel);
          doc.rect(margin.left, top, contentWidth, height, 'F');
          doc.setFillColor(bar);
          doc.rect(margin.left, top, 1.4, height, 'F');
        }
        w.y = top + 3;
        w.text(block.title, type.body, {
          bold: true,
          x: margin.left + 5,
          width,
          color: colors.text,
          after: 0.8,
        });
        w.text(block.text, type.small + 0.5, { x: margin.left + 5, width });
        w.y = Math.max(w.y, top + height) + 4;
        return;
      }
      case 'links': {
        for (const link of block.items) {
          w.ensure(8);
          w.font(type.body, true, colors.text);
          doc.text(w.clean(link.label), margin.left, w.y, { baseline: 'top' });
          w.font(type.lead, true, colors.primary);
          w.linkedText(w.clean(link.text), margin.left + 36, w.y - 0.4, { url: link.href });
          w.y += 7;
        }
        w.y += 2;
        return;
      }
      case 'table': {
        const table = this.table(index);
        if (table) {
          table.draw();
          return;
        }
        const previous = this.blocks[index - 1];
        if (previous?.kind !== 'heading' || previous.text !== block.caption) {
          w.ensure(16);
          w.text(block.caption, type.caption, { bold: true, color: colors.primaryDark, after: 1.5 });
        }
        w.text(block.empty ?? '', type.body, { color: colors.muted, after: 4 });
        return;
      }
      case 'radar':
        drawRadar(w, block, fmt);
        return;
      case 'heatmap':
        drawHeatmap(w, block, fmt);
        return;
      case 'bars':
        drawBars(w, block);
        return;
    }
  }
}

function drawContents(w: Writer, d: ReportDocument, contentsPage: number, title: string): void {
  const { doc } = w;
  doc.setPage(contentsPage);
  w.y = margin.top;
  w.text(title, type.h1, { bold: true, color: colors.primaryDark, after: 2 });
  doc.setFillColor(colors.accent);
  doc.rect(margin.left, w.y, 16, 1.1, 'F');
  w.y += 8;
  let number = 0;
  for (const heading of w.headings) {
    const top = heading.level === 1;
    if (top) number++;
    const size = top ? 11 : 9;
    const indent = top ? 0 : 9;
    w.font(size, top, top ? colors.primaryDark : colors.text);
    const label = top
      ? `${String(number).padStart(2, '0')}   ${w.clean(heading.title)}`
      : w.clean(heading.title);
    const x = margin.left + indent;
    const pageText = String(heading.page);
    w.linkedText(label, x, w.y, { pageNumber: heading.page });
    doc.text(pageText, margin.left + contentWidth, w.y, { baseline: 'top', align: 'right' });
    // dotted leader between the title and the page number
    const start = x + doc.getTextWidth(label) + 2;
    const end = margin.left + contentWidth - doc.getTextWidth(pageText) - 2;
    if (end > start) {
      doc.setDrawColor(colors.border);
      doc.setLineWidth(0.2);
      doc.setLineDashPattern([0.4, 1.2], 0);
      doc.line(start, w.y + size * pt * 0.8, end, w.y + size * pt * 0.8);
      doc.setLineDashPattern([], 0);
    }
    w.y += top ? 7.2 : 5.4;
    if (w.y > contentBottom - 6) break;
  }
  void d;
}

function drawRunningHeaders(w: Writer, d: ReportDocument): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  for (let n = 1; n <= pages; n++) {
    doc.setPage(n);
    const footerY = page.height - 12;
    if (n > 1) {
      w.font(7.5, false, colors.muted);
      const left = w.clean(d.header.left);
      const maxLeft = contentWidth - doc.getTextWidth(w.clean(d.header.right)) - 8;
      const shown = (doc.splitTextToSize(left, maxLeft) as string[])[0] ?? '';
      doc.text(shown, margin.left, 12, { baseline: 'bottom' });
      doc.text(w.clean(d.header.right), margin.left + contentWidth, 12, {
        baseline: 'bottom',
        align: 'right',
      });
      w.rule(14, colors.rule, 0.3);
      doc.setFillColor(colors.primary);
      doc.rect(margin.left, 13.7, 10, 0.6, 'F');
    }
    w.rule(footerY - 4, colors.rule, 0.3);
    w.font(7.5, false, colors.muted);
    doc.text(w.clean(d.footer.left), margin.left, footerY, { baseline: 'middle' });
    w.font(7.5, true, colors.primaryDark);
    doc.text(w.clean(fill(d.footer.pageTemplate, { page: n, pages })), margin.left + contentWidth, footerY, {
      baseline: 'middle',
      align: 'right',
    });
  }
}

/** Renders the report of `model` with the report `messages` of the same language. */
export async function renderReportPdf(
  model: ReportModel,
  messages: ReportMessages,
  options: RenderOptions = {},
): Promise<Blob> {
  const doc = new jsPDF({
    unit: 'mm',
    format: 'a4',
    orientation: 'portrait',
    compress: true,
    putOnlyUsedFonts: true,
    // coordinates to a thousandth of a point, not jsPDF's 16 decimals: a quarter less to write
    floatPrecision: 3,
  });
  const covered = setupDocument(doc, options.fonts ?? interFonts);
  const w = new Writer(doc, createSanitizer(covered));
  const d = buildReportDocument(model, messages);
  const fmt = createFormatter(model.language);

  doc.setProperties({
    title: w.clean(d.properties.title),
    subject: w.clean(d.properties.subject),
    author: w.clean(d.properties.author),
    keywords: w.clean(d.properties.keywords),
    creator: w.clean(d.properties.creator),
  });
  doc.setLanguage(pdfLanguage[model.language]);
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');

  drawCover(w, d);
  w.newPage(); // the table of contents, filled in once the page numbers are known
  const contentsPage = w.page;
  d.sections.forEach((section, index) => {
    const drawSection = () => {
      sectionHeading(w, section, index);
      new SectionDrawer(w, section.blocks, fmt).draw();
    };
    const firstPage = w.page + 1;
    const headings = w.headings.length;
    drawSection();
    // the summary is one page: when it runs over (longer Swedish wording, many decisions), it is
    // drawn again in tighter type
    if (section.id === 'summary' && w.page > firstPage) {
      for (let n = w.page; n >= firstPage; n--) doc.deletePage(n);
      doc.setPage(firstPage - 1);
      w.headings.length = headings;
      w.compact = true;
      drawSection();
      w.compact = false;
    }
  });
  drawContents(w, d, contentsPage, messages.page.contents);
  drawRunningHeaders(w, d);

  // outline (bookmarks): sections, and their sub-headings beneath them
  let parent: unknown = null;
  const contentsNode = doc.outline.add(null, w.clean(messages.page.contents), { pageNumber: contentsPage });
  void contentsNode;
  for (const heading of w.headings) {
    if (heading.level === 1)
      parent = doc.outline.add(null, w.clean(heading.title), { pageNumber: heading.page });
    else doc.outline.add(parent as never, w.clean(heading.title), { pageNumber: heading.page });
  }
  return doc.output('blob');
}

/** Renders the report and hands it to the browser as a download named `avoin-kunta-<municipality>-<date>.pdf`. */
export async function downloadReportPdf(
  model: ReportModel,
  messages: ReportMessages,
): Promise<{ blob: Blob; fileName: string }> {
  const blob = await renderReportPdf(model, messages);
  const fileName = model.meta.fileName;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // give the browser time to start the download before the URL is released
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return { blob, fileName };
}
