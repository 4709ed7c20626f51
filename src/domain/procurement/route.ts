import type { ContractKind, ThresholdChoice, ThresholdSet, ThresholdSource } from './thresholds';
import { thresholdSetOn, thresholdSets } from './thresholds';

/**
 * - direct-award-possible: below the national threshold; the Procurement Act does not apply (the
 *   municipality's own purchasing rules do), so a supplier may sell directly.
 * - national-tendering: at or above the national threshold, below the EU threshold.
 * - eu-tendering: at or above the EU threshold.
 */
export type ProcurementRoute = 'direct-award-possible' | 'national-tendering' | 'eu-tendering';

export interface ThresholdUsed {
  value: number;
  setId: string;
  source: ThresholdSource;
  /** False when no set was valid on the date and the nearest one was used. */
  current: boolean;
}

export interface RouteDecision {
  route: ProcurementRoute;
  /** The value compared with the thresholds. */
  estimatedValue: number;
  national: ThresholdUsed | null;
  eu: ThresholdUsed | null;
}

function used(choice: ThresholdChoice | null, kind: ContractKind): ThresholdUsed | null {
  const value = choice?.set.values[kind];
  if (!choice || value === undefined) return null;
  return { value, setId: choice.set.id, source: choice.set.source, current: choice.current };
}

/** The national and EU thresholds that apply to one kind of contract on one date. */
export interface ApplicableThresholds {
  national: ThresholdUsed | null;
  eu: ThresholdUsed | null;
}

/** The thresholds for `kind` valid on `date` (see `thresholdSetOn`); look them up once per roadmap. */
export function applicableThresholds(
  date: string,
  kind: ContractKind = 'goods-services',
  sets: readonly ThresholdSet[] = thresholdSets,
): ApplicableThresholds {
  return {
    national: used(thresholdSetOn(date, 'national', sets), kind),
    eu: used(thresholdSetOn(date, 'eu', sets), kind),
  };
}

function routeOf(estimatedValue: number, { national, eu }: ApplicableThresholds): ProcurementRoute {
  if (eu && estimatedValue >= eu.value) return 'eu-tendering';
  if (national && estimatedValue >= national.value) return 'national-tendering';
  return 'direct-award-possible';
}

/** The route for `estimatedValue` under given thresholds. At a threshold counts as above it: the Act applies from the threshold up. */
export function routeFor(estimatedValue: number, thresholds: ApplicableThresholds): RouteDecision {
  const { national, eu } = thresholds;
  return { route: routeOf(estimatedValue, thresholds), estimatedValue, national, eu };
}

/**
 * The procurement route for a purchase of `estimatedValue` euros (excl. VAT, whole life cycle) on
 * `date`. A value equal to a threshold is at the threshold: the Act applies from the threshold up.
 */
export function procurementRoute(
  estimatedValue: number,
  date: string,
  kind: ContractKind = 'goods-services',
  sets: readonly ThresholdSet[] = thresholdSets,
): RouteDecision {
  return routeFor(estimatedValue, applicableThresholds(date, kind, sets));
}

export type JointReason = 'several-areas' | 'several-municipalities';

export interface ProcurementAdvice extends RouteDecision {
  /** The step's cost band; the route uses its upper end (conservative). */
  cost: { min: number; max: number };
  joint: {
    suggested: boolean;
    reasons: JointReason[];
    areas: string[];
    /** Other municipalities planning the same step. */
    municipalities: string[];
  };
}

export interface ProcurementInput {
  cost: { min: number; max: number };
  areas: readonly string[];
  /** Other municipalities that share the step (from `findSharedSteps`). */
  sharedWith?: readonly string[];
}

/**
 * Procurement advice for a roadmap step: the route from the upper end of its cost band, and a
 * joint-procurement hint when several service areas or several municipalities share the step.
 */
export function adviseProcurement(
  input: ProcurementInput,
  thresholdsOrDate: ApplicableThresholds | string,
): ProcurementAdvice {
  const thresholds =
    typeof thresholdsOrDate === 'string'
      ? applicableThresholds(thresholdsOrDate, 'goods-services')
      : thresholdsOrDate;
  const estimatedValue = input.cost.max;
  const municipalities = input.sharedWith ? [...input.sharedWith] : [];
  // Listed, not pushed: this runs for every step, and a pushed-to array reserves room for 17.
  const severalAreas = input.areas.length > 1;
  const severalMunicipalities = municipalities.length > 0;
  const reasons: JointReason[] = severalAreas
    ? severalMunicipalities
      ? ['several-areas', 'several-municipalities']
      : ['several-areas']
    : severalMunicipalities
      ? ['several-municipalities']
      : [];
  return {
    route: routeOf(estimatedValue, thresholds),
    estimatedValue,
    national: thresholds.national,
    eu: thresholds.eu,
    cost: { min: input.cost.min, max: input.cost.max },
    joint: { suggested: reasons.length > 0, reasons, areas: [...input.areas], municipalities },
  };
}
