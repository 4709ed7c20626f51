/**
 * Opening an assessment file picked or dropped on the start page, up to the point where the user
 * may have to choose: read the bytes (refusing a file over the size limit unread), validate and
 * migrate (src/domain/files, loaded on demand), and fit it to the questionnaire the app ships.
 * Nothing here changes the library; the start page adds the result only after any choice.
 */
import type { Assessment } from '../../domain/assessment/schema';
import { maxFileBytes } from '../../domain/files/format';
import type { FileProblem } from '../../domain/files/problems';
import { jsonEqual } from '../../domain/library/equal';
import { readFileBytes } from '../../persistence/files';
import { loadQuestionnaire } from '../../state/questionnaires';

export type PreparedImport =
  | { kind: 'refused'; fileName: string; problem: FileProblem }
  | {
      kind: 'ready';
      fileName: string;
      assessment: Assessment;
      /** The library's assessment with the same id, if any. */
      existing: Assessment | undefined;
      /** The existing one is exactly the same: nothing to import. */
      identical: boolean;
      /** Answered item ids the shipped questionnaire has no item for. */
      unmapped: string[];
      /** Questionnaire version the file was made with, when older than the app's. */
      upgradedFrom: string | null;
      questionnaireVersion: string;
      /** File format version the file had, when older than the current one. */
      migratedFrom: number | null;
    };

export async function prepareImport(
  file: File,
  library: Readonly<Record<string, Assessment>>,
): Promise<PreparedImport> {
  const fileName = file.name;
  const refuse = (problem: FileProblem): PreparedImport => ({ kind: 'refused', fileName, problem });
  const read = await readFileBytes(file);
  if (!read.ok) {
    return refuse(
      read.reason === 'tooLarge'
        ? { kind: 'tooLarge', bytes: read.bytes, limit: maxFileBytes }
        : { kind: 'unreadable' },
    );
  }
  const [{ readAssessmentFileBytes }, { fitToQuestionnaire }] = await Promise.all([
    import('../../domain/files/parse'),
    import('../../domain/files/questionnaire-fit'),
  ]);
  const parsed = readAssessmentFileBytes(read.bytes);
  if (!parsed.ok) return refuse(parsed.problem);
  const questionnaire = await loadQuestionnaire(parsed.file.assessment.questionnaire.id).catch(
    () => undefined,
  );
  const fit = fitToQuestionnaire(parsed.file.assessment, questionnaire);
  if (!fit.ok) return refuse(fit.problem);
  const existing = Object.hasOwn(library, fit.assessment.id) ? library[fit.assessment.id] : undefined;
  return {
    kind: 'ready',
    fileName,
    assessment: fit.assessment,
    existing,
    identical: existing !== undefined && jsonEqual(existing, fit.assessment),
    unmapped: fit.unmapped,
    upgradedFrom: fit.upgradedFrom,
    questionnaireVersion: fit.assessment.questionnaire.version,
    migratedFrom: parsed.migratedFrom,
  };
}
