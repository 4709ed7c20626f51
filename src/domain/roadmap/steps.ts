import type { ResolvedScope, ScopedItem } from '../assessment/scope';
import { compareStrings, idsOf, inOrder, positionsOf, uniqueSorted } from '../collections';
import type { Action, Effort, Item, Questionnaire } from '../questionnaire/schema';
import { maxEffort, quadrantOf, type ItemPriority } from '../priorities/priorities';
import { isLevel, maxLevel } from '../scoring/levels';
import type { ItemScore } from '../scoring/score';
import { ethicsQuestions, type EthicsQuestion } from './ethics';
import { deadlinePlacement } from './horizons';
import type { RoadmapIssue, RoadmapStep, StepDeadline, UnmetPrecondition } from './types';

/**
 * A step before scheduling. Its scheduling fields (`prerequisites`, `latestHorizon`,
 * `plannedHorizon`, `rank`) hold placeholders until `schedule` fills them in, and its edit fields
 * (`horizon`, `moved`, `owner`, `note`, `conflicts`) until `applyEdits` does: one object per step
 * from draft to report, with its fields in the order the report lists them.
 */
export type StepDraft = RoadmapStep;

export interface DraftSet {
  /** In questionnaire order (item, then transition): deterministic, independent of the order of answers. */
  steps: StepDraft[];
  /** Dependencies as [before, after] indexes into `steps`. */
  edges: Array<[number, number]>;
  /** Items the roadmap cannot plan for (unknown current level, deadlines beyond target). */
  issues: RoadmapIssue[];
}

interface Member {
  scoped: ScopedItem;
  action: Action;
}

/**
 * Values by item id, held in an array by the item's position in the questionnaire: the positions
 * are looked up in one map made per questionnaire (`positionsOf`) instead of three maps of 1,000
 * entries filled on every evaluation. Ids the questionnaire lacks have no place (get: undefined).
 */
class ByItem<T> {
  private readonly values: Array<T | undefined>;

  constructor(
    private readonly positions: ReadonlyMap<string, number>,
    size: number,
  ) {
    this.values = new Array<T | undefined>(size);
  }

  positionOf(id: string): number | undefined {
    return this.positions.get(id);
  }

  set(id: string, value: T): void {
    const at = this.positions.get(id);
    if (at !== undefined) this.values[at] = value;
  }

