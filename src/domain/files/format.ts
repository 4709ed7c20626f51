/**
 * The assessment file format (docs/file-format.md): constants, building the envelope on export and
 * naming the file. Free of zod so that exporting never loads the validator.
 */
import type { Assessment } from '../assessment/schema';
import type { AssessmentFile } from './schema';

/** The type tag every assessment file starts with. */
export const assessmentFileType = 'avoin-kunta-assessment';

/** The format version this app writes. Raise it only with a migration in migrations.ts and a fixture. */
export const currentFormatVersion = 1;

/** Largest file the app reads: an assessment with every item answered and noted is well under 1 MB. */
export const maxFileBytes = 5 * 1024 * 1024;

/**
 * Deepest nesting of objects and arrays the format has (assessment → roadmap → ownSteps → step →
 * areas is 6 levels) plus room to grow. Anything deeper is refused before parsing.
 */
export const maxJsonDepth = 8;

export const fileExtension = '.avoinkunta.json';

/** Keys that could reach Object.prototype in code that copies objects naively: refused wherever they appear. */
export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** The application that wrote a file. */
export interface AppInfo {
  name: string;
  version: string;
}

/** The file for one assessment, as exported. `exportedAt` is passed in so this stays pure. */
export function buildAssessmentFile(
  assessment: Assessment,
  app: AppInfo,
  exportedAt: string,
): AssessmentFile {
  return {
    type: assessmentFileType,
    formatVersion: currentFormatVersion,
    app: { name: app.name, version: app.version },
    exportedAt,
    questionnaire: { id: assessment.questionnaire.id, version: assessment.questionnaire.version },
    assessment,
  };
}

/** The JSON text of a file: indented, so that a person can read and diff it. */
export function serializeAssessmentFile(file: AssessmentFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file-name-safe slug of a name: "Hämeenlinna" → "hameenlinna", "Pedersöre" → "pedersore".
 * Letters lose their accents (NFD), everything else becomes "-".
 */
export function fileNameSlug(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'arviointi';
}

/** `<municipality>-<date>` plus the given extension, e.g. `hameenlinna-2026-03-14.avoinkunta.json`. */
export function exportFileName(
  assessment: Pick<Assessment, 'municipality' | 'date'>,
  extension = fileExtension,
): string {
  return `${fileNameSlug(assessment.municipality.name.fi)}-${assessment.date}${extension}`;
}
