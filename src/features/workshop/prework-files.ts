/**
 * Reading participants' pre-work files, all picked at once: each file is read (a file over the
 * size limit is refused unread), validated and migrated by src/domain/files (loaded on demand, as
 * the start page does), and fitted to the questionnaire of the assessment. Nothing here changes
 * the assessment: the merge does that, with the files that passed.
 */
import type { Assessment } from '../../domain/assessment/schema';
import { maxFileBytes } from '../../domain/files/format';
import type { FileProblem } from '../../domain/files/problems';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { readFileBytes } from '../../persistence/files';

export type ReadPreworkFile =
  | { kind: 'read'; fileName: string; assessment: Assessment }
  | { kind: 'refused'; fileName: string; problem: FileProblem };

/** Most files read in one go: a workshop has at most a few dozen participants. */
export const maxPreworkFiles = 200;

export async function readPreworkFiles(
  files: readonly File[],
  questionnaire: Questionnaire,
): Promise<ReadPreworkFile[]> {
  const [{ readAssessmentFileBytes }, { fitToQuestionnaire }] = await Promise.all([
    import('../../domain/files/parse'),
    import('../../domain/files/questionnaire-fit'),
  ]);
  const results: ReadPreworkFile[] = [];
  for (const file of files.slice(0, maxPreworkFiles)) {
    const fileName = file.name;
    const read = await readFileBytes(file);
    if (!read.ok) {
      results.push({
        kind: 'refused',
        fileName,
        problem:
          read.reason === 'tooLarge'
            ? { kind: 'tooLarge', bytes: read.bytes, limit: maxFileBytes }
            : { kind: 'unreadable' },
      });
      continue;
    }
    const parsed = readAssessmentFileBytes(read.bytes);
    if (!parsed.ok) {
      results.push({ kind: 'refused', fileName, problem: parsed.problem });
      continue;
    }
    const fit = fitToQuestionnaire(parsed.file.assessment, questionnaire);
    results.push(
      fit.ok
        ? { kind: 'read', fileName, assessment: fit.assessment }
        : { kind: 'refused', fileName, problem: fit.problem },
    );
  }
  return results;
}
