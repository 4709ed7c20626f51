// An in-memory KeyValueStore with the semantics of the IndexedDB one (values are copied in and
// out, each transact() is atomic), plus switches that make it fail the way browsers do.
import type { Decision, JournalingKeyValueStore } from '../../../src/persistence/key-value';
import { StorageError, classifyStorageError } from '../../../src/persistence/key-value';

export interface MemoryStorage extends JournalingKeyValueStore {
  data: Map<string, unknown>;
  /** When set, every call fails with this DOMException name (e.g. 'QuotaExceededError'). */
  failWith: string | null;
  /** When set, only writes fail (reads still work): a full disk. */
  failWritesWith: string | null;
  /** Number of writes that reached the data. */
  writes: number;
}

function fail(name: string): never {
  const error = new DOMException(`simulated ${name}`, name);
  throw new StorageError(classifyStorageError(error), { cause: error });
}

export function memoryStorage(initial: Record<string, unknown> = {}): MemoryStorage {
  const data = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  const store: MemoryStorage = {
    data,
    failWith: null,
    failWritesWith: null,
    writes: 0,
    async entries() {
      if (store.failWith) fail(store.failWith);
      return [...data].map(([key, value]) => [key, structuredClone(value)] as [string, unknown]);
    },
    async get(key) {
      if (store.failWith) fail(store.failWith);
      return structuredClone(data.get(key));
    },
    async transact(key, decide: (current: unknown) => Decision, alsoRemove: readonly string[] = []) {
      if (store.failWith) fail(store.failWith);
      const decision = decide(structuredClone(data.get(key)));
      if ('keep' in decision) return;
      if (store.failWritesWith) fail(store.failWritesWith);
      store.writes += 1;
      if ('put' in decision) data.set(key, structuredClone(decision.put));
      else data.delete(key);
      for (const other of alsoRemove) data.delete(other);
      for (const [other, value] of decision.also ?? []) data.set(other, structuredClone(value));
    },
    async putNow(entries) {
      if (store.failWith) fail(store.failWith);
      if (store.failWritesWith) fail(store.failWritesWith);
      store.writes += 1;
      for (const [key, value] of entries) data.set(key, structuredClone(value));
    },
    async move(from, to, wrap) {
      if (store.failWith) fail(store.failWith);
      if (store.failWritesWith) fail(store.failWritesWith);
      if (!data.has(from)) return;
      store.writes += 1;
      data.set(to, structuredClone(wrap(data.get(from))));
      data.delete(from);
    },
    async remove(key) {
      if (store.failWith) fail(store.failWith);
      if (store.failWritesWith) fail(store.failWritesWith);
      store.writes += 1;
      data.delete(key);
    },
  };
  return store;
}
