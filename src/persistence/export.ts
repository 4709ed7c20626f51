/**
 * Exporting an assessment as a file download. Needs no storage at all, so it works when the
 * browser refuses to store anything: the way out the storage notice points to.
 */
import type { Assessment } from '../domain/assessment/schema';
import { buildAssessmentFile, exportFileName, serializeAssessmentFile } from '../domain/files/format';
import { appInfo } from './app-info';
import { downloadFile } from './files';

/** Downloads `<municipality>-<date>.avoinkunta.json`; returns the file name, or null if the browser refused. */
export function exportAssessmentFile(
  assessment: Assessment,
  exportedAt: string = new Date().toISOString(),
): string | null {
  const fileName = exportFileName(assessment);
  const text = serializeAssessmentFile(buildAssessmentFile(assessment, appInfo, exportedAt));
  return downloadFile(fileName, text, 'application/json') ? fileName : null;
}

/** Downloads CSV text (already carrying its byte-order mark) as `<municipality>-<date>.csv`. */
export function exportCsvFile(assessment: Assessment, csv: string): string | null {
  const fileName = exportFileName(assessment, '.csv');
  return downloadFile(fileName, csv, 'text/csv;charset=utf-8') ? fileName : null;
}
