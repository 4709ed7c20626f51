import type { RoadmapEdits, Settings } from '../assessment/schema';
import { addMonths } from '../dates';
import { getOwn } from '../collections';
import { horizonDefinitions, placementIndex, type Placement } from './horizons';
import type {
  Horizon,
  OwnRoadmapStep,
  PlannedStep,
  Roadmap,
  RoadmapIssue,
  RoadmapStep,
  StepConflict,
} from './types';

/** A planned step with the user's edits; fields listed one by one, which V8 builds much faster than a spread. */
function withEdits(p: PlannedStep, horizon: Placement, owner: string, note: string): RoadmapStep {
  return {
    kind: p.kind,
    id: p.id,
    title: p.title,
    items: p.items,
    areas: p.areas,
    phases: p.phases,
    dimensions: p.dimensions,
    tags: p.tags,
    from: p.from,
    to: p.to,
    effort: p.effort,
    cost: p.cost,
    ethics: p.ethics,
    ethicsQuestions: p.ethicsQuestions,
    priority: p.priority,
    phaseRank: p.phaseRank,
    value: p.value,
    quadrant: p.quadrant,
    prerequisites: p.prerequisites,
    unmetPreconditions: p.unmetPreconditions,
    deadlines: p.deadlines,
    latestHorizon: p.latestHorizon,
    plannedHorizon: p.plannedHorizon,
    rank: p.rank,
    horizon,
    moved: horizon !== p.plannedHorizon,
    owner,
    note,
    conflicts: [],
  };
}

/** A step's conflicts with its prerequisites and deadlines where it now stands. */
function conflictsOf(
  step: RoadmapStep,
  byId: ReadonlyMap<string, RoadmapStep>,
  dropped: ReadonlySet<string>,
): StepConflict[] {
  const conflicts: StepConflict[] = [];
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

function staleEdits(edits: RoadmapEdits, known: ReadonlySet<string>): RoadmapIssue[] {
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

function ownSteps(edits: RoadmapEdits, taken: ReadonlySet<string>, issues: RoadmapIssue[]): OwnRoadmapStep[] {
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
 */
export function applyEdits(
  planned: readonly PlannedStep[],
  edits: RoadmapEdits,
  capacity: Settings['capacity'],
  assessmentDate: string,
): Roadmap {
  const dropped = new Set(edits.dropped);
  // Most roadmaps have few edits: skip the look-ups when a kind of edit is empty.
  const moves = Object.keys(edits.moves).length > 0 ? edits.moves : null;
  const owners = Object.keys(edits.owners).length > 0 ? edits.owners : null;
  const notes = Object.keys(edits.notes).length > 0 ? edits.notes : null;
  const steps: RoadmapStep[] = planned.map((step) => {
    const horizon: Placement = (moves && getOwn(moves, step.id)) ?? step.plannedHorizon;
    return withEdits(
      step,
      horizon,
      (owners && getOwn(owners, step.id)) ?? '',
      (notes && getOwn(notes, step.id)) ?? '',
    );
  });
  const byId = new Map(steps.map((s) => [s.id, s]));
  const issues: RoadmapIssue[] = [];
  const own = ownSteps(edits, new Set(byId.keys()), issues);
  issues.push(...staleEdits(edits, new Set([...byId.keys(), ...own.map((o) => o.id)])));

  const kept: RoadmapStep[] = [];
  const droppedSteps: RoadmapStep[] = [];
  for (const step of steps) {
    if (dropped.has(step.id)) {
      droppedSteps.push(step);
      if (step.deadlines.length > 0) issues.push({ kind: 'deadline-dropped', stepId: step.id });
      continue;
    }
    step.conflicts = conflictsOf(step, byId, dropped);
    for (const conflict of step.conflicts) {
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
