import type { HorizonId } from '../assessment/schema';
import type { AnswerValue } from '../assessment/schema';
import type { Action, Effort, Level } from '../questionnaire/schema';
import type { Quadrant } from '../priorities/priorities';
import type { LocalizedText } from '../text';
import type { EthicsQuestion } from './ethics';
import type { Placement } from './horizons';

/** A hard deadline carried by a step. */
export interface StepDeadline {
  itemId: string;
  date: string;
  /** The level the item must reach by `date`. */
  level: Level;
  reason: LocalizedText;
  /** The last horizon that ends on or before the date. */
  latestHorizon: HorizonId;
  overdue: boolean;
}

/** Why a prerequisite cannot be scheduled as a step of this roadmap. */
export type UnmetReason =
  | 'missing-item' // the questionnaire has no such item
  | 'out-of-scope' // the item is outside the chosen profile, areas or phases
  | 'unanswered'
  | 'unknown-level' // answered "don't know"
  | 'not-applicable'
  | 'not-targeted'; // its target is below the level required

export interface UnmetPrecondition {
  /** The item whose step needs the prerequisite. */
  itemId: string;
  prerequisiteItemId: string;
  level: Level;
  reason: UnmetReason;
}

/**
 * A step computed from the gaps, before the user's edits. Its lists are read-only: the engine
 * shares them between steps and evaluations (per item, to save allocation), so sorting one in
 * place would change later results; copy before sorting.
 */
export interface PlannedStep {
  kind: 'action';
  /** Stable id: first item id (sorted) and transition, e.g. "open-apis.general.api-principles@2-3". */
  id: string;
  title: LocalizedText;
  /** Items this step lifts (several when the same action closes several items' gaps). */
  items: readonly string[];
  /** Scope areas its items apply to. */
  areas: readonly string[];
  /**
   * A general step: one of its items applies to every service area (areas "all" in the
   * questionnaire), whatever the scope. Offerings match it only through a shared tag.
   */
  general: boolean;
  phases: readonly string[];
  dimensions: readonly string[];
  tags: readonly string[];
  from: Level;
  to: Level;
  effort: Effort;
  cost: Action['cost'];
  ethics: boolean;
  /** The brochure's ethics questions when any item is flagged `ethics`, else empty. */
  ethicsQuestions: readonly EthicsQuestion[];
  /** Highest priority score of its items. */
  priority: number;
  /** Index of its earliest phase in the questionnaire (strategy first): the tie-break after priority. */
  phaseRank: number;
  /** Highest impact × weight of its items. */
  value: number;
  quadrant: Quadrant;
  /** Steps that must not come later than this one (after any cycle is broken). */
  prerequisites: string[];
  unmetPreconditions: UnmetPrecondition[];
  deadlines: StepDeadline[];
  /** The latest horizon allowed by its own deadlines and those of the steps that depend on it. */
  latestHorizon: HorizonId | null;
  /** Where the scheduler put it. */
  plannedHorizon: Placement;
  /** Position in the computed order (0 first); dependencies always come before dependants. */
  rank: number;
}

export type StepConflict =
  | { kind: 'prerequisite-later'; prerequisiteId: string; prerequisiteHorizon: Placement }
  | { kind: 'prerequisite-dropped'; prerequisiteId: string }
  | { kind: 'deadline-missed'; latestHorizon: HorizonId };

/** A computed step with the user's edits applied. */
export interface RoadmapStep extends PlannedStep {
  horizon: Placement;
  /** The user moved it away from `plannedHorizon`. */
  moved: boolean;
  owner: string;
  note: string;
  conflicts: StepConflict[];
}

/** A step the user added. */
export interface OwnRoadmapStep {
  kind: 'own';
  id: string;
  title: string;
  horizon: HorizonId;
  areas: string[];
  owner: string;
  note: string;
}

export type RoadmapIssue =
  | { kind: 'cycle'; stepIds: string[]; removed: Array<{ from: string; to: string }> }
  | { kind: 'unknown-current'; itemId: string; current: AnswerValue | null }
  | { kind: 'deadline-beyond-target'; itemId: string; date: string; level: Level; target: Level }
  | {
      kind: 'deadline-unknown-current';
      itemId: string;
      date: string;
      level: Level;
      current: AnswerValue | null;
    }
  | { kind: 'prerequisite-later'; stepId: string; prerequisiteId: string }
  | { kind: 'prerequisite-dropped'; stepId: string; prerequisiteId: string }
  | { kind: 'deadline-missed'; stepId: string; latestHorizon: HorizonId; horizon: Placement }
  | { kind: 'deadline-dropped'; stepId: string }
  | { kind: 'over-capacity'; horizon: HorizonId; count: number; capacity: number }
  | { kind: 'stale-edit'; stepId: string; edit: 'move' | 'drop' | 'owner' | 'note' }
  | { kind: 'duplicate-own-step'; stepId: string };

export interface Horizon<S> {
  id: HorizonId;
  fromMonth: number;
  toMonth: number;
  /** First and last day (exclusive) from the assessment date. */
  start: string;
  end: string;
  capacity: number;
  /** Computed steps in order, then the user's own steps. */
  steps: Array<S | OwnRoadmapStep>;
  /** Steps beyond capacity (0 when within). */
  overCapacity: number;
}

export interface Roadmap<S = RoadmapStep> {
  horizons: Array<Horizon<S>>;
  /** Steps that did not fit within 36 months at the chosen capacities. */
  backlog: S[];
  /** Steps the user dropped. */
  dropped: S[];
  issues: RoadmapIssue[];
}
