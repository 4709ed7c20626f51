/**
 * What the schema cannot see in an assessment file: participant ids must be unique, votes and dot
 * votes must come from listed participants, and the envelope must name the same questionnaire as
 * the assessment inside it.
 */
import type { Assessment } from '../assessment/schema';
import { formatPath } from '../validation';
import type { FieldIssue } from './problems';
import type { AssessmentFile } from './schema';

/** Cross-reference issues of one assessment; `base` is its path in the file (`['assessment']`). */
export function crossCheckAssessment(
  assessment: Assessment,
  base: readonly PropertyKey[] = [],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const ids = new Set<string>();
  assessment.participants.forEach((participant, index) => {
    if (ids.has(participant.id)) {
      issues.push({
        path: formatPath([...base, 'participants', index, 'id']),
        code: 'duplicateParticipant',
        params: { value: JSON.stringify(participant.id) },
      });
    }
    ids.add(participant.id);
  });
  for (const [itemId, answer] of Object.entries(assessment.answers)) {
    for (const field of ['votes', 'dots'] as const) {
      for (const participantId of Object.keys(answer[field])) {
        if (!ids.has(participantId)) {
          issues.push({
            path: formatPath([...base, 'answers', itemId, field, participantId]),
            code: 'unknownParticipant',
            params: { value: JSON.stringify(participantId) },
          });
        }
      }
    }
  }
  return issues;
}

/** Cross-reference issues of a whole file. */
export function crossCheckFile(file: AssessmentFile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const key of ['id', 'version'] as const) {
    if (file.questionnaire[key] !== file.assessment.questionnaire[key]) {
      issues.push({
        path: formatPath(['questionnaire', key]),
        code: 'questionnaireMismatch',
        params: {
          value: JSON.stringify(file.questionnaire[key]),
          expected: JSON.stringify(file.assessment.questionnaire[key]),
        },
      });
    }
  }
  return [...issues, ...crossCheckAssessment(file.assessment, ['assessment'])];
}
