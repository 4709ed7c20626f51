import type { HorizonId, Settings } from '../assessment/schema';
import { compareStrings } from '../collections';
import { breakCycles, buildGraph, topologicalOrder, type StepGraph } from './graph';
import { Heap } from './heap';
import { earlierHorizon, horizonIds, placementIndex, type Placement } from './horizons';
import type { DraftSet, StepDraft } from './steps';
import type { RoadmapIssue } from './types';

/**
 * Order of preference among steps ready at the same time: priority, then phase, then id. Returns
 * -1, 0 or 1, never a difference of priorities: those are fractions, and a fraction returned
 * through the heap's comparator is boxed on every comparison.
 */
function preference(a: StepDraft, b: StepDraft): number {
  const byPriority = b.priority - a.priority;
  if (byPriority > 0) return 1;
  if (byPriority < 0) return -1;
  return a.phaseRank - b.phaseRank || compareStrings(a.id, b.id);
}

/** The latest horizon each step may take: its own deadlines, pulled forward by those of its dependants. */
function latestHorizons(steps: readonly StepDraft[], graph: StepGraph): Array<HorizonId | null> {
  const latest = steps.map((step) => {
    let earliest: HorizonId | null = null;
    for (const deadline of step.deadlines) earliest = earlierHorizon(earliest, deadline.latestHorizon);
    return earliest;
  });
  const order = topologicalOrder(graph);
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as number;
    for (const pred of graph.preds[node] ?? [])
      latest[pred] = earlierHorizon(latest[pred] ?? null, latest[node] ?? null);
  }
  return latest;
}

/**
 * Places steps horizon by horizon. In each horizon the ready steps (all prerequisites placed) are
 * taken in order: steps whose deadline requires this horizon first, then by `preference`. A step
 * placed may free its dependants within the same horizon. When the horizon is full only
 * deadline-bound steps still enter (the overflow is reported); the rest wait for the next horizon,
 * and what does not fit in Later goes to the backlog.
 */
function place(
  steps: readonly StepDraft[],
  graph: StepGraph,
  latest: ReadonlyArray<HorizonId | null>,
  capacity: Settings['capacity'],
): { placement: Placement[]; order: number[] } {
  const placement: Placement[] = steps.map(() => 'backlog');
  const order: number[] = [];
  const waiting = graph.preds.map((p) => p.length);
  let ready: number[] = [];
  steps.forEach((_, index) => {
    if (waiting[index] === 0) ready.push(index);
  });

  for (const horizon of horizonIds) {
    const h = placementIndex(horizon);
    const due = (n: number): boolean => {
      const l = latest[n] ?? null;
      return l !== null && placementIndex(l) <= h;
    };
    const heap = new Heap<number>((a, b) => {
      const dueA = due(a);
      return dueA !== due(b) ? (dueA ? -1 : 1) : preference(steps[a] as StepDraft, steps[b] as StepDraft);
    });
    ready.forEach((n) => heap.push(n));
    let placed = 0;
    while (heap.size > 0) {
      const next = heap.pop() as number;
      if (placed >= capacity[horizon] && !due(next)) {
        heap.push(next);
        break;
      }
      placement[next] = horizon;
      order.push(next);
      placed++;
      for (const succ of graph.succs[next] ?? []) {
        waiting[succ] = (waiting[succ] as number) - 1;
        if (waiting[succ] === 0) heap.push(succ);
      }
    }
    ready = heap.drain();
  }
  // The backlog keeps dependency order too: ready steps by preference, then what they free.
  const backlog = new Heap<number>((a, b) => preference(steps[a] as StepDraft, steps[b] as StepDraft));
  ready.forEach((n) => backlog.push(n));
  while (backlog.size > 0) {
    const next = backlog.pop() as number;
    order.push(next);
    for (const succ of graph.succs[next] ?? []) {
      waiting[succ] = (waiting[succ] as number) - 1;
      if (waiting[succ] === 0) backlog.push(succ);
    }
  }
  return { placement, order };
}

export interface Schedule {
  /** In computed order: horizon by horizon, dependencies before dependants. */
  steps: StepDraft[];
  issues: RoadmapIssue[];
}

/**
 * Schedules drafted steps into Now / Next / Later under the capacities. Deterministic. Fills in
 * the drafts' scheduling fields (mutates `drafts.steps`, which `draftSteps` made for this call).
 */
export function schedule(drafts: DraftSet, capacity: Settings['capacity']): Schedule {
  const { steps } = drafts;
  const graph = buildGraph(steps.length, drafts.edges);
  const issues: RoadmapIssue[] = [];
  // Inside a cycle (possible when merged steps or data tie items both ways), keep the edges that
  // agree with the preference order, drop the others, and say so.
  const removed = breakCycles(graph, (a, b) => preference(steps[a] as StepDraft, steps[b] as StepDraft));
  if (removed.length > 0) {
    const ids = (n: number): string => (steps[n] as StepDraft).id;
    const involved = new Set(removed.flat());
    issues.push({
      kind: 'cycle',
      stepIds: [...involved].map(ids).sort(compareStrings),
      removed: removed
        .map(([from, to]) => ({ from: ids(from), to: ids(to) }))
        .sort((a, b) => compareStrings(a.from, b.from) || compareStrings(a.to, b.to)),
    });
  }
  const latest = latestHorizons(steps, graph);
  const { placement, order } = place(steps, graph, latest, capacity);

  // The drafts are this roadmap's own objects: fill in their scheduling fields rather than copy them.
  const planned = order.map((index, rank): StepDraft => {
    const step = steps[index] as StepDraft;
    // A loop, not `.map((p) => …)`: that would make a closure for every step.
    const preds = graph.preds[index] ?? [];
    const prerequisites = new Array<string>(preds.length);
    for (let i = 0; i < preds.length; i++) prerequisites[i] = (steps[preds[i] as number] as StepDraft).id;
    step.prerequisites = prerequisites.sort(compareStrings);
    step.latestHorizon = latest[index] ?? null;
    step.plannedHorizon = placement[index] ?? 'backlog';
    step.rank = rank;
    return step;
  });
  return { steps: planned, issues };
}