  get(id: string): T | undefined {
    const at = this.positions.get(id);
    return at === undefined ? undefined : this.values[at];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/** Normalised Finnish text per action object; questionnaires are reused across evaluations. */
const normalisedTexts = new WeakMap<Action, string>();

/** Actions are "identical" when their Finnish texts match after trimming and collapsing spaces. */
function actionText(action: Action): string {
  let text = normalisedTexts.get(action);
  if (text === undefined) {
    text = action.text.fi.trim().replace(/\s+/g, ' ');
    normalisedTexts.set(action, text);
  }
  return text;
}

/**
 * Per questionnaire, the actions no other action of it shares its Finnish text with: those never
 * merge, so grouping them needs no look-up. (An action not in the set, e.g. of another
 * questionnaire object, is grouped through the look-up as before.)
 */
const uniqueActions = new WeakMap<Questionnaire, ReadonlySet<Action>>();

function actionsWithOwnText(questionnaire: Questionnaire): ReadonlySet<Action> {
  let unique = uniqueActions.get(questionnaire);
  if (unique === undefined) {
    const byText = new Map<string, Action[]>();
    for (const item of questionnaire.items) {
      for (const action of item.actions) {
        const text = actionText(action);
        const same = byText.get(text);
        if (same) same.push(action);
        else byText.set(text, [action]);
      }
    }
    const found = new Set<Action>();
    for (const same of byText.values()) if (same.length === 1) found.add(same[0] as Action);
    unique = found;
    uniqueActions.set(questionnaire, unique);
  }
  return unique;
}

/** Step id for a transition of an item: "<item id>@<from>-<to>". */
export function stepId(itemId: string, from: number): string {
  return `${itemId}@${from}-${from + 1}`;
}

/**
 * The lists a single-item step carries, made once per item object and shared by its steps in
 * every evaluation: nothing changes a step's lists once drafted (not frozen: reading frozen arrays
 * takes V8's slower paths, which cost more than the copies saved).
 */
interface ItemLists {
  items: string[];
  dimensions: string[];
  /** Distinct and sorted. */
  tags: string[];
  /** Step ids by transition start, made on first need. */
  stepIds: Array<string | undefined>;
}

const itemLists = new WeakMap<Item, ItemLists>();

function listsOf(item: Item): ItemLists {
  let lists = itemLists.get(item);
  if (lists === undefined) {
    lists = {
      items: [item.id],
      dimensions: [item.dimension],
      tags: uniqueSorted(item.tags),
      stepIds: [],
    };
    itemLists.set(item, lists);
  }
  return lists;
}

function stepIdOf(item: Item, from: number, lists: ItemLists = listsOf(item)): string {
  let id = lists.stepIds[from];
  if (id === undefined) {
    id = stepId(item.id, from);
    lists.stepIds[from] = id;
  }
  return id;
}

/** A placeholder for lists `schedule` always replaces: never part of a result. */
const notYetScheduled: string[] = [];

/** Steps of items without the ethics flag: no questions (one list for all, as `ethicsQuestions` is one for the others). */
const noEthicsQuestions: readonly EthicsQuestion[] = [];

/** One step to draft: a transition, its first item and action, and for a merged step the others. */
interface Group {
  from: number;
  scoped: ScopedItem;
  action: Action;
  /** Further items with the same action and transition; null for the usual single-item step. */
  others: Member[] | null;
}

/** The transitions each in-scope item needs, grouped by identical action (text, then transition). */
function groupActions(
  questionnaire: Questionnaire,
  scope: ResolvedScope,
  scores: ByItem<ItemScore>,
  issues: RoadmapIssue[],
): Group[] {
  const unique = actionsWithOwnText(questionnaire);
  const byText = new Map<string, Array<Group | undefined>>();
  const groups: Group[] = [];
  for (const scoped of scope.items) {
    const score = scores.get(scoped.item.id);
    if (!score) continue;
    if (!isLevel(score.current)) {
      if (score.targetSet !== null && score.current !== 'not-applicable') {
        issues.push({ kind: 'unknown-current', itemId: scoped.item.id, current: score.current });
      }
      continue;
    }
    const target = score.target ?? score.current;
    for (let from = score.current; from < target; from++) {
      const action = scoped.item.actions[from];
      if (!action) continue;
      // Most actions are the only ones with their text: no look-up needed.
      if (unique.has(action)) {
        groups.push({ from, scoped, action, others: null });
        continue;
      }
      const text = actionText(action);
      const byFrom = byText.get(text) ?? [];
      byText.set(text, byFrom);
      const group = byFrom[from];
      if (group) (group.others ??= []).push({ scoped, action });
      else {
        const created: Group = { from, scoped, action, others: null };
        byFrom[from] = created;
        groups.push(created);
      }
    }
  }
  return groups;
}

/** Ids in questionnaire order, computed once per roadmap. */
interface Orders {
  areas: string[];
  phases: string[];
  dimensions: string[];
}

/**
 * A step of a single item (the common case, kept cheap). Its areas and phases are the scope's
 * arrays for the item (which its ItemScore shares too), its id, items, dimensions and tags the
 * item's cached ones (`listsOf`) and its cost the action's: shared, not copied, as nothing changes
 * them afterwards.
 */
function singleDraft(
  from: number,
  scoped: ScopedItem,
  action: Action,
  orders: Orders,
  priorities: ByItem<ItemPriority>,
): StepDraft {
  const item = scoped.item;
  const lists = listsOf(item);
  const p = priorities.get(item.id);
  const value = p?.value ?? 0;
  const firstPhase = scoped.phases[0];
  return {
    kind: 'action',
    id: stepIdOf(item, from, lists),
    title: action.text,
    items: lists.items,
    areas: scoped.areas,
    general: item.areas === 'all',
    phases: scoped.phases,
    dimensions: lists.dimensions,
    tags: lists.tags,
    from,
    to: from + 1,
    effort: action.effort,
    cost: action.cost,
    ethics: item.ethics,
    ethicsQuestions: item.ethics ? ethicsQuestions : noEthicsQuestions,
    priority: p?.score ?? 0,
    phaseRank: firstPhase === undefined ? orders.phases.length : orders.phases.indexOf(firstPhase),
    value,
    quadrant: quadrantOf(value, action.effort),
    // Filled in by `schedule`.
    prerequisites: notYetScheduled,
    unmetPreconditions: [],
    deadlines: [],
    latestHorizon: null,
    plannedHorizon: 'backlog',
    rank: 0,
    // Filled in by `applyEdits`.
    horizon: 'backlog',
    moved: false,
    owner: '',
    note: '',
    conflicts: [],
  };
}

function draftFrom(
  { from, scoped, action, others }: Group,
  orders: Orders,
  priorities: ByItem<ItemPriority>,
): StepDraft {
  if (others === null) return singleDraft(from, scoped, action, orders, priorities);
  const sorted = [{ scoped, action }, ...others].sort((a, b) =>
    compareStrings(a.scoped.item.id, b.scoped.item.id),
  );
  const lead = sorted[0] as Member;
  let effort: Effort = lead.action.effort;
  let costMin = 0;
  let costMax = 0;
  let priority = 0;
  let value = 0;
  let ethics = false;
  let general = false;
  const areas = new Set<string>();
  const phases = new Set<string>();
  const dimensions = new Set<string>();
  const tags = new Set<string>();
  for (const { scoped, action } of sorted) {
    effort = maxEffort(effort, action.effort);
    costMin = Math.max(costMin, action.cost.min);
    costMax = Math.max(costMax, action.cost.max);
    const p = priorities.get(scoped.item.id);
    priority = Math.max(priority, p?.score ?? 0);
    value = Math.max(value, p?.value ?? 0);
    ethics ||= scoped.item.ethics;
    general ||= scoped.item.areas === 'all';
    scoped.areas.forEach((a) => areas.add(a));
    scoped.phases.forEach((ph) => phases.add(ph));
    dimensions.add(scoped.item.dimension);
    scoped.item.tags.forEach((t) => tags.add(t));
  }
  const orderedPhases = inOrder(phases, orders.phases);
  return {
    kind: 'action',
    id: stepIdOf(lead.scoped.item, from),
    title: lead.action.text,
    items: sorted.map((m) => m.scoped.item.id),
    areas: inOrder(areas, orders.areas),
    general,
    phases: orderedPhases,
    dimensions: inOrder(dimensions, orders.dimensions),
    tags: uniqueSorted(tags),
    from,
    to: from + 1,
    effort,
    cost: { min: costMin, max: costMax },
    ethics,
    ethicsQuestions: ethics ? ethicsQuestions : noEthicsQuestions,
    priority,
    phaseRank:
      orderedPhases.length > 0 ? orders.phases.indexOf(orderedPhases[0] as string) : orders.phases.length,
    value,
    quadrant: quadrantOf(value, effort),
    // Filled in by `schedule`.
    prerequisites: notYetScheduled,
    unmetPreconditions: [],
    deadlines: [],
    latestHorizon: null,
    plannedHorizon: 'backlog',
    rank: 0,
    // Filled in by `applyEdits`.
    horizon: 'backlog',
    moved: false,
    owner: '',
    note: '',
    conflicts: [],
  };
}

interface Context {
  assessmentDate: string;
  scopedById: ByItem<ScopedItem>;
  knownIds: ReadonlySet<string>;
  scores: ByItem<ItemScore>;
  /** Step index + 1 (0: none) by slot: the item's position in the questionnaire × maxLevel + transition start. */
  stepOf: Int32Array;
  steps: StepDraft[];
  edges: Array<[number, number]>;
  issues: RoadmapIssue[];
}

/** The index of the step that lifts in-scope item `itemId` from level `from`, if any. */
function stepAt(ctx: Context, itemId: string, from: number): number | undefined {
  const at = ctx.scopedById.positionOf(itemId);
  if (at === undefined || !ctx.scopedById.has(itemId) || from < 0 || from >= maxLevel) return undefined;
  const slot = ctx.stepOf[at * maxLevel + from] as number;
  return slot === 0 ? undefined : slot - 1;
}

/** Chains an item's own steps: n → n+1 before n+1 → n+2. */
function addChain(ctx: Context, score: ItemScore, current: number, target: number): void {
  for (let from = current + 1; from < target; from++) {
    const before = stepAt(ctx, score.itemId, from - 1);
    const after = stepAt(ctx, score.itemId, from);
    if (before !== undefined && after !== undefined) ctx.edges.push([before, after]);
  }
}

/** Links the item's first step after the step that brings each prerequisite to its level, or records why it cannot. */
function addPrerequisites(ctx: Context, item: Item, firstStep: number): void {
  for (const prerequisite of item.prerequisites) {
    if (prerequisite.item === item.id) continue;
    const unmet = (reason: UnmetPrecondition['reason']): void => {
      ctx.steps[firstStep]?.unmetPreconditions.push({
        itemId: item.id,
        prerequisiteItemId: prerequisite.item,
        level: prerequisite.level,
        reason,
      });
    };
    if (!ctx.scopedById.has(prerequisite.item)) {
      unmet(ctx.knownIds.has(prerequisite.item) ? 'out-of-scope' : 'missing-item');
      continue;
    }
    const score = ctx.scores.get(prerequisite.item);
    const current = score?.current ?? null;
    if (current === null) unmet('unanswered');
    else if (current === 'unknown') unmet('unknown-level');
    else if (current === 'not-applicable') unmet('not-applicable');
    else if (current >= prerequisite.level) continue;
    else if ((score?.target ?? current) < prerequisite.level) unmet('not-targeted');
    else {
      const before = stepAt(ctx, prerequisite.item, prerequisite.level - 1);
      if (before !== undefined) ctx.edges.push([before, firstStep]);
    }
  }
}

/** Puts each deadline on the steps that lift the item up to the deadline's level. */
function addDeadlines(ctx: Context, item: Item, score: ItemScore): void {
  for (const deadline of item.deadlines ?? []) {
    const current = score.current;
    if (!isLevel(current)) {
      ctx.issues.push({
        kind: 'deadline-unknown-current',
        itemId: item.id,
        date: deadline.date,
        level: deadline.level,
        current,
      });
      continue;
    }
    if (current >= deadline.level) continue;
    const target = score.target ?? current;
    if (target < deadline.level) {
      ctx.issues.push({
        kind: 'deadline-beyond-target',
        itemId: item.id,
        date: deadline.date,
        level: deadline.level,
        target,
      });
    }
    const placement = deadlinePlacement(deadline.date, ctx.assessmentDate);
    const carried: StepDeadline = {
      itemId: item.id,
      date: deadline.date,
      level: deadline.level,
      reason: deadline.reason,
      latestHorizon: placement.latestHorizon,
      overdue: placement.overdue,
    };
    for (let from = current; from < Math.min(target, deadline.level); from++) {
      const index = stepAt(ctx, item.id, from);
      if (index !== undefined) ctx.steps[index]?.deadlines.push(carried);
    }
  }
}

/**
 * The steps that close every gap: one per item and transition, merged where the same action (same
 * Finnish text, same transition) closes several items' gaps; with their dependencies and deadlines.
 */
export function draftSteps(
  questionnaire: Questionnaire,
  assessmentDate: string,
  scope: ResolvedScope,
  scores: readonly ItemScore[],
  priorities: readonly ItemPriority[],
): DraftSet {
  // Maps filled by loops: `new Map(list.map((x) => [key, x]))` makes a pair array per entry.
  const positions = positionsOf(questionnaire.items);
  const size = questionnaire.items.length;
  const scoreById = new ByItem<ItemScore>(positions, size);
  for (const score of scores) scoreById.set(score.itemId, score);
  const priorityById = new ByItem<ItemPriority>(positions, size);
  for (const priority of priorities) priorityById.set(priority.itemId, priority);
  const scopedById = new ByItem<ScopedItem>(positions, size);
  for (const scoped of scope.items) scopedById.set(scoped.item.id, scoped);
  const issues: RoadmapIssue[] = [];
  const groups = groupActions(questionnaire, scope, scoreById, issues);

  const orders: Orders = {
    areas: questionnaire.areas.map((a) => a.id),
    phases: questionnaire.phases.map((p) => p.id),
    dimensions: questionnaire.dimensions.map((d) => d.id),
  };
  const steps: StepDraft[] = groups.map((group) => draftFrom(group, orders, priorityById));

  const stepOf = new Int32Array(questionnaire.items.length * maxLevel);
  steps.forEach((step, index) => {
    for (const itemId of step.items) {
      const at = scopedById.positionOf(itemId);
      if (at !== undefined) stepOf[at * maxLevel + step.from] = index + 1;
    }
  });

  const ctx: Context = {
    assessmentDate,
    scopedById,
    knownIds: idsOf(questionnaire.items),
    scores: scoreById,
    stepOf,
    steps,
    edges: [],
    issues,
  };
  for (const scoped of scope.items) {
    const score = scoreById.get(scoped.item.id);
    if (!score) continue;
    if (!isLevel(score.current)) {
      addDeadlines(ctx, scoped.item, score);
      continue;
    }
    const target = score.target ?? score.current;
    if (target > score.current) {
      addChain(ctx, score, score.current, target);
      const first = stepAt(ctx, scoped.item.id, score.current);
      if (first !== undefined) addPrerequisites(ctx, scoped.item, first);
    }
    addDeadlines(ctx, scoped.item, score);
  }
  return { steps, edges: ctx.edges, issues };
}
