/**
 * Persistence of the library store: zustand `persist` writes through the storage adapter below to
 * IndexedDB (src/persistence). What it adds to a plain key-value save:
 *
 * - Each assessment is its own entry, written only when it changed, at most every `debounceMs`
 *   and at once when the page is hidden or closed (`pagehide`, `visibilitychange`).
 * - Writes carry the revision they were based on. A tab that finds another tab's newer revision
 *   does not overwrite it: the assessment is marked as a conflict and the user decides.
 * - Tabs tell each other about writes (BroadcastChannel); an idle tab takes the other's change.
 * - Blocked or full storage leaves the app working in memory with a notice; corrupt entries are
 *   set aside by the storage layer and the rest loads.
 *
 * The storage code (idb-keyval, the validator) is loaded with import() when persistence starts,
 * so it never weighs on the first load.
 */
import { create } from 'zustand';
import type { PersistStorage } from 'zustand/middleware';
import type { Assessment } from '../domain/assessment/schema';
import type { LibraryMessage, LibraryChannel } from '../persistence/broadcast';
import type { StorageFailure } from '../persistence/key-value';
import type { DeletedAssessment, LibraryDb, RecoveredCopy, SetAsideEntry } from '../persistence/library-db';
import type * as PersistEngine from './persist-engine';

/** The part of the library state that is stored; everything else (undo history, notices) is UI-only. */
export interface PersistedLibrary {
  assessments: Record<string, Assessment>;
}

/** Name of the persisted store (and of the tabs' channel). */
export const libraryStorageName = 'avoin-kunta-library';

/**
 * Version of the stored library layout. Each entry also carries its own file-format version, which
 * the storage layer migrates (src/domain/files/migrations.ts); this one covers the layout around
 * them. Raise it with a step in `migrateLibraryState`.
 */
export const libraryStateVersion = 1;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * zustand `migrate`: brings a stored library of an older layout version to the current one.
 * Version 1 is the first layout, so older versions can only be unknown ones: their assessments
 * are kept if they are where version 1 keeps them.
 */
export function migrateLibraryState(persisted: unknown, _version: number): PersistedLibrary {
  const assessments = isRecord(persisted) && isRecord(persisted.assessments) ? persisted.assessments : {};
  return { assessments: assessments as Record<string, Assessment> };
}

/**
 * zustand `merge`: the stored assessments, plus any created in this tab while they loaded (the
 * in-memory ones win: they are newer). UI-only state stays as it is.
 */
export function mergeLibraryState<S extends PersistedLibrary>(persisted: unknown, current: S): S {
  const stored = isRecord(persisted) && isRecord(persisted.assessments) ? persisted.assessments : {};
  return { ...current, assessments: { ...(stored as Record<string, Assessment>), ...current.assessments } };
}

/** A write that found another tab's newer revision (or its deletion) of the same assessment. */
export interface Conflict {
  id: string;
  kind: 'changed' | 'deleted';
}

export interface PersistenceState {
  /**
   * off: not started (unit tests); starting: loading the library; ready: every change is saved in
   * this browser; memory: the browser refused storage, work lives only in this tab.
   */
  mode: 'off' | 'starting' | 'ready' | 'memory';
  /** Changes waiting to be written or being written. */
  saving: boolean;
  /** Why the last write or the start failed; null once a write succeeds. */
  failure: StorageFailure | null;
  /** When this tab last wrote a change (ISO date-time), or null. */
  savedAt: string | null;
  /** Stored entries that could not be read and were set aside (kept). */
  setAside: SetAsideEntry[];
  /**
   * Deleted assessments that can still be restored ("recently deleted"), the most recently deleted
   * first: kept in storage for `trashRetentionDays`, or for this tab's session when storage is blocked.
   */
  deleted: DeletedAssessment[];
  /** Changes a closed page left unsaved that met a newer version, kept as copies (this start). */
  recovered: RecoveredCopy[];
  /** Assessments changed by another tab while this one had unsaved changes, by id. */
  conflicts: Record<string, Conflict>;
}

/** Persistence status for the save indicator and the storage notice (UI-only, never stored). */
/** The state before persistence starts and after it stops: nothing loaded, nothing pending. */
export function idlePersistence(): PersistenceState {
  return {
    mode: 'off',
    saving: false,
    failure: null,
    savedAt: null,
    setAside: [],
    deleted: [],
    recovered: [],
    conflicts: {},
  };
}

export const usePersistence = create<PersistenceState>()(idlePersistence);

export type SaveStatus = 'saved' | 'saving' | 'not-saved';

/** What the save indicator says. */
export function saveStatusOf(state: PersistenceState): SaveStatus {
  if (state.mode === 'memory' || state.failure !== null || Object.keys(state.conflicts).length > 0) {
    return 'not-saved';
  }
  return state.saving ? 'saving' : 'saved';
}

export function useSaveStatus(): SaveStatus {
  return usePersistence(saveStatusOf);
}

