/**
 * The persistence engine behind src/state/persist.ts, loaded with import() when persistence
 * starts, so none of it (nor idb-keyval, nor the validator) weighs on the first load. Module
 * state: one engine per tab.
 */
import i18next from 'i18next';
import { loadFeatureMessages } from '../i18n';
import type { StorageValue } from 'zustand/middleware';
import type { Assessment } from '../domain/assessment/schema';
import { jsonEqual } from '../domain/library/equal';
import type { LibraryMessage, LibraryChannel } from '../persistence/broadcast';
import type { StorageFailure } from '../persistence/key-value';
import type { DeletedAssessment, LibraryDb, SetAsideEntry, UnsavedChange } from '../persistence/library-db';
import {
  libraryStateVersion,
  libraryStorageName,
  idlePersistence,
  usePersistence,
  type Conflict,
  type ConflictChoice,
  type LibraryBinding,
  type PersistedLibrary,
  type PersistenceOptions,
  type PersistenceState,
} from './persist';

function randomId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** This tab's id in stored entries and messages. */
const tab = randomId();

let binding: LibraryBinding | null = null;
let db: LibraryDb | null = null;
let channel: LibraryChannel | null = null;
let debounceMs = 250;
/** The last stored revision and content of each assessment, as this tab knows them. */
const known = new Map<string, { rev: number; stored: Assessment }>();
/** Changes not yet written: the latest content, or null for a deletion. */
const pending = new Map<string, Assessment | null>();
/** The content of an assessment deleted before its last changes were written: that is what is kept. */
const deletedContent = new Map<string, Assessment>();
/** Storage blocked: the assessments last seen, to keep the ones deleted for this session. */
let memorySeen: Record<string, Assessment> | null = null;
/** Key prefix of the deleted assessments kept in memory only (storage blocked). */
const memoryPrefix = 'memory:';
let timer: ReturnType<typeof setTimeout> | null = null;
let flushing: Promise<void> | null = null;
let writingId: string | null = null;
/** The change being written now (gone from `pending` until it lands). */
let writingValue: Assessment | null = null;
let storedVersion: number | null = null;
let hydration: Promise<void> = Promise.resolve();
let finishHydration: () => void = () => undefined;
let removePageListeners: () => void = () => undefined;

function setStatus(patch: Partial<PersistenceState>): void {
  const state = usePersistence.getState();
  const changed = (Object.keys(patch) as Array<keyof PersistenceState>).some(
    (key) => state[key] !== patch[key],
  );
  if (changed) usePersistence.setState(patch);
}

function updateSaving(): void {
  const conflicts = usePersistence.getState().conflicts;
  const waiting = [...pending.keys()].some((id) => !Object.hasOwn(conflicts, id));
  setStatus({ saving: waiting || flushing !== null });
}

function markConflict(id: string, kind: Conflict['kind']): void {
  const conflicts = usePersistence.getState().conflicts;
  if (Object.hasOwn(conflicts, id) && conflicts[id]!.kind === kind) return;
  usePersistence.setState({ conflicts: { ...conflicts, [id]: { id, kind } } });
}

function clearConflict(id: string): void {
  const conflicts = usePersistence.getState().conflicts;
  if (!Object.hasOwn(conflicts, id)) return;
  const { [id]: _resolved, ...rest } = conflicts;
  usePersistence.setState({ conflicts: rest });
}

/** The failure kind of any error, loading the classifier only when there is an error. */
async function failureOf(error: unknown): Promise<StorageFailure> {
  try {
    const { classifyStorageError } = await import('../persistence/key-value');
    return classifyStorageError(error);
  } catch {
    return 'unknown';
  }
}

function schedule(delay = debounceMs): void {
  if (timer !== null) return; // a write is already due: changes join it (at most `debounceMs` late)
  timer = setTimeout(() => {
    timer = null;
    void flushLibrary();
  }, delay);
}

function addDeleted(entry: DeletedAssessment): void {
  const deleted = usePersistence.getState().deleted.filter((candidate) => candidate.key !== entry.key);
  setStatus({ deleted: [entry, ...deleted] });
}

