import {
  __createTable,
  __drawTable,
  type CellDef,
  type CellHookData,
  type Row,
  type RowInput,
  type Styles,
} from 'jspdf-autotable';
import { readableTextColor } from '../../domain/charts/colors';
import { isWebAddress, type Cell, type TableBlock, type Tone } from '../document';
import {
  colors,
  contentBottom,
  contentWidth,
  fontFamily,
  lineHeightFactor,
  margin,
  pt,
  toneColors,
  type,
} from './theme';
import type { Writer } from './writer';

/** Marks a wrapped line of a cell's second, smaller text (never in user text: it is a control character). */
const subMark = '\u001f';
/** Encloses the number of the web address a wrapped line links to (after `subMark`, if any). */
const linkMark = '\u001d';

/** A wrapped line of a cell: its text, whether it is of the second text, and the address it links to. */
function parseLine(line: string, urls: readonly string[]): { text: string; sub: boolean; url?: string } {
  const sub = line.startsWith(subMark);
  let text = sub ? line.slice(1) : line;
  if (!text.startsWith(linkMark)) return { text, sub };
  const end = text.indexOf(linkMark, 1);
  const url = urls[Number(text.slice(1, end))];
  text = text.slice(end + 1);
  return { text, sub, ...(url && { url }) };
}

interface RowMeta {
  tone?: Tone;
  group?: boolean;
}

/** Rows a table keeps together at the foot of a page, and at the top of the page it runs on to. */
const minLeadRows = 2;
const minTailRows = 2;
/** A table (with the notes kept after it) no taller than this is never split over two pages. */
const keepTogetherHeight = 70;
/** A row taller than this may start at a page foot and run on, when at least `minSplitRoom` is left. */
const tallRow = 40;
const minSplitRoom = 30;
/** Rounding slack when summing row heights against the space left. */
const slack = 0.01;

export interface TableOptions {
  tone?: Tone;
  fontSize?: number;
  /** Draw the block's caption above the table, on the page where the table starts. */
  caption?: boolean;
  /** Height of what follows the table and belongs with its last rows (a footnote), in mm. */
  keepAfter?: number;
}

/** A table block measured before it is drawn, so that it can choose where to break. */
export interface MeasuredTable {
  /**
   * Height the table needs where it starts, caption included: the whole of a short table, or its
   * head and first rows. A heading before the table keeps this much room below it.
   */
  lead: number;
  /** Draws the table at the cursor, from a new page when too little of it would fit here. */
  draw(): void;
}

/**
 * Measures a table block with jspdf-autotable, to be drawn with fixed column widths from the
 * block's relative widths, a coloured head, zebra rows, a horizon-coloured strip on the left of
 * each row, and cells with a bold or plain main text and a smaller muted second text.
 *
 * Pages break between rows, and not so that a page holds only a row or two of a table: a short
 * table moves whole to the next page, a longer one starts on the next page when fewer than two rows
 * would fit, and its last page holds at least two rows and the notes kept with it. Only a tall row
 * (or one taller than a page) is split, so that it does not leave a third of a page empty. The head
 * repeats on every page.
 */
