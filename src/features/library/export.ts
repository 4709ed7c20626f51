/**
 * The two exports of an assessment: the file (JSON envelope, re-opens in the app) and the answers
 * as CSV (for a spreadsheet). Both work with storage blocked: they read the store in memory.
 * The CSV needs the questionnaire texts and the CSV writer, loaded on demand.
 */
import type { TFunction } from 'i18next';
import type { Assessment } from '../../domain/assessment/schema';
import type { CsvLabels } from '../../domain/files/csv';
import type { Language } from '../../domain/language';
import { loadQuestionnaire } from '../../state/questionnaires';

/** Downloads the assessment file; returns its name, or null if the browser refused. */
export async function exportJson(assessment: Assessment): Promise<string | null> {
  const { exportAssessmentFile } = await import('../../persistence/export');
  return exportAssessmentFile(assessment);
}

function csvLabels(t: TFunction): CsvLabels {
  return {
    headers: {
      itemId: t('library.export.csvHeaders.itemId'),
      dimension: t('library.export.csvHeaders.dimension'),
      phases: t('library.export.csvHeaders.phases'),
      areas: t('library.export.csvHeaders.areas'),
      question: t('library.export.csvHeaders.question'),
      current: t('library.export.csvHeaders.current'),
      currentDescription: t('library.export.csvHeaders.currentDescription'),
      target: t('library.export.csvHeaders.target'),
      confidence: t('library.export.csvHeaders.confidence'),
      notes: t('library.export.csvHeaders.notes'),
      evidence: t('library.export.csvHeaders.evidence'),
      rationale: t('library.export.csvHeaders.rationale'),
    },
    notApplicable: t('library.export.notApplicable'),
    unknown: t('library.export.unknown'),
    confidence: {
      low: t('library.export.confidence.low'),
      medium: t('library.export.confidence.medium'),
      high: t('library.export.confidence.high'),
    },
  };
}

/**
 * Downloads the answers as CSV in `language`. Finnish and Swedish Excel expect `;` between
 * columns (the comma is their decimal sign); English Excel expects `,`.
 */
export async function exportCsv(
  assessment: Assessment,
  language: Language,
  t: TFunction,
): Promise<string | null> {
  const [{ answersToCsv }, { exportCsvFile }, questionnaire] = await Promise.all([
    import('../../domain/files/csv'),
    import('../../persistence/export'),
    loadQuestionnaire(assessment.questionnaire.id),
  ]);
  const csv = answersToCsv(questionnaire, assessment, {
    language,
    labels: csvLabels(t),
    delimiter: language === 'en' ? ',' : ';',
  });
  return exportCsvFile(assessment, csv);
}
