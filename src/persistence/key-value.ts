/**
 * Guarded key-value storage over IndexedDB (through idb-keyval). IndexedDB rather than
 * localStorage because an assessment with notes and evidence runs to hundreds of kilobytes and a
 * library holds many: localStorage gives about 5 MB per origin, synchronously, as strings;
 * IndexedDB gives a share of the disk, asynchronously, and stores objects as they are.
 *
 * Every call is guarded: a blocked IndexedDB (private windows, enterprise policy), a full quota
 * or a closed connection rejects with a StorageError that names the failure, and never throws
 * synchronously into the caller.
 */
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';

/** Why storage failed: the notice and the save indicator word each one differently. */
export type StorageFailure = 'unavailable' | 'quota' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly failure: StorageFailure,
    options?: { cause?: unknown },
  ) {
    super(`storage ${failure}`, options);
    this.name = 'StorageError';
  }
}

/** The failure behind an error thrown by IndexedDB (DOMException names per the spec). */
export function classifyStorageError(error: unknown): StorageFailure {
  if (error instanceof StorageError) return error.failure;
  const name =
    error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
      ? String((error as { name: unknown }).name)
      : '';
  if (name === 'QuotaExceededError') return 'quota';
  if (
    [
      'SecurityError',
      'InvalidStateError',
      'NotFoundError',
      'UnknownError',
      'VersionError',
      'AbortError',
    ].includes(name)
  )
    return 'unavailable';
  if (error instanceof TypeError || error instanceof ReferenceError) return 'unavailable';
  return 'unknown';
}

/**
 * What a read-modify-write decides after seeing the stored value. A write may carry `also`: other
 * keys and values written in the same transaction (moving an entry to another key, say).
 */
export type Decision =
  | { put: unknown; also?: ReadonlyArray<readonly [string, unknown]> }
  | { remove: true; also?: ReadonlyArray<readonly [string, unknown]> }
  | { keep: true };

/** The storage operations the library needs; the IndexedDB one below, and an in-memory one in tests. */
export interface KeyValueStore {
  /** Every key and value. */
  entries(): Promise<Array<[string, unknown]>>;
  get(key: string): Promise<unknown>;
  /**
   * Reads `key` and writes what `decide` returns, in one transaction: no other tab can write
   * between. When it writes, the keys in `alsoRemove` are deleted in the same transaction.
   */
  transact(
    key: string,
    decide: (current: unknown) => Decision,
    alsoRemove?: readonly string[],
  ): Promise<void>;
  /** Copies `from` to `to` and deletes `from`, in one transaction (nothing is lost if it fails). */
  move(from: string, to: string, wrap: (value: unknown) => unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Commits now instead of when the event loop comes back: a page that is being unloaded may
 * never come back, and an explicit commit still reaches the disk.
 */
function commit(transaction: IDBTransaction): void {
  try {
    transaction.commit?.();
  } catch {
    // already committing, or a browser without commit(): it auto-commits as before
  }
}

/** A store that can also write in the last moment of a page (the assessment library needs it). */
export interface JournalingKeyValueStore extends KeyValueStore {
  /**
   * Writes every pair without reading first, in one transaction committed at once. For the moment
   * the page goes away (`pagehide`): the requests leave before the page does.
   */
  putNow(entries: ReadonlyArray<readonly [string, unknown]>): Promise<void>;
}

async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw new StorageError(classifyStorageError(error), { cause: error });
  }
}

/**
 * A store in IndexedDB database `dbName`. Opening is lazy and guarded: accessing `indexedDB` can
 * itself throw (a sandboxed frame, a blocked profile), which surfaces on the first call.
 */
export function openIndexedDbStore(dbName: string, storeName: string): JournalingKeyValueStore {
  let store: UseStore | undefined;
  const use: UseStore = (mode, callback) => {
    store ??= createStore(dbName, storeName);
    return store(mode, callback);
  };
  return {
    entries: () =>
      guarded(() =>
        use('readonly', async (objectStore) => {
          const [keys, values] = await Promise.all([
            promisifyRequest(objectStore.getAllKeys()),
            promisifyRequest(objectStore.getAll()),
          ]);
          return keys.map((key, index): [string, unknown] => [String(key), values[index]]);
        }),
      ),
    get: (key) => guarded(() => use('readonly', (objectStore) => promisifyRequest(objectStore.get(key)))),
    transact: (key, decide, alsoRemove = []) =>
      guarded(() =>
        use('readwrite', (objectStore) => {
          // The decision happens inside the transaction's success callback, so the transaction
          // stays open and the read and the write are one atomic step.
          return new Promise<void>((resolve, reject) => {
            const request = objectStore.get(key);
            request.onsuccess = () => {
              try {
                const decision = decide(request.result);
                if ('put' in decision) objectStore.put(decision.put, key);
                else if ('remove' in decision) objectStore.delete(key);
                if (!('keep' in decision)) {
                  for (const other of alsoRemove) objectStore.delete(other);
                  for (const [other, value] of decision.also ?? []) objectStore.put(value, other);
                }
                commit(objectStore.transaction);
              } catch (error) {
                objectStore.transaction.abort();
                reject(error instanceof Error ? error : new Error(String(error)));
                return;
              }
              promisifyRequest(objectStore.transaction).then(() => resolve(), reject);
            };
            request.onerror = () => reject(request.error);
          });
        }),
      ),
    putNow: (entries) =>
      guarded(() =>
        use('readwrite', (objectStore) => {
          for (const [key, value] of entries) objectStore.put(value, key);
          commit(objectStore.transaction);
          return promisifyRequest(objectStore.transaction).then(() => undefined);
        }),
      ),
    move: (from, to, wrap) =>
      guarded(() =>
        use('readwrite', (objectStore) => {
          return new Promise<void>((resolve, reject) => {
            const request = objectStore.get(from);
            request.onsuccess = () => {
              if (request.result !== undefined) {
                objectStore.put(wrap(request.result), to);
                objectStore.delete(from);
              }
              promisifyRequest(objectStore.transaction).then(() => resolve(), reject);
            };
            request.onerror = () => reject(request.error);
          });
        }),
      ),
    remove: (key) =>
      guarded(() =>
        use('readwrite', (objectStore) => {
          objectStore.delete(key);
          return promisifyRequest(objectStore.transaction).then(() => undefined);
        }),
      ),
  };
}
