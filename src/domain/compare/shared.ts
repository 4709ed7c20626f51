import { compareNames, compareStrings, setOwn } from '../collections';

/** One municipality's planned steps, for finding steps several municipalities share. */
export interface MunicipalityPlan {
  municipality: string;
  stepIds: Iterable<string>;
}

/**
 * For `self`, the other municipalities that plan each of the same steps (same step id, i.e. the
 * same action for the same item and transition): candidates for joint procurement. Pass the result
 * to `evaluate` as `sharedWith`.
 */
export function findSharedSteps(plans: readonly MunicipalityPlan[], self: string): Record<string, string[]> {
  const byStep = new Map<string, Set<string>>();
  for (const plan of plans) {
    for (const stepId of plan.stepIds) {
      const set = byStep.get(stepId) ?? new Set<string>();
      set.add(plan.municipality);
      byStep.set(stepId, set);
    }
  }
  const result: Record<string, string[]> = {};
  for (const [stepId, municipalities] of [...byStep].sort(([a], [b]) => compareStrings(a, b))) {
    if (!municipalities.has(self)) continue;
    const others = [...municipalities].filter((m) => m !== self).sort(compareNames);
    if (others.length > 0) setOwn(result, stepId, others);
  }
  return result;
}
