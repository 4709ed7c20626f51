/** Swaps two entries through a variable: a destructuring swap builds an array each time. Mutates `items`. */
function swap<T>(items: T[], a: number, b: number): void {
  const held = items[a] as T;
  items[a] = items[b] as T;
  items[b] = held;
}

/** A binary min-heap ordered by `compare` (smallest first). Mutates itself only. */
export class Heap<T> {
  private readonly items: T[] = [];

  constructor(private readonly compare: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(value: T): void {
    const items = this.items;
    items.push(value);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(items[i] as T, items[parent] as T) >= 0) break;
      swap(items, i, parent);
      i = parent;
    }
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < items.length && this.compare(items[left] as T, items[smallest] as T) < 0) smallest = left;
      if (right < items.length && this.compare(items[right] as T, items[smallest] as T) < 0) smallest = right;
      if (smallest === i) break;
      swap(items, i, smallest);
      i = smallest;
    }
    return top;
  }

  /** Empties the heap and returns what it held, in no particular order. */
  drain(): T[] {
    return this.items.splice(0, this.items.length);
  }
}