/** False while the stored library is loading: screens wait rather than say "not found". */
export function useLibraryReady(): boolean {
  return usePersistence((state) => state.mode !== 'starting');
}

/** How persistence reaches the library store (bound by store.ts, which imports this module). */
export interface LibraryBinding {
  getAssessments(): Record<string, Assessment>;
  /** Puts the stored version of an assessment into the store (null: removes it), outside undo history. */
  applyStored(id: string, assessment: Assessment | null): void;
  /** Adds `assessment` under a new id with `title`; returns the id. */
  addCopy(assessment: Assessment, title: string): string;
  rehydrate(): Promise<void>;
}

export interface PersistenceOptions {
  /** Opens the storage; the default is IndexedDB. Tests pass one over memory. */
  openDb?: () => Promise<LibraryDb>;
  /** Opens the channel to other tabs; the default is a BroadcastChannel. */
  openChannel?: (onMessage: (message: LibraryMessage) => void) => Promise<LibraryChannel>;
  /** Longest wait between a change and its write. */
  debounceMs?: number;
  /** Listen for pagehide / visibilitychange (default true). */
  listenToPage?: boolean;
}

/** How the user settles a conflict: take the other tab's version, keep theirs and save mine as a copy, or keep mine. */
export type ConflictChoice = { choice: 'theirs' } | { choice: 'copy'; title: string } | { choice: 'mine' };

type Engine = typeof PersistEngine;

let binding: LibraryBinding | null = null;
let engine: Engine | null = null;

/** The adapter zustand `persist` reads and writes through; the engine does the work once loaded. */
export const libraryStorage: PersistStorage<PersistedLibrary> = {
  async getItem() {
    const loaded = engine ?? (engine = await import('./persist-engine'));
    return loaded.getItem();
  },
  setItem(_name, value) {
    // before persistence starts (and in unit tests that never start it) nothing is written;
    // once started, the engine compares against what is stored and writes only what changed
    engine?.noteState(value.state.assessments);
  },
  removeItem() {
    // Clearing the whole library is never done implicitly; deletions go entry by entry.
  },
};

/** Called once by store.ts. */
export function bindLibraryStore(next: LibraryBinding): void {
  binding = next;
}

/**
 * Loads the stored library and saves every change from now on. Called once at start (main.tsx);
 * tests call it with an in-memory storage and end it with `stopPersistence`.
 */
export async function startPersistence(options: PersistenceOptions = {}): Promise<void> {
  if (!binding) throw new Error('startPersistence: the library store is not bound');
  usePersistence.setState({ mode: 'starting' });
  try {
    engine ??= await import('./persist-engine');
  } catch {
    // the engine's code could not load (offline before it was cached): work in memory
    usePersistence.setState({ mode: 'memory', failure: 'unavailable' });
    return;
  }
  await engine.start(binding, options);
}

/** Ends persistence (tests): pending changes are dropped, listeners removed. */
export function stopPersistence(): void {
  engine?.stop();
  usePersistence.setState(idlePersistence());
}

/** Writes every pending change now (also done on `pagehide` and when the page is hidden). */
export async function flushLibrary(): Promise<void> {
  await engine?.flushLibrary();
}

/** Settles a conflict on assessment `id` as the user chose. Nothing is discarded without the user choosing it. */
export async function resolveConflict(id: string, resolution: ConflictChoice): Promise<void> {
  await engine?.resolveConflict(id, resolution);
}

/** Offers a set-aside entry as a download, so the user can keep or repair it. */
export async function downloadSetAside(entry: SetAsideEntry): Promise<boolean> {
  return engine ? engine.downloadSetAside(entry) : false;
}

/** Deletes a set-aside entry for good (after the user downloaded it or chose to). */
export async function removeSetAside(entry: SetAsideEntry): Promise<void> {
  await engine?.removeSetAside(entry);
}

/**
 * Puts a deleted assessment back in the library: under its own id, or a new one when the library
 * has that id again (opened from a file since, say). Returns the id it is back under, or null
 * when it could not be restored (storage failed; the failure shows in the save indicator).
 */
export async function restoreDeleted(entry: DeletedAssessment): Promise<string | null> {
  return engine ? engine.restoreDeleted(entry) : null;
}

/** Deletes a deleted assessment for good (the user confirmed it). */
export async function deleteForever(entry: DeletedAssessment): Promise<void> {
  await engine?.deleteForever(entry);
}

/** The user has read the notice about recovered copies. */
export function dismissRecovered(): void {
  usePersistence.setState({ recovered: [] });
}

/** Resolves once the stored library has loaded (at once when persistence is not running). */
export function whenLibraryReady(): Promise<void> {
  if (usePersistence.getState().mode !== 'starting') return Promise.resolve();
  return new Promise((resolve) => {
    const unsubscribe = usePersistence.subscribe((state) => {
      if (state.mode !== 'starting') {
        unsubscribe();
        resolve();
      }
    });
  });
}
