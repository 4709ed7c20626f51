import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/domain/assessment/schema';
import { evaluate } from '../../src/domain/evaluate';
import type { Language } from '../../src/domain/language';
import type { Offering } from '../../src/domain/offering/schema';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { buildReportModel } from '../../src/domain/report/model';
import { messages } from '../../src/i18n/messages';
import { isWebAddress } from '../../src/report/document';
import { interFonts } from '../../src/report/pdf/fonts';
import { renderReportPdf } from '../../src/report/pdf/render';
import { measureTable } from '../../src/report/pdf/tables';
import { contentBottom, fontFamily, lineHeightFactor, margin } from '../../src/report/pdf/theme';
import { Writer } from '../../src/report/pdf/writer';
import type { TableBlock } from '../../src/report/document';
import { jsPDF } from 'jspdf';
import { loadStarterCatalog } from '../../src/state/catalog';
import { loadDemoAssessment } from '../../src/state/demo';
import { loadQuestionnaire } from '../../src/state/questionnaires';
import { stressAssessment } from '../support/report-stress';

// The PDFs are written here so that a person can look at them (pdftoppm -r 50 -png …).
const outDir = resolve('.tmp/report-pdf');
const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;

let questionnaire: Questionnaire;
let demo: Assessment;
let offerings: Offering[];

beforeAll(async () => {
  questionnaire = await loadQuestionnaire('avoin-kunta');
  demo = await loadDemoAssessment('2026-11-26T09:00:00.000Z');
  offerings = (await loadStarterCatalog()).offerings;
  mkdirSync(outDir, { recursive: true });
});

async function render(
  assessment: Assessment,
  language: Language,
  name: string,
  q: Questionnaire = questionnaire,
): Promise<{ bytes: Buffer; file: string }> {
  const model = buildReportModel(q, assessment, evaluate(q, assessment, offerings), language);
  const blob = await renderReportPdf(model, messages[language].report);
  const bytes = Buffer.from(await blob.arrayBuffer());
  const file = join(outDir, `${name}-${language}.pdf`);
  writeFileSync(file, bytes);
  return { bytes, file };
}

function pageCount(bytes: Buffer): number {
  return (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

function text(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', file, '-'], { encoding: 'utf8' });
}

// jsdom is several times slower than a browser at this; the browser benchmark times it properly
describe('PDF report', { timeout: 60_000 }, () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'renders the demo in %s with its properties, outline and embedded font',
    async (language) => {
      const { bytes, file } = await render(demo, language, 'demo');
      const raw = bytes.toString('latin1');
      expect(raw.startsWith('%PDF-')).toBe(true);
      expect(raw).toMatch(/\/FontFile2 \d+ 0 R/);
      expect(raw).toContain('/Outlines');
      expect(raw).toMatch(/\/Lang \((fi|sv|en-GB)\)/);
      const pages = pageCount(bytes);
      expect(pages).toBeGreaterThanOrEqual(15);
      expect(pages).toBeLessThan(80);
      if (!hasPoppler) return;
      const content = text(file);
      const r = messages[language].report;
      for (const title of Object.values(r.sections).filter((t) => t !== r.sections.ethics)) {
        expect(content.replace(/\s+/g, ' ')).toContain(title);
      }
      const names = { fi: 'Esimerkkilä (esimerkki)', sv: 'Exempelby (exempel)', en: 'Esimerkkilä (example)' };
      expect(content).toContain(names[language]);
      expect(content).toContain('avoinkunta@coss.fi');
      expect(content).toMatch(new RegExp(`${r.doc.page.split(' ')[0]} ${pages} / ${pages}`));
    },
  );

  it('makes evidence links clickable: a link annotation over each line of the address', async () => {
    const evidence = [
      ...new Set(Object.values(demo.answers).flatMap((answer) => answer?.evidence ?? [])),
    ].sort();
    expect(evidence.length).toBeGreaterThan(0);
    const { bytes, file } = await render(demo, 'fi', 'links');
    const raw = bytes.toString('latin1');
    const links = [
      ...raw.matchAll(
        /\/Subtype \/Link \/Rect \[([\d. -]+)\] \/Border \[0 0 0\] \/A <<\/S \/URI \/URI \((.*?)\) >>/g,
      ),
    ].map((match) => ({
      rect: (match[1] ?? '').split(' ').map(Number),
      uri: match[2] ?? '',
      // the page whose object holds the annotation: pages are written in order
      page: raw.slice(0, match.index).match(/\/Type \/Page\n/g)?.length ?? 0,
    }));
    const uris = new Set(links.map((link) => link.uri));
    for (const address of evidence) expect(uris).toContain(address);
    // nothing but web addresses, and the network's own e-mail address, becomes a link
    expect([...uris].filter((uri) => !isWebAddress(uri))).toEqual(['mailto:avoinkunta@coss.fi']);
    if (!hasPoppler) return;
    // the text inside each evidence link's box is (a wrapped piece of) its address
    const pageHeight = 841.89;
    for (const { rect, uri, page } of links.filter((link) => evidence.includes(link.uri))) {
      const [x1 = 0, y1 = 0, x2 = 0, y2 = 0] = rect;
      const inside = execFileSync(
        'pdftotext',
        [
          ...['-f', String(page), '-l', String(page), '-r', '72', '-x', String(Math.floor(x1))],
          ...['-y', String(Math.floor(pageHeight - Math.max(y1, y2))), '-W', String(Math.ceil(x2 - x1))],
          ...['-H', String(Math.ceil(Math.abs(y2 - y1))), file, '-'],
        ],
        { encoding: 'utf8' },
      ).trim();
      expect(inside.length).toBeGreaterThan(2);
      expect(uri).toContain(inside);
    }
  });

  it('links only absolute http and https addresses', () => {
    expect(isWebAddress('https://www.esimerkkila.example/avoin-data')).toBe(true);
    expect(isWebAddress('http://esimerkkilä.fi/päätökset?id=1')).toBe(true);
    for (const other of ['javascript:alert(1)', 'file:///etc/passwd', 'ftp://host/x', 'www.x.fi', 'https://'])
      expect(isWebAddress(other)).toBe(false);
  });

  it('paginates long names, 2,000-character notes, a 120-item appendix and a 30-step programme', async () => {
    const stress = stressAssessment(questionnaire);
    const { bytes, file } = await render(stress.assessment, 'fi', 'stress', stress.questionnaire);
    expect(pageCount(bytes)).toBeGreaterThan(20);
    if (!hasPoppler) return;
    const content = text(file).replace(/\s+/g, ' ');
    expect(content).toContain(stress.lastWordsOfLongNote);
    expect(content).toContain('Åsa Öhman-Väänänen');
  });
});

