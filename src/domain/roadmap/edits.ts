import type { RoadmapEdits, Settings } from '../assessment/schema';
import { addMonths } from '../dates';
import { getOwn } from '../collections';
import { horizonDefinitions, placementIndex, type Placement } from './horizons';
import type { Horizon, OwnRoadmapStep, Roadmap, RoadmapIssue, RoadmapStep, StepConflict } from './types';

/** A step's conflicts with its prerequisites and deadlines where it now stands, added to `step.conflicts` (mutates it). */
function addConflicts(
  step: RoadmapStep,
  byId: ReadonlyMap<string, RoadmapStep>,
  dropped: ReadonlySet<string>,
): StepConflict[] {
  const conflicts = step.conflicts;
  for (const prerequisiteId of step.prerequisites) {
    const prerequisite = byId.get(prerequisiteId);
    if (!prerequisite) continue;
    if (dropped.has(prerequisiteId)) conflicts.push({ kind: 'prerequisite-dropped', prerequisiteId });
    else if (placementIndex(prerequisite.horizon) > placementIndex(step.horizon)) {
      conflicts.push({
        kind: 'prerequisite-later',
        prerequisiteId,
        prerequisiteHorizon: prerequisite.horizon,
      });
    }
  }
  if (step.latestHorizon !== null && placementIndex(step.horizon) > placementIndex(step.latestHorizon)) {
    conflicts.push({ kind: 'deadline-missed', latestHorizon: step.latestHorizon });
  }
  return conflicts;
}

function staleEdits(edits: RoadmapEdits, known: { has(id: string): boolean }): RoadmapIssue[] {
  const issues: RoadmapIssue[] = [];
  const check = (ids: Iterable<string>, edit: 'move' | 'drop' | 'owner' | 'note'): void => {
    for (const stepId of ids) if (!known.has(stepId)) issues.push({ kind: 'stale-edit', stepId, edit });
  };
  check(Object.keys(edits.moves), 'move');
  check(edits.dropped, 'drop');
  check(Object.keys(edits.owners), 'owner');
  check(Object.keys(edits.notes), 'note');
  return issues;
}

function ownSteps(
  edits: RoadmapEdits,
  taken: { has(id: string): boolean },
  issues: RoadmapIssue[],
): OwnRoadmapStep[] {
  const seen = new Set<string>();
  const result: OwnRoadmapStep[] = [];
  for (const own of edits.ownSteps) {
    if (seen.has(own.id) || taken.has(own.id)) {
      issues.push({ kind: 'duplicate-own-step', stepId: own.id });
      continue;
    }
    seen.add(own.id);
    result.push({
      kind: 'own',
      id: own.id,
      title: own.title,
      horizon: own.horizon,
      areas: [...own.areas],
      owner: getOwn(edits.owners, own.id) ?? own.owner,
      note: getOwn(edits.notes, own.id) ?? own.note,
    });
  }
  return result;
}

/**
 * Applies the user's edits on top of the computed steps: moves, drops, owners, notes and own steps.
 * Edits are kept even when they break a prerequisite or a deadline; each such break is reported on
 * the step and in the issues. Edits naming steps that no longer exist are reported as stale.
 *
 * The steps are the drafts `planRoadmap` made for this roadmap, which already have the edit fields
 * (`horizon`, `moved`, `owner`, `note`, `conflicts`): they are filled in place (mutates the steps)
 * rather than copied into new objects of 30 fields each.
 */
