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
export function buildGraph(size: number, edges: ReadonlyArray<readonly [number, number]>): StepGraph {
  // Count first, then fill lists made at their final size: most steps have no edge or one, and an
  // array grown by `push` reserves room for 17.
  const kept = new Uint8Array(edges.length);
  const outDegree = new Int32Array(size);
  const inDegree = new Int32Array(size);
  const seen = new Set<number>();
  edges.forEach(([from, to], e) => {
    if (from === to || from < 0 || to < 0 || from >= size || to >= size) return;
    const key = from * size + to;
    if (seen.has(key)) return;
    seen.add(key);
    kept[e] = 1;
    outDegree[from] = (outDegree[from] as number) + 1;
    inDegree[to] = (inDegree[to] as number) + 1;
  });
  const succs: number[][] = new Array<number[]>(size);
  const preds: number[][] = new Array<number[]>(size);
  for (let n = 0; n < size; n++) {
    succs[n] = new Array<number>(outDegree[n] as number);
    preds[n] = new Array<number>(inDegree[n] as number);
  }
  outDegree.fill(0);
  inDegree.fill(0);
  edges.forEach(([from, to], e) => {
    if (kept[e] === 0) return;
    const out = outDegree[from] as number;
    const into = inDegree[to] as number;
    (succs[from] as number[])[out] = to;
    (preds[to] as number[])[into] = from;
    outDegree[from] = out + 1;
    inDegree[to] = into + 1;
  });
  return { succs, preds };
}

/**
 * Strongly connected components with more than one node (the cycles), by Tarjan's algorithm,
 * iteratively. Typed arrays as stacks: the search visits every step of every roadmap, and a pair
 * array per visit, or an array per single-node component, adds up.
 */
export function cycles(graph: StepGraph): number[][] {
  const size = graph.succs.length;
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack = new Int32Array(size);
  let stackSize = 0;
  // The search path: each frame's node and the position of its next successor to visit.
  const frameNode = new Int32Array(size);
  const frameNext = new Int32Array(size);
  const result: number[][] = [];
  let counter = 0;

  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    frameNode[0] = root;
    frameNext[0] = 0;
    let depth = 1;
    index[root] = low[root] = counter++;
    stack[stackSize++] = root;
    onStack[root] = 1;
    while (depth > 0) {
      const node = frameNode[depth - 1] as number;
      const next = frameNext[depth - 1] as number;
      const succs = graph.succs[node] ?? [];
      if (next < succs.length) {
        frameNext[depth - 1] = next + 1;
        const succ = succs[next] as number;
        if (index[succ] === -1) {
          index[succ] = low[succ] = counter++;
          stack[stackSize++] = succ;
          onStack[succ] = 1;
          frameNode[depth] = succ;
          frameNext[depth] = 0;
          depth++;
        } else if (onStack[succ] === 1) {
          low[node] = Math.min(low[node] as number, index[succ] as number);
        }
        continue;
      }
      depth--;
      if (depth > 0) {
        const parent = frameNode[depth - 1] as number;
        low[parent] = Math.min(low[parent] as number, low[node] as number);
      }
      if (low[node] === index[node]) {
        // The component is the stack down to `node`, popped last-pushed first.
        let bottom = stackSize - 1;
        while (stack[bottom] !== node) bottom--;
        if (stackSize - bottom > 1) {
          const component: number[] = [];
          for (let at = stackSize - 1; at >= bottom; at--) component.push(stack[at] as number);
          result.push(component);
        }
        for (let at = bottom; at < stackSize; at++) onStack[stack[at] as number] = 0;
        stackSize = bottom;
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
