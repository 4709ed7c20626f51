// Loading a questionnaire: the zod schema checks each value, then the cross-reference checks below
// check what a schema cannot see (ids that must be unique, references that must resolve,
// prerequisites that must not loop). Both report path-precise issues.
import { findUntranslatedTexts } from '../text';
import { closestMatch, formatPath, validateWith, type ValidationIssue } from '../validation';
import { questionnaireSchema, type Item, type Questionnaire } from './schema';

/** Result of loading a questionnaire: usable (possibly with warnings) or refused with every issue. */
export type ParseQuestionnaireResult =
  | { ok: true; questionnaire: Questionnaire; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/** Validates untrusted JSON as a questionnaire: schema first, then cross-references. */
export function parseQuestionnaire(json: unknown): ParseQuestionnaireResult {
  const parsed = validateWith(questionnaireSchema, json);
  if (!parsed.ok) return parsed;
  const { errors, warnings } = crossCheckQuestionnaire(parsed.value);
  if (errors.length > 0) return { ok: false, issues: errors };
  return { ok: true, questionnaire: parsed.value, warnings };
}

/** The items of a profile, in questionnaire order. Throws for an unknown profile id (a caller bug). */
export function itemsInProfile(q: Questionnaire, profileId: string): Item[] {
  const profile = q.profiles.find((p) => p.id === profileId);
  if (!profile) throw new Error(`questionnaire ${q.id} has no profile "${profileId}"`);
  if (profile.items === 'all') return q.items;
  const wanted = new Set(profile.items);
  return q.items.filter((item) => wanted.has(item.id));
}

/**
 * Whether an item belongs in a scope of areas and phases. "all" means every area (or phase) of
 * the questionnaire, so it matches any non-empty scope.
 */
export function itemAppliesTo(item: Item, areaIds: readonly string[], phaseIds: readonly string[]): boolean {
  const overlaps = (ids: 'all' | string[], scope: readonly string[]) =>
    ids === 'all' ? scope.length > 0 : ids.some((id) => scope.includes(id));
  return overlaps(item.areas, areaIds) && overlaps(item.phases, phaseIds);
}

/** The ids an "all"-or-list field stands for. */
export function resolveIds(ids: 'all' | readonly string[], all: readonly { id: string }[]): string[] {
  return ids === 'all' ? all.map((entry) => entry.id) : [...ids];
}

type Path = (string | number)[];
type Finding = { path: Path; message: string };

/**
 * Cross-reference checks on a questionnaire that already passed the schema. Errors make the file
 * unusable; warnings are worth a look but may be intended (a proper noun left untranslated).
 */
export function crossCheckQuestionnaire(q: Questionnaire): {
  errors: ValidationIssue[];
  warnings: ValidationIssue[];
} {
  const errors: Finding[] = [];
  const warnings: Finding[] = [];
  const error = (path: Path, message: string) => errors.push({ path, message });

  q.scale.forEach((step, index) => {
    if (step.level !== index)
      error(['scale', index, 'level'], `expected ${index}: the scale lists levels 0–5 in order`);
  });

  const phaseIds = uniqueIds(q.phases, 'phases', 'phase', error);
  const areaIds = uniqueIds(q.areas, 'areas', 'area', error);
  const dimensionIds = uniqueIds(q.dimensions, 'dimensions', 'dimension', error);
  uniqueIds(q.profiles, 'profiles', 'profile', error);
  const itemIds = uniqueIds(q.items, 'items', 'item', error);

  // A reference names the kind of thing it points to and suggests the likely typo or, when the
  // choice fits on a line (phases, areas, dimensions), lists it.
  const resolve = (path: Path, id: string, known: Map<string, number>, kind: string) => {
    if (known.has(id)) return;
    const choices = [...known.keys()].join(', ');
    const suggestion = closestMatch(id, known.keys());
    const hint = suggestion
      ? `; did you mean "${suggestion}"?`
      : choices.length <= 160
        ? `; expected one of ${choices}`
        : '';
    error(path, `unknown ${kind} "${id}"${hint}`);
  };
  const resolveList = (path: Path, ids: 'all' | string[], known: Map<string, number>, kind: string) => {
    if (ids === 'all') return;
    const seen = new Set<string>();
    ids.forEach((id, index) => {
      if (seen.has(id)) error([...path, index], `"${id}" is listed twice`);
      seen.add(id);
      resolve([...path, index], id, known, kind);
    });
  };

  const replacedBy = new Map<string, number>();
  q.items.forEach((item, index) => {
    const at = (...rest: Path): Path => ['items', index, ...rest];
    resolve(at('dimension'), item.dimension, dimensionIds, 'dimension');
    resolveList(at('phases'), item.phases, phaseIds, 'phase');
    resolveList(at('areas'), item.areas, areaIds, 'area');
    checkItemId(item, at('id'), areaIds, error, (path, message) => warnings.push({ path, message }));

    item.replaces?.forEach((old, r) => {
      if (itemIds.has(old)) {
        error(
          at('replaces', r),
          `"${old}" is still an item of this questionnaire; an id that is replaced must be gone`,
        );
      } else if (replacedBy.has(old)) {
        error(
          at('replaces', r),
          `"${old}" is already replaced by items[${replacedBy.get(old)}]; old answers must map to one item`,
        );
      } else {
        replacedBy.set(old, index);
      }
    });

    const seenPrerequisites = new Set<string>();
    item.prerequisites.forEach((prerequisite, p) => {
      if (prerequisite.item === item.id)
        error(at('prerequisites', p, 'item'), 'an item cannot be its own prerequisite');
      else resolve(at('prerequisites', p, 'item'), prerequisite.item, itemIds, 'item');
      if (seenPrerequisites.has(prerequisite.item))
        error(at('prerequisites', p, 'item'), `"${prerequisite.item}" is listed twice`);
      seenPrerequisites.add(prerequisite.item);
    });
  });

  for (const cycle of prerequisiteCycles(q.items, itemIds)) {
    const [first] = cycle;
    const item = q.items[first!.index]!;
    const names = [...cycle.map((step) => q.items[step.index]!.id), item.id];
    error(
      ['items', first!.index, 'prerequisites', first!.prerequisite, 'item'],
      `prerequisite cycle: ${names.join(' → ')}`,
    );
  }

  q.profiles.forEach((profile, index) => {
    resolveList(['profiles', index, 'items'], profile.items, itemIds, 'item');
  });

  return {
    errors: toIssues(errors, q),
    // The translation walk already yields document order.
    warnings: [...toIssues(warnings, q), ...findUntranslatedTexts(q)],
  };
}

/** Map from id to index; reports every repeated id. */
function uniqueIds(
  entries: readonly { id: string }[],
  listName: string,
  kind: string,
  error: (path: Path, message: string) => void,
): Map<string, number> {
  const ids = new Map<string, number>();
  entries.forEach((entry, index) => {
    const first = ids.get(entry.id);
    if (first === undefined) ids.set(entry.id, index);
    else
      error(
        [listName, index, 'id'],
        `duplicate ${kind} id "${entry.id}" (already used by ${listName}[${first}])`,
      );
  });
  return ids;
}

/**
 * Id rule `<dimension>.<area id | general>.<slug>`. The dimension prefix is an error, because an
 * item never changes dimension without changing meaning. The area segment is only a warning: an
 * item whose scope later grows keeps its id, so the segment may legitimately go out of date.
 */
function checkItemId(
  item: Item,
  path: Path,
  areaIds: Map<string, number>,
  error: (path: Path, message: string) => void,
  warn: (path: Path, message: string) => void,
): void {
  const segments = item.id.split('.');
  if (segments.length !== 3 || segments[0] !== item.dimension) {
    error(path, `expected an id "${item.dimension}.<area id | general>.<slug>", got "${item.id}"`);
    return;
  }
  const area = segments[1]!;
  if (item.areas === 'all' && area !== 'general') {
    warn(path, `an item for all areas should have "general" as its second segment, got "${area}"`);
  } else if (item.areas !== 'all' && area !== 'general' && !item.areas.includes(area)) {
    const known = areaIds.has(area) ? 'an area the item does not list' : 'not an area id';
    warn(path, `second segment "${area}" is ${known}; expected "general" or one of ${item.areas.join(', ')}`);
  }
}

/**
 * Every prerequisite cycle once, as the steps (item index, prerequisite index) that form it,
 * starting from its first item in file order. Depth-first search with white/grey/black marks.
 */
function prerequisiteCycles(items: readonly Item[], itemIds: Map<string, number>) {
  type Step = { index: number; prerequisite: number };
  const state = new Map<number, 'visiting' | 'done'>();
  const stack: Step[] = [];
  const cycles: Step[][] = [];
  const visit = (index: number) => {
    state.set(index, 'visiting');
    items[index]!.prerequisites.forEach((prerequisite, p) => {
      const target = itemIds.get(prerequisite.item);
      if (target === undefined || target === index) return; // reported elsewhere
      stack.push({ index, prerequisite: p });
      const targetState = state.get(target);
      if (targetState === 'visiting') {
        const cycle = stack.slice(stack.findIndex((step) => step.index === target));
        // Start the cycle at its earliest item, so the report does not depend on traversal order.
        const start = cycle.reduce((best, step, i) => (step.index < cycle[best]!.index ? i : best), 0);
        cycles.push([...cycle.slice(start), ...cycle.slice(0, start)]);
      } else if (targetState === undefined) {
        visit(target);
      }
      stack.pop();
    });
    state.set(index, 'done');
  };
  items.forEach((_, index) => {
    if (!state.has(index)) visit(index);
  });
  return cycles;
}

/**
 * Sorted into document order, so issues read top to bottom like the file: indexes by number, keys
 * by their position in the questionnaire object.
 */
function toIssues(findings: Finding[], root: unknown): ValidationIssue[] {
  const compare = (a: Path, b: Path): number => {
    let node: unknown = root;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const x = a[i]!;
      const y = b[i]!;
      if (x !== y) {
        if (typeof x === 'number' && typeof y === 'number') return x - y;
        const keys = node !== null && typeof node === 'object' ? Object.keys(node) : [];
        const rank = (key: string | number) => {
          const at = keys.indexOf(String(key));
          return at === -1 ? keys.length : at;
        };
        return rank(x) - rank(y);
      }
      node =
        node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[x] : undefined;
    }
    return a.length - b.length;
  };
  return [...findings]
    .sort((a, b) => compare(a.path, b.path))
    .map((finding) => ({ path: formatPath(finding.path), message: finding.message }));
}
