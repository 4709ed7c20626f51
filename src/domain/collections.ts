/**
 * Small helpers for plain records and deterministic ordering, shared by the engine.
 * Records come from files other people made: look keys up as own properties only, so an id such
 * as "constructor" never reaches Object.prototype.
 */

/** The value stored under `key`, or undefined; never an inherited property. */
export function getOwn<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** Locale-independent string order (UTF-16 code units): the same on every machine and browser. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Order for names shown to people: case-insensitive first, then exact, so ties stay stable. */
export function compareNames(a: string, b: string): number {
  return compareStrings(a.toLowerCase(), b.toLowerCase()) || compareStrings(a, b);
}

/** The members of `values` in the order they have in `order`; values missing from `order` are dropped. */
export function inOrder(values: Iterable<string>, order: readonly string[]): string[] {
  const wanted = new Set(values);
  return order.filter((id) => wanted.has(id));
}

/** Distinct values, sorted by `compareStrings`. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

/** Stores `value` under `key` as an own, enumerable property, even for the key "__proto__". Mutates `record`. */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  // Plain assignment keeps the object fast; only "__proto__" would reach the prototype instead.
  if (key === '__proto__')
    Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  else record[key] = value;
}

interface WithId {
  id: string;
}

const idSets = new WeakMap<readonly WithId[], ReadonlySet<string>>();
const idMaps = new WeakMap<readonly WithId[], ReadonlyMap<string, WithId>>();
const idPositions = new WeakMap<readonly WithId[], ReadonlyMap<string, number>>();

/**
 * The ids of `list` as a set, built once per array and kept while the array lives: the engine
 * never changes its inputs (a questionnaire's items) in place, and evaluates them again and again.
 */
export function idsOf(list: readonly WithId[]): ReadonlySet<string> {
  let ids = idSets.get(list);
  if (ids === undefined) {
    const built = new Set<string>();
    for (const entry of list) built.add(entry.id);
    ids = built;
    idSets.set(list, ids);
  }
  return ids;
}

/** The entries of `list` by id (the last of equal ids), built once per array like `idsOf`. */
export function byIdOf<T extends WithId>(list: readonly T[]): ReadonlyMap<string, T> {
  let map = idMaps.get(list);
  if (map === undefined) {
    const built = new Map<string, T>();
    for (const entry of list) built.set(entry.id, entry);
    map = built;
    idMaps.set(list, map);
  }
  return map as ReadonlyMap<string, T>;
}

/** Each entry's position in `list` by id (the last of equal ids), built once per array like `idsOf`. */
export function positionsOf(list: readonly WithId[]): ReadonlyMap<string, number> {
  let map = idPositions.get(list);
  if (map === undefined) {
    const built = new Map<string, number>();
    list.forEach((entry, i) => built.set(entry.id, i));
    map = built;
    idPositions.set(list, map);
  }
  return map;
}