function dropDeleted(key: string): void {
  const deleted = usePersistence.getState().deleted;
  if (deleted.some((entry) => entry.key === key)) {
    setStatus({ deleted: deleted.filter((entry) => entry.key !== key) });
  }
}

/** The deleted assessment `assessment` is (an undo put it back as it was), if any. */
function deletedMatching(id: string, assessment: Assessment, memory: boolean): DeletedAssessment | undefined {
  return usePersistence
    .getState()
    .deleted.find(
      (entry) =>
        entry.id === id &&
        entry.key.startsWith(memoryPrefix) === memory &&
        (entry.assessment === assessment || jsonEqual(entry.assessment, assessment)),
    );
}

/**
 * Storage blocked: the library lives in this tab only, and so do its deleted assessments. One
 * that goes away is kept in the deleted list for the session; one put back (undo) leaves it.
 */
function noteMemoryState(assessments: Record<string, Assessment>): void {
  const seen = memorySeen;
  memorySeen = assessments;
  if (!seen || seen === assessments) return;
  const now = new Date().toISOString();
  for (const [id, assessment] of Object.entries(seen)) {
    if (!Object.hasOwn(assessments, id)) {
      addDeleted({ key: `${memoryPrefix}${id}:${now}`, id, deletedAt: now, rev: 0, assessment });
    }
  }
  for (const [id, assessment] of Object.entries(assessments)) {
    if (Object.hasOwn(seen, id)) continue;
    const match = deletedMatching(id, assessment, true);
    if (match) dropDeleted(match.key);
  }
}

/** Notes the store's state after a change: which assessments differ from what is stored. */
export function noteState(assessments: Record<string, Assessment>): void {
  const mode = usePersistence.getState().mode;
  if (mode === 'memory') noteMemoryState(assessments);
  if (mode === 'off' || mode === 'memory') return;
  for (const [id, assessment] of Object.entries(assessments)) {
    if (known.get(id)?.stored === assessment) pending.delete(id);
    else if (pending.get(id) !== assessment) pending.set(id, assessment);
    deletedContent.delete(id);
  }
  for (const id of known.keys()) {
    if (Object.hasOwn(assessments, id)) continue;
    const unsaved = pending.get(id);
    if (unsaved) deletedContent.set(id, unsaved);
    pending.set(id, null);
  }
  for (const [id, value] of pending) {
    // created and deleted again before it was ever written: nothing to do
    if (value === null && !known.has(id)) pending.delete(id);
    else if (value !== null && !Object.hasOwn(assessments, id)) pending.delete(id);
  }
  if (pending.size > 0) schedule();
  updateSaving();
}

/** Writes one change; true when it reached storage (false: a conflict, or nothing to do). */
async function writeOne(id: string, value: Assessment | null): Promise<boolean> {
  const base = known.get(id);
  if (value) {
    const trashed = base ? undefined : deletedMatching(id, value, false);
    if (trashed) {
      // put back as it was deleted (an undo): restored from the deleted ones in one step
      const outcome = await db!.restore(trashed.key, value, trashed.rev);
      if (outcome.ok) {
        known.set(id, { rev: outcome.rev, stored: value });
        dropDeleted(trashed.key);
        channel?.post({ kind: 'saved', id, rev: outcome.rev, tab });
        channel?.post({ kind: 'trash', id: trashed.key, rev: 0, tab });
        return true;
      }
      markConflict(id, 'changed');
      if (!pending.has(id)) pending.set(id, value);
      return false;
    }
    const outcome = await db!.save(value, base?.rev ?? null);
    if (outcome.ok) {
      known.set(id, { rev: outcome.rev, stored: value });
      channel?.post({ kind: 'saved', id, rev: outcome.rev, tab });
      return true;
    }
    markConflict(id, outcome.storedRev === null ? 'deleted' : 'changed');
    if (!pending.has(id)) pending.set(id, value);
    return false;
  }
  if (!base) return false;
  const outcome = await db!.remove(id, base.rev, deletedContent.get(id));
  if (outcome.ok) {
    known.delete(id);
    deletedContent.delete(id);
    if (outcome.deleted) addDeleted(outcome.deleted);
    channel?.post({ kind: 'deleted', id, rev: outcome.rev, tab });
    // put back (undo) while the deletion was being written: written again, as a restore
    const now = binding?.getAssessments();
    if (now && Object.hasOwn(now, id) && !pending.has(id)) pending.set(id, now[id]!);
    return true;
  }
  if (outcome.storedRev === null) {
    known.delete(id); // someone else deleted it already
    return true;
  }
  markConflict(id, 'changed');
  if (!pending.has(id)) pending.set(id, null);
  return false;
}

