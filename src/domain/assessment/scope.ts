import type { Item, Questionnaire } from '../questionnaire/schema';
import type { Scope } from './schema';

/** An item as it counts in one assessment: the areas and phases it applies to within the scope. */
export interface ScopedItem {
  item: Item;
  /** Position in the questionnaire, for stable ordering. */
  index: number;
  /** Scope areas the item applies to, in questionnaire order. */
  readonly areas: readonly string[];
  /** Scope phases the item applies to, in questionnaire order. */
  readonly phases: readonly string[];
}

export interface ResolvedScope {
  /** Scope areas that exist in the questionnaire, in questionnaire order. */
  areas: string[];
  /** Scope phases that exist in the questionnaire, in questionnaire order. */
  phases: string[];
  /** Items of the profile that apply to at least one scope area and one scope phase. */
  items: ScopedItem[];
  /** False when the scope names a profile the questionnaire does not have (then every item counts). */
  profileFound: boolean;
  /** Scope areas and phases the questionnaire does not know. */
  unknownAreas: string[];
  unknownPhases: string[];
}

function within(ids: 'all' | readonly string[], scopeIds: readonly string[]): string[] {
  if (ids === 'all') return [...scopeIds];
  const own = new Set(ids);
  return scopeIds.filter((id) => own.has(id));
}

/** Which items, areas and phases an assessment with `scope` covers. */
export function resolveScope(questionnaire: Questionnaire, scope: Scope): ResolvedScope {
  const wantedAreas = new Set(scope.areas);
  const wantedPhases = new Set(scope.phases);
  const areas = questionnaire.areas.map((a) => a.id).filter((id) => wantedAreas.has(id));
  const phases = questionnaire.phases.map((p) => p.id).filter((id) => wantedPhases.has(id));
  const profile = questionnaire.profiles.find((p) => p.id === scope.profile);
  const profileItems = profile && profile.items !== 'all' ? new Set(profile.items) : null;

  const items: ScopedItem[] = [];
  questionnaire.items.forEach((item, index) => {
    if (profileItems && !profileItems.has(item.id)) return;
    const itemAreas = within(item.areas, areas);
    const itemPhases = within(item.phases, phases);
    if (itemAreas.length > 0 && itemPhases.length > 0) {
      items.push({ item, index, areas: itemAreas, phases: itemPhases });
    }
  });

  return {
    areas,
    phases,
    items,
    profileFound: profile !== undefined,
    unknownAreas: scope.areas.filter((id) => !areas.includes(id)),
    unknownPhases: scope.phases.filter((id) => !phases.includes(id)),
  };
}
