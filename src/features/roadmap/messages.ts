import type { TFunction } from 'i18next';
import type { EvaluatedStep } from '../../domain/evaluate';
import { isOwnStep } from '../../domain/roadmap/edits';
import type { RoadmapView } from './context';
import type { Column } from './roadmap-view';

/**
 * What breaks the order where a step now stands, in words that name the other step: its own
 * conflicts as the engine reports them, and the steps whose conflicts name this one. The engine
 * keeps the user's move and reports the break; these sentences say what it means.
 */
export function conflictSentences(step: EvaluatedStep, view: RoadmapView, t: TFunction): string[] {
  const sentences: string[] = [];
  for (const conflict of step.conflicts) {
    if (conflict.kind === 'prerequisite-later') {
      sentences.push(
        t('roadmap.conflict.prerequisiteLater', {
          prerequisite: view.titleOf(conflict.prerequisiteId),
          horizon: view.columnLabel(conflict.prerequisiteHorizon),
        }),
      );
    } else if (conflict.kind === 'prerequisite-dropped') {
      sentences.push(
        t('roadmap.conflict.prerequisiteDropped', { prerequisite: view.titleOf(conflict.prerequisiteId) }),
      );
    } else {
      sentences.push(
        t('roadmap.conflict.deadlineMissed', { horizon: view.columnLabel(conflict.latestHorizon) }),
      );
    }
  }
  for (const dependant of view.index.dependants.get(step.id) ?? []) {
    sentences.push(
      dependant.kind === 'prerequisite-later'
        ? t('roadmap.conflict.dependantEarlier', {
            dependant: view.titleOf(dependant.step.id),
            horizon: view.columnLabel(dependant.step.horizon),
          })
        : t('roadmap.conflict.needsDropped', { dependant: view.titleOf(dependant.step.id) }),
    );
  }
  return sentences;
}

/** The last thing the user did, kept so the page can say what came of it. */
export type Notice =
  | { kind: 'moved' | 'restored' | 'added' | 'dropped'; stepId: string; title: string }
  | { kind: 'removed'; title: string }
  | { kind: 'capacity' | 'forgotten' }
  /** Target levels raised in bulk: how many items changed. */
  | { kind: 'targets'; count: number };

/**
 * The sentence announced after an action, read from the roadmap as it now is: where the step
 * ended up and, when the action broke the order of prerequisites or a deadline, what broke.
 */
export function announcement(notice: Notice | null, view: RoadmapView, t: TFunction): string {
  if (!notice) return '';
  switch (notice.kind) {
    case 'capacity':
      return t('roadmap.announce.capacity');
    case 'forgotten':
      return t('roadmap.announce.forgotten');
    case 'removed':
      return t('roadmap.announce.removed', { title: notice.title });
    case 'targets': {
      if (notice.count === 0) return t('roadmap.announce.targetsNone');
      let steps = 0;
      for (const [column, ids] of view.index.columns) if (column !== 'dropped') steps += ids.length;
      return [
        t('roadmap.announce.targets', { count: notice.count }),
        t('roadmap.announce.targetsSteps', { count: steps }),
        t('roadmap.announce.undoHint'),
      ].join(' ');
    }
  }
  const step = view.index.steps.get(notice.stepId);
  const column: Column | undefined = view.index.columnOf.get(notice.stepId);
  if (!step || !column) return '';
  const horizon = view.columnLabel(column);
  const sentences = [t(`roadmap.announce.${notice.kind}`, { title: notice.title, horizon })];
  if (!isOwnStep(step)) {
    const broken = conflictSentences(step, view, t);
    sentences.push(...broken);
    if (broken.length > 0 && notice.kind === 'moved') sentences.push(t('roadmap.conflict.keep'));
  }
  return sentences.join(' ');
}
