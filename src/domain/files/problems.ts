/**
 * What can be wrong with an assessment file or a stored entry, as data: the screen words each
 * problem in the user's language (library.problems.* in the i18n files) and keeps the path
 * verbatim, so a person editing the JSON finds the exact place. No zod here: the start page
 * imports these types without pulling the validator into the first load.
 */

/** One problem at one place in the file; `path` is JavaScript-style (`assessment.answers['x'].current`). */
export interface FieldIssue {
  path: string;
  code: FieldIssueCode;
  /** Values for the message: the offending value as written, limits, allowed options. */
  params: Record<string, string | number>;
}

export type FieldIssueCode =
  | 'missing'
  | 'type'
  | 'level'
  | 'answerValue'
  | 'textTooLong'
  | 'required'
  | 'tooMany'
  | 'tooFew'
  | 'numberTooBig'
  | 'numberTooSmall'
  | 'wholeNumber'
  | 'choice'
  | 'unknownFields'
  | 'url'
  | 'date'
  | 'dateTime'
  | 'id'
  | 'stepId'
  | 'slug'
  | 'version'
  | 'municipalityCode'
  | 'unknownParticipant'
  | 'duplicateParticipant'
  | 'questionnaireMismatch'
  | 'invalid';

/** Why a file (or a stored entry) was refused. */
export type FileProblem =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'empty' }
  | { kind: 'unreadable' }
  | { kind: 'binary' }
  | { kind: 'truncated' }
  | { kind: 'notJson'; line: number | null; column: number | null }
  | { kind: 'tooDeep'; limit: number }
  | { kind: 'forbiddenKey'; path: string; key: string }
  | { kind: 'notAssessmentFile' }
  | { kind: 'wrongType'; found: string }
  | { kind: 'badFormatVersion' }
  | { kind: 'newerFormat'; version: number; supported: number }
  | { kind: 'unknownQuestionnaire'; id: string }
  | { kind: 'newerQuestionnaire'; version: string; supported: string }
  | { kind: 'invalid'; issues: FieldIssue[] };

/** How many field issues a message lists before "and N more". */
export const shownIssueLimit = 20;
