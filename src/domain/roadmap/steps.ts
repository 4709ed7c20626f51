import type { ResolvedScope, ScopedItem } from '../assessment/scope';
import { compareStrings, inOrder, uniqueSorted } from '../collections';
import type { Action, Effort, Item, Questionnaire } from '../questionnaire/schema';
import { maxEffort, quadrantOf, type ItemPriority } from '../priorities/priorities';
import { isLevel } from '../scoring/levels';
import type { ItemScore } from '../scoring/score';
import { ethicsQuestions } from './ethics';
import { deadlinePlacement } from './horizons';
import type { PlannedStep, RoadmapIssue, StepDeadline, UnmetPrecondition } from './types';

/**
 * A step before scheduling: a PlannedStep whose scheduling fields (`prerequisites`,
 * `latestHorizon`, `plannedHorizon`, `rank`) hold placeholders until `schedule` fills them in.
 */
export type StepDraft = PlannedStep;

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

/** Each item's tags, distinct and sorted, cached per item object. */
const sortedTags = new WeakMap<Item, string[]>();

function tagsOf(item: Item): string[] {
  let tags = sortedTags.get(item);
  if (tags === undefined) {
    tags = uniqueSorted(item.tags);
    sortedTags.set(item, tags);
  }
  return tags;
}

/** Step id for a transition of an item: "<item id>@<from>-<to>". */
export function stepId(itemId: string, from: number): string {
  return `${itemId}@${from}-${from + 1}`;
}

interface Group {
  from: number;
  members: Member[];
}

/** The transitions each in-scope item needs, grouped by identical action (text, then transition). */
function groupActions(
  scope: ResolvedScope,
  scores: ReadonlyMap<string, ItemScore>,
  issues: RoadmapIssue[],
): Group[] {
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
      const text = actionText(action);
      const byFrom = byText.get(text) ?? [];
      byText.set(text, byFrom);
      const group = byFrom[from];
      if (group) group.members.push({ scoped, action });
      else {
        const created = { from, members: [{ scoped, action }] };
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

/** A step of a single item: its own areas, phases and tags (the common case, kept cheap). */
function singleDraft(
  from: number,
  { scoped, action }: Member,
  orders: Orders,
  priorities: ReadonlyMap<string, ItemPriority>,
): StepDraft {
  const p = priorities.get(scoped.item.id);
  const value = p?.value ?? 0;
  const firstPhase = scoped.phases[0];
  return {
    kind: 'action',
    id: stepId(scoped.item.id, from),
    title: action.text,
    items: [scoped.item.id],
    areas: [...scoped.areas],
    phases: [...scoped.phases],
    dimensions: [scoped.item.dimension],
    tags: [...tagsOf(scoped.item)],
    from,
    to: from + 1,
    effort: action.effort,
    cost: { min: action.cost.min, max: action.cost.max },
    ethics: scoped.item.ethics,
    ethicsQuestions: scoped.item.ethics ? ethicsQuestions : [],
    priority: p?.score ?? 0,
    value,
    quadrant: quadrantOf(value, action.effort),
    unmetPreconditions: [],
    deadlines: [],
    phaseRank: firstPhase === undefined ? orders.phases.length : orders.phases.indexOf(firstPhase),
    // Filled in by `schedule`.
    prerequisites: [],
    latestHorizon: null,
    plannedHorizon: 'backlog',
    rank: 0,
  };
}

function draftFrom(
  from: number,
  members: Member[],
  orders: Orders,
  priorities: ReadonlyMap<string, ItemPriority>,
): StepDraft {
  if (members.length === 1) return singleDraft(from, members[0] as Member, orders, priorities);
  const sorted = [...members].sort((a, b) => compareStrings(a.scoped.item.id, b.scoped.item.id));
  const first = sorted[0] as Member;
  let effort: Effort = first.action.effort;
  let costMin = 0;
  let costMax = 0;
  let priority = 0;
  let value = 0;
  let ethics = false;
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
    scoped.areas.forEach((a) => areas.add(a));
    scoped.phases.forEach((ph) => phases.add(ph));
    dimensions.add(scoped.item.dimension);
    scoped.item.tags.forEach((t) => tags.add(t));
  }
  const orderedPhases = inOrder(phases, orders.phases);
  return {
    kind: 'action',
    id: stepId(first.scoped.item.id, from),
    title: first.action.text,
    items: sorted.map((m) => m.scoped.item.id),
    areas: inOrder(areas, orders.areas),
    phases: orderedPhases,
    dimensions: inOrder(dimensions, orders.dimensions),
    tags: uniqueSorted(tags),
    from,
    to: from + 1,
    effort,
    cost: { min: costMin, max: costMax },
    ethics,
    ethicsQuestions: ethics ? ethicsQuestions : [],
    priority,
    value,
    quadrant: quadrantOf(value, effort),
    unmetPreconditions: [],
    deadlines: [],
    phaseRank:
      orderedPhases.length > 0 ? orders.phases.indexOf(orderedPhases[0] as string) : orders.phases.length,
    // Filled in by `schedule`.
    prerequisites: [],
    latestHorizon: null,
    plannedHorizon: 'backlog',
    rank: 0,
  };
}

interface Context {
  assessmentDate: string;
  scopedById: ReadonlyMap<string, ScopedItem>;
  knownIds: ReadonlySet<string>;
  scores: ReadonlyMap<string, ItemScore>;
  /** Step index by item id and transition start. */
  stepOf: ReadonlyMap<string, number[]>;
  steps: StepDraft[];
  edges: Array<[number, number]>;
  issues: RoadmapIssue[];
}

/** Chains an item's own steps: n → n+1 before n+1 → n+2. */
function addChain(ctx: Context, score: ItemScore, current: number, target: number): void {
  for (let from = current + 1; from < target; from++) {
    const before = ctx.stepOf.get(score.itemId)?.[from - 1];
    const after = ctx.stepOf.get(score.itemId)?.[from];
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
      const before = ctx.stepOf.get(prerequisite.item)?.[prerequisite.level - 1];
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
      const index = ctx.stepOf.get(item.id)?.[from];
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
  const scoreById = new Map(scores.map((s) => [s.itemId, s]));
  const priorityById = new Map(priorities.map((p) => [p.itemId, p]));
  const issues: RoadmapIssue[] = [];
  const groups = groupActions(scope, scoreById, issues);

  const steps: StepDraft[] = [];
  const orders: Orders = {
    areas: questionnaire.areas.map((a) => a.id),
    phases: questionnaire.phases.map((p) => p.id),
    dimensions: questionnaire.dimensions.map((d) => d.id),
  };
  for (const { from, members } of groups) steps.push(draftFrom(from, members, orders, priorityById));

  const stepOf = new Map<string, number[]>();
  steps.forEach((step, index) => {
    for (const itemId of step.items) {
      const byFrom = stepOf.get(itemId) ?? [];
      byFrom[step.from] = index;
      stepOf.set(itemId, byFrom);
    }
  });

  const ctx: Context = {
    assessmentDate,
    scopedById: new Map(scope.items.map((s) => [s.item.id, s])),
    knownIds: new Set(questionnaire.items.map((i) => i.id)),
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
      const first = stepOf.get(scoped.item.id)?.[score.current];
      if (first !== undefined) addPrerequisites(ctx, scoped.item, first);
    }
    addDeadlines(ctx, scoped.item, score);
  }
  return { steps, edges: ctx.edges, issues };
}
