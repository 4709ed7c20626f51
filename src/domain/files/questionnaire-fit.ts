/**
 * Fitting an opened assessment to the questionnaire this app ships. An assessment made with an
 * older questionnaire version opens: answers follow renamed items (`replaces`), and the answers no
 * item carries on any more are kept and listed, so nothing is lost silently. A newer questionnaire
 * version, or an unknown questionnaire, is refused: the app cannot show items it does not have.
 */
import { isEmptyAnswer } from '../assessment/create';
import type { Answer, Assessment, RoadmapEdits, Workshop } from '../assessment/schema';
import { getOwn, setOwn } from '../collections';
import { mapAnswers } from '../compare/compare';
import type { Questionnaire } from '../questionnaire/schema';
import type { FileProblem } from './problems';

/** -1, 0 or 1 as `a` is older than, the same as or newer than `b` ("1.10.0" > "1.9.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export type QuestionnaireFit =
  | {
      ok: true;
      assessment: Assessment;
      /** Answered item ids the questionnaire has no item for (kept in the assessment, listed to the user). */
      unmapped: string[];
      /** The questionnaire version the assessment was made with, when it was older. */
      upgradedFrom: string | null;
    }
  | { ok: false; problem: FileProblem };

/** Step ids are "<item>@<from>-<to>": a renamed item's edits follow it to the new id. */
function renameStepId(stepId: string, renamed: ReadonlyMap<string, string>): string {
  const at = stepId.lastIndexOf('@');
  if (at < 0) return stepId;
  const target = renamed.get(stepId.slice(0, at));
  return target ? `${target}${stepId.slice(at)}` : stepId;
}

function renameRecord<T>(
  record: Readonly<Record<string, T>>,
  renamed: ReadonlyMap<string, string>,
): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, value] of Object.entries(record)) setOwn(out, renameStepId(key, renamed), value);
  return out;
}

function renameRoadmap(roadmap: RoadmapEdits, renamed: ReadonlyMap<string, string>): RoadmapEdits {
  if (renamed.size === 0) return roadmap;
  return {
    moves: renameRecord(roadmap.moves, renamed),
    dropped: roadmap.dropped.map((id) => renameStepId(id, renamed)),
    owners: renameRecord(roadmap.owners, renamed),
    notes: renameRecord(roadmap.notes, renamed),
    ownSteps: roadmap.ownSteps,
  };
}

/**
 * The workshop's item references follow the answers: `revealed`, `agreed` and `currentItem` are the
 * only workshop fields keyed by item id (the agenda is keyed by phase, the notes are free text). An
 * item counts as revealed (agreed) when the answer it carries over (its votes) was revealed (agreed)
 * under the old id; an item that carries no answer, when any id it replaces was. Ids no item
 * carries on are dropped.
 */
function fitWorkshop(
  workshop: Workshop,
  questionnaire: Questionnaire,
  mappedFrom: ReadonlyMap<string, string>,
): Workshop {
  const carried = (ids: readonly string[]): string[] => {
    const was = new Set(ids);
    return questionnaire.items
      .filter((item) => {
        const source = mappedFrom.get(item.id);
        if (source !== undefined) return was.has(source);
        return [item.id, ...(item.replaces ?? [])].some((id) => was.has(id));
      })
      .map((item) => item.id);
  };
  const stored = workshop.currentItem;
  const current =
    stored === null
      ? undefined
      : (questionnaire.items.find((item) => item.id === stored) ??
        questionnaire.items.find((item) => item.replaces?.includes(stored)));
  return {
    ...workshop,
    revealed: carried(workshop.revealed),
    ...(workshop.agreed && { agreed: carried(workshop.agreed) }),
    currentItem: current?.id ?? null,
  };
}

/** `assessment` fitted to `questionnaire` (undefined when the app does not ship its questionnaire). */
export function fitToQuestionnaire(
  assessment: Assessment,
  questionnaire: Questionnaire | undefined,
): QuestionnaireFit {
  if (!questionnaire || questionnaire.id !== assessment.questionnaire.id) {
    return { ok: false, problem: { kind: 'unknownQuestionnaire', id: assessment.questionnaire.id } };
  }
  const order = compareVersions(assessment.questionnaire.version, questionnaire.version);
  if (order > 0) {
    return {
      ok: false,
      problem: {
        kind: 'newerQuestionnaire',
        version: assessment.questionnaire.version,
        supported: questionnaire.version,
      },
    };
  }
  const mapped = mapAnswers(assessment.answers, questionnaire);
  // Answers under old ids stay in the file as they were; only those with content are worth listing.
  const answers: Record<string, Answer> = { ...mapped.answers };
  for (const id of mapped.unmapped) {
    const answer = getOwn(assessment.answers, id);
    if (answer) setOwn(answers, id, answer);
  }
  const unmapped = mapped.unmapped.filter((id) => {
    const answer = getOwn(assessment.answers, id);
    return answer !== undefined && !isEmptyAnswer(answer);
  });
  const renamed = new Map<string, string>();
  for (const [newId, oldId] of mapped.mappedFrom) if (newId !== oldId) renamed.set(oldId, newId);
  if (order === 0 && renamed.size === 0) {
    return { ok: true, assessment, unmapped, upgradedFrom: null };
  }
  const fitted: Assessment = {
    ...assessment,
    questionnaire: { id: questionnaire.id, version: questionnaire.version },
    answers,
    roadmap: renameRoadmap(assessment.roadmap, renamed),
  };
  if (assessment.workshop)
    fitted.workshop = fitWorkshop(assessment.workshop, questionnaire, mapped.mappedFrom);
  return {
    ok: true,
    assessment: fitted,
    unmapped,
    upgradedFrom: order < 0 ? assessment.questionnaire.version : null,
  };
}
