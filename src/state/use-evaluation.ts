import { useEffect, useMemo, useState } from 'react';
import type { Assessment } from '../domain/assessment/schema';
import { evaluate, type Evaluation } from '../domain/evaluate';
import type { Offering } from '../domain/offering/schema';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { loadActiveCatalog } from './catalog';
import { loadQuestionnaire } from './questionnaires';
import { useAssessment } from './store';

/** The questionnaire an assessment was made with, loaded on demand. */
export function useQuestionnaire(id: string | undefined): { questionnaire?: Questionnaire; error?: Error } {
  const [state, setState] = useState<{ id?: string; questionnaire?: Questionnaire; error?: Error }>({});
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadQuestionnaire(id).then(
      (questionnaire) => live && setState({ id, questionnaire }),
      (error: unknown) =>
        live && setState({ id, error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return state.id === id ? { questionnaire: state.questionnaire, error: state.error } : {};
}

/** The active offering catalog, loaded on demand. */
export function useCatalog(): readonly Offering[] | undefined {
  const [catalog, setCatalog] = useState<readonly Offering[]>();
  useEffect(() => {
    let live = true;
    void loadActiveCatalog().then((offerings) => live && setCatalog(offerings));
    return () => {
      live = false;
    };
  }, []);
  return catalog;
}

export type AssessmentContext =
  | { status: 'missing' }
  | { status: 'loading'; assessment: Assessment }
  | { status: 'error'; assessment: Assessment; error: Error }
  | { status: 'ready'; assessment: Assessment; questionnaire: Questionnaire; evaluation: Evaluation };

/**
 * An assessment with its questionnaire and the engine's evaluation (scores, priorities, roadmap
 * with matches). The evaluation is recomputed only when the assessment or the catalog changes.
 */
export function useAssessmentContext(assessmentId: string): AssessmentContext {
  const assessment = useAssessment(assessmentId);
  const { questionnaire, error } = useQuestionnaire(assessment?.questionnaire.id);
  const catalog = useCatalog();
  const evaluation = useMemo(
    () => (assessment && questionnaire && catalog ? evaluate(questionnaire, assessment, catalog) : undefined),
    [assessment, questionnaire, catalog],
  );
  if (!assessment) return { status: 'missing' };
  if (error) return { status: 'error', assessment, error };
  if (!questionnaire || !evaluation) return { status: 'loading', assessment };
  return { status: 'ready', assessment, questionnaire, evaluation };
}
