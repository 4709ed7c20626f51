import type { EvaluatedStep } from '../../domain/evaluate';
import { isOwnStep } from '../../domain/roadmap/edits';
import type { Placement } from '../../domain/roadmap/horizons';
import type { OwnRoadmapStep, Roadmap } from '../../domain/roadmap/types';

/** Where a step is shown: a horizon, the backlog, or the dropped steps. */
export type Column = Placement | 'dropped';

export type AnyStep = EvaluatedStep | OwnRoadmapStep;

/** A step whose conflict names another step as its prerequisite. */
export interface Dependant {
  step: EvaluatedStep;
  kind: 'prerequisite-later' | 'prerequisite-dropped';
}

/**
 * Look-ups over the engine's roadmap for the screen: which column each step is in, in what order,
 * and, inverted from the conflicts the engine reports on each step, which steps a given step is
 * holding up. Nothing here decides anything the engine has not already concluded.
 */
export interface RoadmapIndex {
  steps: ReadonlyMap<string, AnyStep>;
  columnOf: ReadonlyMap<string, Column>;
  /** Step ids per column, in the engine's order. */
  columns: ReadonlyMap<Column, readonly string[]>;
  /** Steps whose prerequisite conflicts name the key step. */
  dependants: ReadonlyMap<string, readonly Dependant[]>;
}

export function indexRoadmap(roadmap: Roadmap<EvaluatedStep>): RoadmapIndex {
  const steps = new Map<string, AnyStep>();
  const columnOf = new Map<string, Column>();
  const columns = new Map<Column, string[]>();
  const dependants = new Map<string, Dependant[]>();
  const place = (column: Column, list: readonly AnyStep[]): void => {
    columns.set(
      column,
      list.map((step) => step.id),
    );
    for (const step of list) {
      steps.set(step.id, step);
      columnOf.set(step.id, column);
    }
  };
  for (const horizon of roadmap.horizons) place(horizon.id, horizon.steps);
  place('backlog', roadmap.backlog);
  place('dropped', roadmap.dropped);

  for (const step of steps.values()) {
    if (isOwnStep(step)) continue;
    for (const conflict of step.conflicts) {
      if (conflict.kind === 'deadline-missed') continue;
      const list = dependants.get(conflict.prerequisiteId) ?? [];
      list.push({ step, kind: conflict.kind });
      dependants.set(conflict.prerequisiteId, list);
    }
  }
  return { steps, columnOf, columns, dependants };
}

/** The columns a step can move to with one press: the neighbours of its column. */
export function moveTargets(
  step: AnyStep,
  column: Placement,
): { back: Placement | null; forward: Placement | null } {
  switch (column) {
    case 'now':
      return { back: null, forward: 'next' };
    case 'next':
      return { back: 'now', forward: 'later' };
    case 'later':
      // Only a step the engine left in the backlog can go back there (by undoing its move).
      return {
        back: 'next',
        forward: !isOwnStep(step) && step.plannedHorizon === 'backlog' ? 'backlog' : null,
      };
    case 'backlog':
      return { back: 'later', forward: null };
  }
}

/** The step that should take focus after `stepId` leaves its column: the next one, else the previous, else none. */
export function neighbourAfterRemoval(index: RoadmapIndex, stepId: string): string | null {
  const column = index.columnOf.get(stepId);
  const ids = column ? (index.columns.get(column) ?? []) : [];
  const at = ids.indexOf(stepId);
  if (at < 0) return null;
  return ids[at + 1] ?? ids[at - 1] ?? null;
}