export function applyEdits(
  steps: readonly RoadmapStep[],
  edits: RoadmapEdits,
  capacity: Settings['capacity'],
  assessmentDate: string,
): Roadmap {
  const dropped = new Set(edits.dropped);
  // Most roadmaps have few edits: skip the look-ups when a kind of edit is empty.
  const moves = Object.keys(edits.moves).length > 0 ? edits.moves : null;
  const owners = Object.keys(edits.owners).length > 0 ? edits.owners : null;
  const notes = Object.keys(edits.notes).length > 0 ? edits.notes : null;
  const byId = new Map<string, RoadmapStep>();
  for (const step of steps) {
    const horizon: Placement = (moves && getOwn(moves, step.id)) ?? step.plannedHorizon;
    step.horizon = horizon;
    step.moved = horizon !== step.plannedHorizon;
    step.owner = (owners && getOwn(owners, step.id)) ?? '';
    step.note = (notes && getOwn(notes, step.id)) ?? '';
    byId.set(step.id, step);
  }
  const issues: RoadmapIssue[] = [];
  const own = ownSteps(edits, byId, issues);
  const ownIds = new Set(own.map((o) => o.id));
  issues.push(...staleEdits(edits, { has: (id) => byId.has(id) || ownIds.has(id) }));

  const kept: RoadmapStep[] = [];
  const droppedSteps: RoadmapStep[] = [];
  for (const step of steps) {
    if (dropped.has(step.id)) {
      droppedSteps.push(step);
      if (step.deadlines.length > 0) issues.push({ kind: 'deadline-dropped', stepId: step.id });
      continue;
    }
    for (const conflict of addConflicts(step, byId, dropped)) {
      if (conflict.kind === 'deadline-missed') {
        issues.push({
          kind: 'deadline-missed',
          stepId: step.id,
          latestHorizon: conflict.latestHorizon,
          horizon: step.horizon,
        });
      } else {
        issues.push({ kind: conflict.kind, stepId: step.id, prerequisiteId: conflict.prerequisiteId });
      }
    }
    kept.push(step);
  }

  const horizons = horizonDefinitions.map((definition): Horizon<RoadmapStep> => {
    const inHorizon: Array<RoadmapStep | OwnRoadmapStep> = [
      ...kept.filter((s) => s.horizon === definition.id),
      ...own.filter((o) => o.horizon === definition.id),
    ];
    const limit = capacity[definition.id];
    const overCapacity = Math.max(0, inHorizon.length - limit);
    if (overCapacity > 0)
      issues.push({
        kind: 'over-capacity',
        horizon: definition.id,
        count: inHorizon.length,
        capacity: limit,
      });
    return {
      id: definition.id,
      fromMonth: definition.fromMonth,
      toMonth: definition.toMonth,
      start: addMonths(assessmentDate, definition.fromMonth),
      end: addMonths(assessmentDate, definition.toMonth),
      capacity: limit,
      steps: inHorizon,
      overCapacity,
    };
  });

  return {
    horizons,
    backlog: kept.filter((s) => s.horizon === 'backlog'),
    dropped: droppedSteps,
    issues,
  };
}

/** Every step of a roadmap: horizons in order, then the backlog and the dropped ones. */
export function allSteps<S>(roadmap: Roadmap<S>): Array<S | OwnRoadmapStep> {
  return [...roadmap.horizons.flatMap((h) => h.steps), ...roadmap.backlog, ...roadmap.dropped];
}

/** The same roadmap with every computed step transformed by `f` (own steps unchanged). */
export function mapRoadmap<S, T>(roadmap: Roadmap<S>, f: (step: S) => T): Roadmap<T> {
  const mapped = new Map<S, T>();
  const map = (step: S): T => {
    let result = mapped.get(step);
    if (result === undefined) {
      result = f(step);
      mapped.set(step, result);
    }
    return result;
  };
  return {
    horizons: roadmap.horizons.map((h) => ({
      ...h,
      steps: h.steps.map((s) => (isOwnStep(s) ? s : map(s))),
    })),
    backlog: roadmap.backlog.map(map),
    dropped: roadmap.dropped.map(map),
    issues: roadmap.issues,
  };
}

/** True for a step the user added. */
export function isOwnStep<S>(step: S | OwnRoadmapStep): step is OwnRoadmapStep {
  return (step as { kind?: unknown }).kind === 'own';
}
