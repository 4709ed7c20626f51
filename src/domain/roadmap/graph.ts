/**
 * Dependency graph of roadmap steps: nodes are step indexes, an edge u → v means "u before v".
 */
export interface StepGraph {
  /** succs[u]: nodes that must not come before u. */
  succs: number[][];
  /** preds[v]: nodes v waits for. */
  preds: number[][];
}

/** A graph of `size` nodes from a list of edges; duplicate edges and self-loops are dropped. */
export function buildGraph(size: number, edges: Iterable<readonly [number, number]>): StepGraph {
  const seen = new Set<number>();
  const succs: number[][] = Array.from({ length: size }, () => []);
  const preds: number[][] = Array.from({ length: size }, () => []);
  for (const [from, to] of edges) {
    if (from === to) continue;
    const key = from * size + to;
    if (seen.has(key)) continue;
    seen.add(key);
    succs[from]?.push(to);
    preds[to]?.push(from);
  }
  return { succs, preds };
}

/** Strongly connected components with more than one node (the cycles), by Tarjan's algorithm, iteratively. */
export function cycles(graph: StepGraph): number[][] {
  const size = graph.succs.length;
  const index = new Array<number>(size).fill(-1);
  const low = new Array<number>(size).fill(0);
  const onStack = new Array<boolean>(size).fill(false);
  const stack: number[] = [];
  const result: number[][] = [];
  let counter = 0;

  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    // Each frame: node and the position of the next successor to visit.
    const frames: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1] as [number, number];
      const [node, next] = frame;
      const succs = graph.succs[node] ?? [];
      if (next < succs.length) {
        frame[1] = next + 1;
        const succ = succs[next] as number;
        if (index[succ] === -1) {
          index[succ] = low[succ] = counter++;
          stack.push(succ);
          onStack[succ] = true;
          frames.push([succ, 0]);
        } else if (onStack[succ]) {
          low[node] = Math.min(low[node] as number, index[succ] as number);
        }
        continue;
      }
      frames.pop();
      const parent = frames[frames.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[node] as number);
      if (low[node] === index[node]) {
        const component: number[] = [];
        let member: number;
        do {
          member = stack.pop() as number;
          onStack[member] = false;
          component.push(member);
        } while (member !== node);
        if (component.length > 1) result.push(component);
      }
    }
  }
  return result;
}

/**
 * Makes the graph acyclic: inside each cycle, edges that go against `order` (a total order on
 * nodes) are removed. Returns the removed edges; mutates `graph`.
 */
export function breakCycles(
  graph: StepGraph,
  order: (a: number, b: number) => number,
): Array<[number, number]> {
  const removed: Array<[number, number]> = [];
  for (const component of cycles(graph)) {
    const members = new Set(component);
    for (const from of component) {
      const succs = graph.succs[from] ?? [];
      for (const to of [...succs]) {
        if (members.has(to) && order(from, to) > 0) {
          removed.push([from, to]);
          graph.succs[from] = (graph.succs[from] ?? []).filter((n) => n !== to);
          graph.preds[to] = (graph.preds[to] ?? []).filter((n) => n !== from);
        }
      }
    }
  }
  return removed.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/** A topological order of an acyclic graph (Kahn's algorithm; deterministic for the same graph). */
export function topologicalOrder(graph: StepGraph): number[] {
  const size = graph.succs.length;
  const inDegree = graph.preds.map((p) => p.length);
  const ready: number[] = [];
  for (let n = size - 1; n >= 0; n--) if (inDegree[n] === 0) ready.push(n);
  const order: number[] = [];
  while (ready.length > 0) {
    const node = ready.pop() as number;
    order.push(node);
    for (const succ of graph.succs[node] ?? []) {
      inDegree[succ] = (inDegree[succ] as number) - 1;
      if (inDegree[succ] === 0) ready.push(succ);
    }
  }
  return order;
}