describe('PDF table pagination', { timeout: 60_000 }, () => {
  function writer(): Writer {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    doc.addFileToVFS('Inter-Regular.ttf', interFonts.regular);
    doc.addFont('Inter-Regular.ttf', fontFamily, 'normal');
    doc.addFileToVFS('Inter-Bold.ttf', interFonts.bold);
    doc.addFont('Inter-Bold.ttf', fontFamily, 'bold');
    doc.setFont(fontFamily, 'normal');
    doc.setLineHeightFactor(lineHeightFactor);
    return new Writer(doc, (text) => text);
  }

  const tableOf = (count: number): TableBlock => ({
    kind: 'table',
    caption: 'Otsikko',
    columns: [
      { header: 'Nro', width: 1 },
      { header: 'Kysymys', width: 6 },
    ],
    rows: Array.from({ length: count }, (_, i) => ({
      cells: [{ text: `R${i + 1}x` }, { text: 'Kysymyksen teksti, joka mahtuu yhdelle riville.' }],
    })),
  });

  /** The rows of the table on each page, read back with pdftotext. */
  function rowsByPage(w: Writer, name: string): number[][] {
    const file = join(outDir, `${name}.pdf`);
    writeFileSync(file, Buffer.from(w.doc.output('arraybuffer')));
    const pages = w.doc.getNumberOfPages();
    return Array.from({ length: pages }, (_, i) =>
      [
        ...execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), file, '-'], {
          encoding: 'utf8',
        }).matchAll(/R(\d+)x/g),
      ].map((match) => Number(match[1])),
    );
  }

  it.skipIf(!hasPoppler)(
    'never leaves one row of a table alone on a page, and keeps a short table and its note whole',
    () => {
      const note = 12;
      let split = 0;
      for (let y = margin.top; y < contentBottom - 10; y += 9) {
        for (const count of [3, 14]) {
          const w = writer();
          w.y = y;
          measureTable(w, tableOf(count), { caption: true, keepAfter: note }).draw();
          // the note kept after the table fits below its last row
          expect(w.y - 5 + note).toBeLessThanOrEqual(contentBottom + 0.01);
          const pages = rowsByPage(w, `pagination-${count}`).filter((rows) => rows.length > 0);
          expect(pages.flat()).toEqual(Array.from({ length: count }, (_, i) => i + 1));
          if (count === 3) expect(pages).toHaveLength(1);
          if (pages.length > 1) split++;
          for (const rows of pages) expect(rows.length).toBeGreaterThanOrEqual(2);
        }
      }
      // the long table did run over a page from many of the starting points
      expect(split).toBeGreaterThan(5);
    },
  );
});