export function measureTable(w: Writer, block: TableBlock, options: TableOptions = {}): MeasuredTable {
  const { doc, clean } = w;
  const fontSize = options.fontSize ?? type.table;
  const subSize = Math.min(type.tableSub, fontSize - 0.6);
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * contentWidth);
  const headFill = options.tone ? toneColors[options.tone].strong : colors.primary;
  const metaByRow: RowMeta[] = [];
  const stash = new WeakMap<object, { lines: string[]; align: 'left' | 'center' | 'right' }>();
  // web addresses of the table's cells: each cell's lines that show one (cleaned) link to it
  const urls: string[] = [];
  const linksOf = new WeakMap<object, Map<string, number>>();
  const withLinks = (def: CellDef, cell: Cell): CellDef => {
    if (!cell.links?.length) return def;
    const links = new Map<string, number>();
    for (const address of cell.links) {
      if (!isWebAddress(address)) continue;
      links.set(clean(address), urls.length);
      // the link itself in ASCII (host in punycode, path percent-encoded), as a PDF URI wants it
      urls.push(new URL(address).href);
    }
    linksOf.set(def, links);
    return def;
  };

  const content = (cell: Cell): string =>
    cell.sub
      ? `${clean(cell.text)}\n${clean(cell.sub)
          .split('\n')
          .map((line) => subMark + line)
          .join('\n')}`
      : clean(cell.text);

  const body: RowInput[] = block.rows.map((row) => {
    if (row.kind === 'group') {
      metaByRow.push({ tone: row.tone, group: true });
      const groupCell: CellDef = {
        content: content({ text: row.text, ...(row.sub && { sub: row.sub }) }),
        colSpan: block.columns.length,
        styles: {
          fontStyle: 'bold',
          fillColor: row.tone ? toneColors[row.tone].tint : colors.panel,
          fontSize: fontSize + 0.4,
        },
      };
      return [groupCell];
    }
    metaByRow.push({ tone: row.tone });
    return row.cells.map((cell, index): CellDef => {
      const styles: Partial<Styles> = {};
      if (cell.bold) styles.fontStyle = 'bold';
      const align = cell.align ?? block.columns[index]?.align;
      if (align) styles.halign = align;
      if (cell.fill) {
        styles.fillColor = cell.fill;
        styles.textColor = cell.color ?? readableTextColor(cell.fill);
      }
      return withLinks({ content: content(cell), styles }, cell);
    });
  });

  // autotable measures every cell's whole text to find natural widths, which fixed column widths
  // make useless: cells are parsed to a short key instead, and `overflow` wraps the real text once.
  const held: Array<{ lines: string[]; links?: Map<string, number> }> = [];
  const keyMark = '\u001e';
  const hold = (data: CellHookData): void => {
    const links = linksOf.get(data.cell.raw as object);
    held.push({ lines: data.cell.text, ...(links && { links }) });
    data.cell.text = [`${keyMark}${held.length - 1}`];
  };
  const release = (text: string | string[]): { lines: string[]; links?: Map<string, number> } => {
    const lines = Array.isArray(text) ? text : [text];
    const first = lines[0];
    return lines.length === 1 && first?.startsWith(keyMark)
      ? (held[Number(first.slice(1))] ?? { lines: [] })
      : { lines };
  };

  // The main text wraps in the cell's own font; lines of the second text wrap at their smaller size.
  // A line that is one of the cell's web addresses is marked on each line it wraps to.
  const overflow = (text: string | string[], width: number): string[] => {
    const lines: string[] = [];
    const mainFont = doc.getFont();
    const mainSize = doc.getFontSize();
    const { lines: paragraphs, links } = release(text);
    for (const line of paragraphs) {
      const sub = line.startsWith(subMark);
      const paragraph = sub ? line.slice(1) : line;
      const link = links?.get(paragraph);
      const mark = (sub ? subMark : '') + (link === undefined ? '' : `${linkMark}${link}${linkMark}`);
      if (sub) {
        doc.setFont(fontFamily, 'normal');
        doc.setFontSize(subSize);
      }
      for (const part of doc.splitTextToSize(paragraph, width + 0.3) as string[]) lines.push(mark + part);
      if (sub) {
        doc.setFont(mainFont.fontName, mainFont.fontStyle);
        doc.setFontSize(mainSize);
      }
    }
    return lines;
  };

  const rowMeta = (data: CellHookData): RowMeta | undefined =>
    data.section === 'body' && data.row.index >= 0 ? metaByRow[data.row.index] : undefined;
  // Remainders of rows split over a page have index −1: keep the meta of the row they came from.
  let lastMeta: RowMeta | undefined;

  const table = __createTable(doc, {
    startY: w.y,
    margin: { left: margin.left, right: margin.right, top: margin.top + 2, bottom: margin.bottom },
    theme: 'plain',
    tableWidth: contentWidth,
    // rows move whole to the next page; only a row taller than a page is split
    rowPageBreak: 'avoid',
    showHead: 'everyPage',
    head: [
      block.columns.map((c) => ({ content: clean(c.header), styles: c.align ? { halign: c.align } : {} })),
    ],
    body,
    columnStyles: Object.fromEntries(widths.map((width, index) => [index, { cellWidth: width }])),
    styles: {
      font: fontFamily,
      fontStyle: 'normal',
      fontSize,
      textColor: colors.text,
      cellPadding: { top: 1.4, bottom: 1.4, left: 1.4, right: 1.4 },
      lineColor: colors.rule,
      lineWidth: { bottom: 0.2 },
      overflow,
      valign: 'top',
    },
    headStyles: {
      fillColor: headFill,
      textColor: colors.white,
      fontStyle: 'bold',
      fontSize: fontSize - 0.2,
      lineWidth: 0,
      valign: 'bottom',
    },
    alternateRowStyles: { fillColor: colors.zebra },
    didParseCell: hold,
    willDrawCell: (data) => {
      const meta = rowMeta(data) ?? (data.section === 'body' ? lastMeta : undefined);
      if (data.section === 'body') lastMeta = meta;
      if (!data.cell.text.some((line) => line.startsWith(subMark) || line.startsWith(linkMark))) return;
      // draw this cell's text ourselves (two styles, links); autotable still draws the background
      stash.set(data.cell, {
        lines: data.cell.text,
        align: data.cell.styles.halign === 'justify' ? 'left' : data.cell.styles.halign,
      });
      data.cell.text = [];
    },
    didDrawCell: (data) => {
      const cell = data.cell;
      const stashed = stash.get(cell);
      if (stashed) {
        const lineHeight = cell.styles.fontSize * pt * lineHeightFactor;
        const left = cell.x + cell.padding('left');
        const right = cell.x + cell.width - cell.padding('right');
        const x = stashed.align === 'right' ? right : stashed.align === 'center' ? (left + right) / 2 : left;
        let y = cell.y + cell.padding('top') + (lineHeight - cell.styles.fontSize * pt) / 2;
        const bold = cell.styles.fontStyle === 'bold';
        const textColor = typeof cell.styles.textColor === 'string' ? cell.styles.textColor : colors.text;
        const onColour =
          cell.styles.fillColor &&
          cell.styles.fillColor !== colors.zebra &&
          cell.styles.fillColor !== colors.white;
        // consecutive lines of one style go out as one text object: fewer operators to write
        const lines = stashed.lines.map((line) => parseLine(line, urls));
        let start = 0;
        while (start < lines.length) {
          const { sub, url } = lines[start] as ReturnType<typeof parseLine>;
          let end = start;
          while (end < lines.length && lines[end]?.sub === sub && lines[end]?.url === url) end++;
          const run = lines.slice(start, end).map((line) => line.text);
          const size = sub ? subSize : cell.styles.fontSize;
          doc.setFont(fontFamily, sub ? 'normal' : bold ? 'bold' : 'normal');
          doc.setFontSize(size);
          // a link in the link colour, unless the cell has a colour of its own
          doc.setTextColor(onColour ? textColor : url ? colors.primary : sub ? colors.muted : textColor);
          doc.text(run, x, y + (sub ? 0.15 : 0), {
            baseline: 'top',
            align: stashed.align,
            lineHeightFactor: lineHeight / (size * pt),
          });
          if (url) {
            run.forEach((text, i) => {
              const width = doc.getTextWidth(text);
              const left =
                stashed.align === 'right' ? x - width : stashed.align === 'center' ? x - width / 2 : x;
              doc.link(left, y + i * lineHeight, width, lineHeight, { url });
            });
          }
          y += lineHeight * run.length;
          start = end;
        }
      }
      const meta = data.section === 'body' ? (rowMeta(data) ?? lastMeta) : undefined;
      if (meta?.tone && data.column.index === 0) {
        doc.setFillColor(toneColors[meta.tone].strong);
        doc.rect(cell.x, cell.y, 1.1, cell.height, 'F');
      }
    },
  });

  const head = table.getHeadHeight(table.columns);
  const heights = new Map(table.body.map((row) => [row, row.height]));
  const sum = (rows: readonly Row[]) => rows.reduce((total, row) => total + (heights.get(row) ?? 0), 0);
  const keepAfter = options.keepAfter ?? 0;
  const captionHeight = options.caption
    ? w.measure(block.caption, type.caption, contentWidth, true) + 1.5
    : 0;
  const pageTop = margin.top + 2;
  const whole = sum(table.body);
  const short = whole + keepAfter <= keepTogetherHeight || table.body.length < minLeadRows + minTailRows;
  const lead =
    captionHeight +
    head +
    (short ? whole + keepAfter : Math.min(sum(table.body.slice(0, minLeadRows)), minSplitRoom + 10));

  const drawRows = (rows: Row[], split: boolean): void => {
    const mutable = table as unknown as {
      body: Row[];
      settings: { startY: number; rowPageBreak: 'auto' | 'avoid' };
    };
    mutable.body = rows;
    mutable.settings.startY = w.y;
    mutable.settings.rowPageBreak = split ? 'auto' : 'avoid';
    __drawTable(doc, table);
    w.y = table.finalY ?? w.y;
  };

  const draw = (): void => {
    let rows = [...table.body];
    let first = true;
    while (rows.length > 0) {
      const atTop = w.y <= pageTop + slack;
      const room = contentBottom - w.y - (first ? captionHeight : 0) - head + slack;
      // whole rows that fit here
      let count = 0;
      let used = 0;
      for (const row of rows) {
        const height = heights.get(row) ?? 0;
        if (used + height > room) break;
        used += height;
        count++;
      }
      let split = false;
      if (count < rows.length || used + keepAfter > room) {
        // the last page holds at least two rows and the notes, when they fit on one page
        const rest = rows.length - count;
        const restFits = sum(rows.slice(count)) + keepAfter <= contentBottom - pageTop - head;
        let widow = rest < minTailRows && (rest === 0 || restFits);
        // at the top of a page, better the notes alone on the next page than this page nearly empty
        if (widow && atTop && rows.length - minTailRows < minLeadRows) widow = false;
        if (widow) count = Math.max(0, rows.length - minTailRows);
        // a tall row starts here and runs on to the next page, rather than leave a third of it empty
        const next = rows[count];
        split =
          !widow && next !== undefined && (heights.get(next) ?? 0) > tallRow && room - used >= minSplitRoom;
        // where the table starts (not where a split row ran on), a page holds at least two of its rows
        const tooFew = first && (short || (count < Math.min(minLeadRows, rows.length) && !split));
        if (!atTop && tooFew) {
          w.newPage();
          w.y = pageTop;
          continue;
        }
        // at least one row: at the top of a page, one taller than the page is split by autotable
        count = split ? count + 1 : Math.max(count, 1);
      }
      if (first && options.caption) {
        w.text(block.caption, type.caption, { bold: true, color: colors.primaryDark, after: 1.5 });
      }
      first = false;
      drawRows(rows.slice(0, count), split);
      rows = rows.slice(count);
      // a split row has already moved the cursor to the next page
      if (rows.length > 0 && !split) {
        w.newPage();
        w.y = pageTop;
      }
    }
    w.y += 5;
  };
  return { lead, draw };
}

/** Measures and draws a table block at the cursor (see `measureTable`). */
export function drawTable(w: Writer, block: TableBlock, options: TableOptions = {}): void {
  measureTable(w, block, options).draw();
}
