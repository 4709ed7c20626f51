import type { Assessment } from '../assessment/schema';
import type { ResolvedScope } from '../assessment/scope';
import type { ItemPriority } from '../priorities/priorities';
import type { Questionnaire } from '../questionnaire/schema';
import type { ItemScore } from '../scoring/score';
import { applyEdits } from './edits';
import { schedule } from './schedule';
import { draftSteps } from './steps';
import type { Roadmap, RoadmapIssue, RoadmapStep } from './types';

/**
 * The computed roadmap before the user's edits, and the issues found while computing it. The steps
 * are new objects that already carry the edit fields, with placeholders (no move, owner or note),
 * for `applyEdits` to fill in.
 */
export function planRoadmap(
  questionnaire: Questionnaire,
  assessment: Assessment,
  scope: ResolvedScope,
  scores: readonly ItemScore[],
  priorities: readonly ItemPriority[],
): { steps: RoadmapStep[]; issues: RoadmapIssue[] } {
  const drafts = draftSteps(questionnaire, assessment.date, scope, scores, priorities);
  const scheduled = schedule(drafts, assessment.settings.capacity);
  return { steps: scheduled.steps, issues: [...drafts.issues, ...scheduled.issues] };
}

/** The roadmap as the user sees it: computed steps with the assessment's roadmap edits applied. */
export function buildRoadmap(
  questionnaire: Questionnaire,
  assessment: Assessment,
  scope: ResolvedScope,
  scores: readonly ItemScore[],
  priorities: readonly ItemPriority[],
): Roadmap {
  const planned = planRoadmap(questionnaire, assessment, scope, scores, priorities);
  const roadmap = applyEdits(
    planned.steps,
    assessment.roadmap,
    assessment.settings.capacity,
    assessment.date,
  );
  return { ...roadmap, issues: [...planned.issues, ...roadmap.issues] };
}
