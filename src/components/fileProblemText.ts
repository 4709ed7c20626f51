import type { TFunction } from 'i18next';
import type { Language } from '../domain/language';
import { shownIssueLimit, type FieldIssue, type FileProblem } from '../domain/files/problems';
import { localeOf } from './assessmentName';

/** A file problem in words: one summary sentence and, for validation errors, one line per place. */
export interface ProblemText {
  summary: string;
  details: string[];
  /** Issues not listed in `details`. */
  more: number;
}

function megabytes(bytes: number, language: Language): string {
  const value = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 }).format(
    bytes / 1024 / 1024,
  );
  return `${value} MB`;
}

/** One field issue in the user's language; the path stays exactly as in the file. */
export function fieldIssueText(issue: FieldIssue, t: TFunction): string {
  const path = issue.path === '' ? t('library.problems.root') : issue.path;
  const params: Record<string, string | number> = { ...issue.params, path };
  if (issue.code === 'type' && typeof issue.params.expected === 'string') {
    const expected = issue.params.expected;
    const known = ['string', 'number', 'int', 'boolean', 'array', 'object', 'null'] as const;
    params.expected = (known as readonly string[]).includes(expected)
      ? t(`library.problems.types.${expected as (typeof known)[number]}`)
      : expected;
  }
  return t(`library.problems.field.${issue.code}`, params);
}

/** Words for a refused file or a set-aside entry. */
export function describeFileProblem(problem: FileProblem, t: TFunction, language: Language): ProblemText {
  const plain = (summary: string): ProblemText => ({ summary, details: [], more: 0 });
  switch (problem.kind) {
    case 'tooLarge':
      return plain(
        t('library.problems.tooLarge', {
          size: megabytes(problem.bytes, language),
          limit: megabytes(problem.limit, language),
        }),
      );
    case 'empty':
      return plain(t('library.problems.empty'));
    case 'unreadable':
      return plain(t('library.problems.unreadable'));
    case 'binary':
      return plain(t('library.problems.binary'));
    case 'truncated':
      return plain(t('library.problems.truncated'));
    case 'notJson':
      return plain(
        problem.line === null || problem.column === null
          ? t('library.problems.notJsonNoPosition')
          : t('library.problems.notJson', { line: problem.line, column: problem.column }),
      );
    case 'tooDeep':
      return plain(t('library.problems.tooDeep', { limit: problem.limit }));
    case 'forbiddenKey':
      return plain(
        t('library.problems.forbiddenKey', {
          path: problem.path === '' ? t('library.problems.root') : problem.path,
          key: problem.key,
        }),
      );
    case 'notAssessmentFile':
      return plain(t('library.problems.notAssessmentFile'));
    case 'wrongType':
      return plain(t('library.problems.wrongType', { found: problem.found }));
    case 'badFormatVersion':
      return plain(t('library.problems.badFormatVersion'));
    case 'newerFormat':
      return plain(
        t('library.problems.newerFormat', { version: problem.version, supported: problem.supported }),
      );
    case 'unknownQuestionnaire':
      return plain(t('library.problems.unknownQuestionnaire', { id: problem.id }));
    case 'newerQuestionnaire':
      return plain(
        t('library.problems.newerQuestionnaire', { version: problem.version, supported: problem.supported }),
      );
    case 'invalid': {
      const shown = problem.issues.slice(0, shownIssueLimit);
      return {
        summary: t('library.problems.invalid', { count: problem.issues.length }),
        details: shown.map((issue) => fieldIssueText(issue, t)),
        more: problem.issues.length - shown.length,
      };
    }
  }
}
