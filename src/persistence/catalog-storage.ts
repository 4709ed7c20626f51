/**
 * Where the imported offering catalog is kept: its own IndexedDB database (through the guarded
 * key-value store), so a catalog of a few hundred kilobytes never competes with the assessments
 * or with localStorage's small quota. Every call is guarded: blocked or full storage, and an
 * entry that is not what we wrote, are reported as values, never thrown.
 *
 * What comes back is untrusted (another version of the app, a hand-edited profile): the caller
 * validates the catalog again before using it.
 */
import {
  classifyStorageError,
  openIndexedDbStore,
  type KeyValueStore,
  type StorageFailure,
} from './key-value';

const databaseName = 'avoin-kunta-catalog';
const storeName = 'catalog';
const activeKey = 'active';
/** Layout of the stored record; raise it when the record's shape changes. */
const recordVersion = 1;

export interface StoredCatalog {
  /** The catalog file as validated at import (its own format version is inside). */
  catalog: unknown;
  /** When the user imported it, ISO date-time. */
  importedAt: string;
}

export type ReadStoredCatalogResult =
  | { status: 'none' }
  | { status: 'found'; stored: StoredCatalog }
  /** An entry exists but is not a record this app wrote. */
  | { status: 'corrupt' }
  | { status: 'failed'; failure: StorageFailure };

let store: KeyValueStore | undefined;

function catalogStore(): KeyValueStore {
  store ??= openIndexedDbStore(databaseName, storeName);
  return store;
}

/** Replaces the storage (tests use an in-memory store). */
export function setCatalogStoreForTests(replacement: KeyValueStore | undefined): void {
  store = replacement;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export async function readStoredCatalog(): Promise<ReadStoredCatalogResult> {
  let value: unknown;
  try {
    value = await catalogStore().get(activeKey);
  } catch (error) {
    return { status: 'failed', failure: classifyStorageError(error) };
  }
  if (value === undefined) return { status: 'none' };
  if (!isRecord(value) || value['version'] !== recordVersion || typeof value['importedAt'] !== 'string')
    return { status: 'corrupt' };
  return { status: 'found', stored: { catalog: value['catalog'], importedAt: value['importedAt'] } };
}

export async function writeStoredCatalog(
  stored: StoredCatalog,
): Promise<{ ok: true } | { ok: false; failure: StorageFailure }> {
  try {
    await catalogStore().transact(activeKey, () => ({ put: { version: recordVersion, ...stored } }));
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: classifyStorageError(error) };
  }
}

/** Forgets the imported catalog (the starter catalog becomes active again). */
export async function clearStoredCatalog(): Promise<{ ok: true } | { ok: false; failure: StorageFailure }> {
  try {
    await catalogStore().remove(activeKey);
    return { ok: true };
  } catch (error) {
    return { ok: false, failure: classifyStorageError(error) };
  }
}
