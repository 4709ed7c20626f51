/**
 * The answers of one assessment as CSV: one row per item in scope (then any answer the
 * questionnaire has no item for), texts in the chosen language. UTF-8 with a byte-order mark so
 * that Excel reads ä, ö and å right; cells that a spreadsheet would run as a formula are defused.
 */
import type { Assessment, Confidence } from '../assessment/schema';
import { resolveScope } from '../assessment/scope';
import { answerFor } from '../assessment/create';
import { getOwn } from '../collections';
import type { Language } from '../language';
import type { Questionnaire } from '../questionnaire/schema';

/** Column headers and value words in the user's language; the caller takes them from i18n. */
export interface CsvLabels {
  headers: {
    itemId: string;
    dimension: string;
    phases: string;
    areas: string;
    question: string;
    current: string;
    currentDescription: string;
    target: string;
    confidence: string;
    notes: string;
    evidence: string;
    rationale: string;
  };
  notApplicable: string;
  unknown: string;
  confidence: Record<Confidence, string>;
}

export interface CsvOptions {
  language: Language;
  labels: CsvLabels;
  /** `;` for Finnish and Swedish Excel (comma is their decimal sign), `,` otherwise. */
  delimiter: ';' | ',';
}

/** Cells that start like a formula (= + - @, tab, return) get a leading apostrophe: shown, never run. */
export function defuseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** One CSV cell: quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
export function csvCell(value: string | number | null, delimiter: string): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : defuseFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text, starting with the byte-order mark and ending with CRLF. */
export function answersToCsv(
  questionnaire: Questionnaire,
  assessment: Assessment,
  options: CsvOptions,
): string {
  const { language, labels, delimiter } = options;
  const names = (list: ReadonlyArray<{ id: string; name: Record<Language, string> }>) =>
    new Map(list.map((entry) => [entry.id, entry.name[language]]));
  const dimensions = names(questionnaire.dimensions);
  const phases = names(questionnaire.phases);
  const areas = names(questionnaire.areas);
  const h = labels.headers;
  const rows: Array<Array<string | number | null>> = [
    [
      h.itemId,
      h.dimension,
      h.phases,
      h.areas,
      h.question,
      h.current,
      h.currentDescription,
      h.target,
      h.confidence,
      h.notes,
      h.evidence,
      h.rationale,
    ],
  ];
  const scope = resolveScope(questionnaire, assessment.scope);
  const inScope = new Set<string>();
  for (const { item, areas: itemAreas, phases: itemPhases } of scope.items) {
    inScope.add(item.id);
    const answer = answerFor(assessment, item.id);
    const current = answer.current;
    rows.push([
      item.id,
      dimensions.get(item.dimension) ?? item.dimension,
      itemPhases.map((id) => phases.get(id) ?? id).join(', '),
      itemAreas.map((id) => areas.get(id) ?? id).join(', '),
      item.question[language],
      current === null
        ? null
        : current === 'not-applicable'
          ? labels.notApplicable
          : current === 'unknown'
            ? labels.unknown
            : current,
      typeof current === 'number' ? (item.levels[current]?.[language] ?? null) : null,
      answer.target,
      answer.confidence === null ? null : labels.confidence[answer.confidence],
      answer.notes,
      answer.evidence.join('\n'),
      answer.rationale,
    ]);
  }
  // Answers outside the scope or under ids the questionnaire no longer has: kept, so nothing is lost.
  for (const itemId of Object.keys(assessment.answers).sort()) {
    if (inScope.has(itemId)) continue;
    const answer = getOwn(assessment.answers, itemId)!;
    const item = questionnaire.items.find((candidate) => candidate.id === itemId);
    const current = answer.current;
    if (current === null && answer.notes === '' && answer.evidence.length === 0 && answer.target === null)
      continue;
    rows.push([
      itemId,
      item ? (dimensions.get(item.dimension) ?? item.dimension) : null,
      null,
      null,
      item ? item.question[language] : null,
      current === null
        ? null
        : current === 'not-applicable'
          ? labels.notApplicable
          : current === 'unknown'
            ? labels.unknown
            : current,
      item && typeof current === 'number' ? (item.levels[current]?.[language] ?? null) : null,
      answer.target,
      answer.confidence === null ? null : labels.confidence[answer.confidence],
      answer.notes,
      answer.evidence.join('\n'),
      answer.rationale,
    ]);
  }
  return `\uFEFF${rows.map((row) => row.map((cell) => csvCell(cell, delimiter)).join(delimiter)).join('\r\n')}\r\n`;
}