/**
 * Writes every pending change now. Called by the timer, on `pagehide` and when the page is
 * hidden; safe to call at any time (a flush in progress is followed by another if needed).
 */
export async function flushLibrary(): Promise<void> {
  if (timer !== null) {
    clearTimeout(timer);
    timer = null;
  }
  await hydration;
  if (!db) return;
  if (flushing) {
    await flushing;
    if (pending.size > 0) await flushLibrary();
    return;
  }
  flushing = (async () => {
    if (pending.size > 0 && storedVersion !== libraryStateVersion) {
      try {
        await db!.writeVersion(libraryStateVersion);
        storedVersion = libraryStateVersion;
      } catch {
        // retried with the next write
      }
    }
    for (const [id, value] of [...pending]) {
      if (Object.hasOwn(usePersistence.getState().conflicts, id)) continue;
      if (pending.get(id) !== value) continue;
      pending.delete(id);
      writingId = id;
      writingValue = value;
      try {
        const written = await writeOne(id, value);
        setStatus(written ? { failure: null, savedAt: new Date().toISOString() } : { failure: null });
      } catch (error) {
        if (!pending.has(id)) pending.set(id, value);
        setStatus({ failure: await failureOf(error) });
        break;
      } finally {
        writingId = null;
        writingValue = null;
      }
    }
  })();
  updateSaving();
  try {
    await flushing;
  } finally {
    flushing = null;
    const conflicts = usePersistence.getState().conflicts;
    const retry = [...pending.keys()].some((id) => !Object.hasOwn(conflicts, id));
    // after a failure, try again later rather than in a tight loop; a new change also retries
    if (retry) schedule(usePersistence.getState().failure ? 5000 : debounceMs);
    updateSaving();
  }
}

/** Reads the deleted assessments again (another tab changed them). */
async function refreshDeleted(): Promise<void> {
  if (!db) return;
  try {
    setStatus({ deleted: await db.listDeleted() });
  } catch {
    // storage trouble shows with the next write
  }
}

async function handleMessage(message: LibraryMessage): Promise<void> {
  if (message.tab === tab || !db || !binding) return;
  if (message.kind !== 'saved') void refreshDeleted();
  if (message.kind === 'trash') return;
  const { id } = message;
  const base = known.get(id);
  if (base && base.rev >= message.rev) return;
  if (pending.has(id) || writingId === id) {
    // this tab has unsaved changes to the same assessment: tell the user now, decide together
    markConflict(id, message.kind === 'deleted' ? 'deleted' : 'changed');
    return;
  }
  if (message.kind === 'deleted') {
    known.delete(id);
    binding.applyStored(id, null);
    return;
  }
  let loaded: Awaited<ReturnType<LibraryDb['read']>>;
  try {
    loaded = await db.read(id);
  } catch {
    return; // storage trouble shows with the next write
  }
  if (!loaded) return;
  if (pending.has(id) || writingId === id) {
    markConflict(id, 'changed');
    return;
  }
  known.set(id, { rev: loaded.rev, stored: loaded.assessment });
  binding.applyStored(id, loaded.assessment);
}

/**
 * The page is going away: every change not yet stored goes into the journal at once, without the
 * read a normal write starts with (the page may not live to see its result). The next load applies
 * it, or keeps it as a copy if another tab saved in between.
 */
