import type { HorizonId } from '../assessment/schema';
import { addMonths, compareDates } from '../dates';

/** Where a step can sit: one of the three horizons, or the backlog when capacity runs out. */
export type Placement = HorizonId | 'backlog';

export interface HorizonDefinition {
  id: HorizonId;
  /** Months from the assessment date. */
  fromMonth: number;
  toMonth: number;
}

/** Now (0–6 months), Next (6–18), Later (18–36), counted from the assessment date. */
export const horizonDefinitions: readonly HorizonDefinition[] = [
  { id: 'now', fromMonth: 0, toMonth: 6 },
  { id: 'next', fromMonth: 6, toMonth: 18 },
  { id: 'later', fromMonth: 18, toMonth: 36 },
];

export const horizonIds: readonly HorizonId[] = horizonDefinitions.map((h) => h.id);

/** Order of placements: now 0, next 1, later 2, backlog 3. */
export function placementIndex(placement: Placement): number {
  return placement === 'backlog' ? 3 : horizonIds.indexOf(placement);
}

/** The earlier of two horizons; null means "no constraint". */
export function earlierHorizon(a: HorizonId | null, b: HorizonId | null): HorizonId | null {
  if (a === null) return b;
  if (b === null) return a;
  return placementIndex(a) <= placementIndex(b) ? a : b;
}

export interface DeadlinePlacement {
  /** The last horizon that ends on or before the deadline; "now" when none does. */
  latestHorizon: HorizonId;
  /** The deadline is on or before the assessment date. */
  overdue: boolean;
}

/**
 * Which horizon a step must be in to meet `deadline` (YYYY-MM-DD), counted from `assessmentDate`:
 * the last horizon that ends on or before the deadline. A deadline sooner than six months away
 * (or already past) puts the step in Now.
 */
export function deadlinePlacement(deadline: string, assessmentDate: string): DeadlinePlacement {
  let latestHorizon: HorizonId = 'now';
  for (const horizon of horizonDefinitions) {
    if (compareDates(addMonths(assessmentDate, horizon.toMonth), deadline) <= 0) latestHorizon = horizon.id;
  }
  return { latestHorizon, overdue: compareDates(deadline, assessmentDate) <= 0 };
}
