import { autoTable, type CellDef, type CellHookData, type RowInput, type Styles } from 'jspdf-autotable';
import { readableTextColor } from '../../domain/charts/colors';
import type { Cell, TableBlock, Tone } from '../document';
import { colors, contentWidth, fontFamily, lineHeightFactor, margin, pt, toneColors, type } from './theme';
import type { Writer } from './writer';

/** Marks a wrapped line of a cell's second, smaller text (never in user text: it is a control character). */
const subMark = '\u001f';

interface RowMeta {
  tone?: Tone;
  group?: boolean;
}

/**
 * Draws a table block with jspdf-autotable: fixed column widths from the block's relative widths,
 * a coloured head, zebra rows, a horizon-coloured strip on the left of each row, and cells with a
 * bold or plain main text and a smaller muted second text. Rows split across pages when they are
 * taller than what is left; the head repeats on every page.
 */
export function drawTable(
  w: Writer,
  block: TableBlock,
  options: { tone?: Tone; fontSize?: number } = {},
): void {
  const { doc, clean } = w;
  const fontSize = options.fontSize ?? type.table;
  const subSize = Math.min(type.tableSub, fontSize - 0.6);
  const total = block.columns.reduce((sum, c) => sum + c.width, 0);
  const widths = block.columns.map((c) => (c.width / total) * contentWidth);
  const headFill = options.tone ? toneColors[options.tone].strong : colors.primary;
  const metaByRow: RowMeta[] = [];
  const stash = new WeakMap<object, { lines: string[]; align: 'left' | 'center' | 'right' }>();

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
      return { content: content(cell), styles };
    });
  });

  // autotable measures every cell's whole text to find natural widths, which fixed column widths
  // make useless: cells are parsed to a short key instead, and `overflow` wraps the real text once.
  const held: string[][] = [];
  const keyMark = '\u001e';
  const hold = (data: CellHookData): void => {
    held.push(data.cell.text);
    data.cell.text = [`${keyMark}${held.length - 1}`];
  };
  const release = (text: string | string[]): string[] => {
    const lines = Array.isArray(text) ? text : [text];
    const first = lines[0];
    return lines.length === 1 && first?.startsWith(keyMark) ? (held[Number(first.slice(1))] ?? []) : lines;
  };

  // The main text wraps in the cell's own font; lines of the second text wrap at their smaller size.
  const overflow = (text: string | string[], width: number): string[] => {
    const lines: string[] = [];
    const mainFont = doc.getFont();
    const mainSize = doc.getFontSize();
    for (const line of release(text)) {
      if (line.startsWith(subMark)) {
        doc.setFont(fontFamily, 'normal');
        doc.setFontSize(subSize);
        for (const part of doc.splitTextToSize(line.slice(1), width + 0.3) as string[])
          lines.push(subMark + part);
        doc.setFont(mainFont.fontName, mainFont.fontStyle);
        doc.setFontSize(mainSize);
      } else {
        lines.push(...(doc.splitTextToSize(line, width + 0.3) as string[]));
      }
    }
    return lines;
  };

  const rowMeta = (data: CellHookData): RowMeta | undefined =>
    data.section === 'body' && data.row.index >= 0 ? metaByRow[data.row.index] : undefined;
  // Remainders of rows split over a page have index −1: keep the meta of the row they came from.
  let lastMeta: RowMeta | undefined;

  autoTable(doc, {
    startY: w.y,
    margin: { left: margin.left, right: margin.right, top: margin.top + 2, bottom: margin.bottom },
    theme: 'plain',
    tableWidth: contentWidth,
    rowPageBreak: 'auto',
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
      if (!data.cell.text.some((line) => line.startsWith(subMark))) return;
      // draw this cell's text ourselves (two styles); autotable still draws the background
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
        let start = 0;
        while (start < stashed.lines.length) {
          const sub = stashed.lines[start]?.startsWith(subMark) ?? false;
          let end = start;
          while (end < stashed.lines.length && (stashed.lines[end]?.startsWith(subMark) ?? false) === sub)
            end++;
          const run = stashed.lines.slice(start, end).map((line) => (sub ? line.slice(1) : line));
          doc.setFont(fontFamily, sub ? 'normal' : bold ? 'bold' : 'normal');
          doc.setFontSize(sub ? subSize : cell.styles.fontSize);
          doc.setTextColor(sub && !onColour ? colors.muted : textColor);
          doc.text(run, x, y + (sub ? 0.15 : 0), {
            baseline: 'top',
            align: stashed.align,
            lineHeightFactor: lineHeight / ((sub ? subSize : cell.styles.fontSize) * pt),
          });
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
  const finalY = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable?.finalY;
  w.y = (finalY ?? w.y) + 5;
}