function journalUnsaved(): void {
  if (!db) return;
  const changes: UnsavedChange[] = [...pending].map(([id, assessment]) => ({
    id,
    baseRev: known.get(id)?.rev ?? null,
    assessment,
  }));
  if (writingId !== null && !pending.has(writingId)) {
    changes.push({ id: writingId, baseRev: known.get(writingId)?.rev ?? null, assessment: writingValue });
  }
  if (changes.length === 0) return;
  db.journal(changes).catch(() => undefined); // nothing more can be done as the page goes away
}

/** zustand `persist` getItem: opens the storage and loads the library. */
export async function getItem(): Promise<StorageValue<PersistedLibrary> | null> {
  try {
    const open = currentOptions.openDb ?? openIndexedDb;
    const opened = await open();
    const loaded = await opened.load();
    db = opened;
    storedVersion = loaded.version;
    known.clear();
    const assessments: Record<string, Assessment> = {};
    for (const { assessment, rev } of loaded.assessments) {
      known.set(assessment.id, { rev, stored: assessment });
      Object.defineProperty(assessments, assessment.id, {
        value: assessment,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    setStatus({
      setAside: loaded.setAside,
      deleted: loaded.deleted,
      recovered: loaded.recovered,
      failure: null,
    });
    try {
      channel = await (currentOptions.openChannel ?? openBroadcastChannel)(
        (message) => void handleMessage(message),
      );
    } catch {
      channel = null;
    }
    return { state: { assessments }, version: loaded.version ?? libraryStateVersion };
  } catch (error) {
    db = null;
    setStatus({ failure: await failureOf(error) });
    return null;
  } finally {
    finishHydration();
  }
}

let currentOptions: PersistenceOptions = {};

async function openIndexedDb(): Promise<LibraryDb> {
  const [{ openIndexedDbStore }, { createLibraryDb }, { appInfo }] = await Promise.all([
    import('../persistence/key-value'),
    import('../persistence/library-db'),
    import('../persistence/app-info'),
  ]);
  return createLibraryDb(openIndexedDbStore('avoin-kunta', 'library'), {
    tab,
    app: appInfo,
    now: () => new Date().toISOString(),
    newId: () => crypto.randomUUID(),
    // only for the rare copy a closed page leaves behind; its messages load with the feature screens
    copyTitle: async (assessment) => {
      await loadFeatureMessages().catch(() => undefined);
      return i18next.t('library.storage.copyTitle', {
        name: assessment.title?.trim() || `${assessment.municipality.name.fi} ${assessment.date}`,
      });
    },
  });
}

async function openBroadcastChannel(onMessage: (message: LibraryMessage) => void): Promise<LibraryChannel> {
  const { openLibraryChannel } = await import('../persistence/broadcast');
  return openLibraryChannel(libraryStorageName, onMessage);
}

/**
 * Loads the stored library and saves every change from now on. Called once at start (main.tsx);
 * tests call it with an in-memory storage and stop it with `stopPersistence`.
 */
export async function start(next: LibraryBinding, options: PersistenceOptions): Promise<void> {
  binding = next;
  currentOptions = options;
  debounceMs = options.debounceMs ?? 250;
  hydration = new Promise<void>((resolve) => {
    finishHydration = resolve;
  });
  if (options.listenToPage !== false && typeof window !== 'undefined') {
    const onHide = () => {
      journalUnsaved();
      void flushLibrary();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flushLibrary();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    removePageListeners = () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }
  await next.rehydrate();
  finishHydration();
  setStatus({ mode: db ? 'ready' : 'memory' });
  // changes made while the library loaded (or by a migration) are written now
  noteState(next.getAssessments());
}

/** Ends persistence (tests): pending changes are dropped, listeners removed. */
export function stop(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
  removePageListeners();
  removePageListeners = () => undefined;
  channel?.close();
  channel = null;
  db = null;
  known.clear();
  pending.clear();
  deletedContent.clear();
  memorySeen = null;
  flushing = null;
  writingId = null;
  writingValue = null;
  storedVersion = null;
  currentOptions = {};
  usePersistence.setState(idlePersistence());
}

/** Settles a conflict on assessment `id` as the user chose. Nothing is discarded without the user choosing it. */
export async function resolveConflict(id: string, resolution: ConflictChoice): Promise<void> {
  if (!db || !binding) return;
  let theirs: Awaited<ReturnType<LibraryDb['read']>>;
  try {
    theirs = await db.read(id);
  } catch (error) {
    setStatus({ failure: await failureOf(error) });
    return;
  }
  const mine = Object.hasOwn(binding.getAssessments(), id) ? binding.getAssessments()[id] : undefined;
  if (theirs) known.set(id, { rev: theirs.rev, stored: theirs.assessment });
  else known.delete(id);
  pending.delete(id);
  clearConflict(id);
  if (resolution.choice === 'mine') {
    // written over the other version because the user said so, based on its revision
    if (mine) pending.set(id, mine);
    else if (theirs) pending.set(id, null);
    await flushLibrary();
    return;
  }
  if (resolution.choice === 'copy' && mine) binding.addCopy(mine, resolution.title);
  binding.applyStored(id, theirs ? theirs.assessment : null);
  updateSaving();
}

/** Offers a set-aside entry as a download, so the user can keep or repair it. */
export async function downloadSetAside(entry: SetAsideEntry): Promise<boolean> {
  if (!db) return false;
  try {
    const text = await db.readSetAside(entry.key);
    if (text === null) return false;
    const { downloadFile } = await import('../persistence/files');
    return downloadFile(`${entry.id || 'entry'}.set-aside.json`, text, 'application/json');
  } catch {
    return false;
  }
}

/** Deletes a set-aside entry for good (after the user downloaded it or chose to). */
export async function removeSetAside(entry: SetAsideEntry): Promise<void> {
  if (!db) return;
  try {
    await db.removeSetAside(entry.key);
  } catch (error) {
    setStatus({ failure: await failureOf(error) });
    return;
  }
  setStatus({
    setAside: usePersistence.getState().setAside.filter((candidate) => candidate.key !== entry.key),
  });
}

/**
 * Puts a deleted assessment back: under its own id, or a new one when the library has that id
 * again. In storage the entry comes back and leaves the deleted ones in one transaction. Returns
 * the id, or null when storage failed.
 */
export async function restoreDeleted(entry: DeletedAssessment): Promise<string | null> {
  await hydration;
  if (!binding) return null;
  const taken = (id: string) => Object.hasOwn(binding!.getAssessments(), id) || known.has(id);
  if (!db) {
    if (!usePersistence.getState().deleted.some((candidate) => candidate.key === entry.key)) return null;
    const id = taken(entry.id) ? randomId() : entry.id;
    dropDeleted(entry.key);
    binding.applyStored(id, id === entry.id ? entry.assessment : { ...entry.assessment, id });
    return id;
  }
  for (const id of taken(entry.id) ? [randomId()] : [entry.id, randomId()]) {
    const assessment = id === entry.id ? entry.assessment : { ...entry.assessment, id };
    let outcome: Awaited<ReturnType<LibraryDb['restore']>>;
    try {
      outcome = await db.restore(entry.key, assessment, id === entry.id ? entry.rev : 0);
    } catch (error) {
      setStatus({ failure: await failureOf(error) });
      return null;
    }
    // refused: another tab stored an assessment under this id meanwhile; the next id is a new one
    if (!outcome.ok) continue;
    known.set(id, { rev: outcome.rev, stored: assessment });
    dropDeleted(entry.key);
    binding.applyStored(id, assessment);
    channel?.post({ kind: 'saved', id, rev: outcome.rev, tab });
    channel?.post({ kind: 'trash', id: entry.key, rev: 0, tab });
    return id;
  }
  return null;
}

/** Deletes a deleted assessment for good (the user confirmed it). */
export async function deleteForever(entry: DeletedAssessment): Promise<void> {
  await hydration;
  if (db && !entry.key.startsWith(memoryPrefix)) {
    try {
      await db.removeDeleted(entry.key);
    } catch (error) {
      setStatus({ failure: await failureOf(error) });
      return;
    }
    channel?.post({ kind: 'trash', id: entry.key, rev: 0, tab });
  }
  dropDeleted(entry.key);
}
