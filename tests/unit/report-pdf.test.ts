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
import { renderReportPdf } from '../../src/report/pdf/render';
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
      expect(content).toContain(language === 'sv' ? 'Exempelby (exempel)' : 'Esimerkkilä (esimerkki)');
      expect(content).toContain('avoinkunta@coss.fi');
      expect(content).toMatch(new RegExp(`${r.doc.page.split(' ')[0]} ${pages} / ${pages}`));
    },
  );

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
