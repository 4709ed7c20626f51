/**
 * The library of assessments in browser storage. Each assessment is one entry, stored as the same
 * file envelope an export writes (so one migration chain and one validator serve both), with a
 * revision number that lets two tabs notice each other's writes:
 *
 *   assessment:<id>          { rev, tab, savedAt, file }                 one per assessment
 *   journal:<id>:<tab>       { baseRev, tab, savedAt, file | null }      a change written as the page went away
 *   set-aside:<id>:<time>    { setAsideAt, problem, original }           an entry that failed to load
 *   deleted:<id>:<time>      { id, deletedAt, rev, tab, file }           a deleted assessment (recently deleted)
 *   library                  { version }                                 the layout version
 *
 * A write names the revision it was based on and is refused when the stored one has moved on
 * (another tab saved in between): never a silent overwrite. An entry that does not validate is
 * moved aside, kept as it was, and the rest of the library loads.
 *
 * The journal exists because a page that is closing or reloading cannot wait for a read before
 * its write. At `pagehide` the unsaved changes are written blind into the journal, and the next
 * load applies each one if its entry has not moved on since, or else keeps it as a separate copy.
 *
 * Deleting never destroys: the entry moves, in the same transaction, to `deleted:` with the moment
 * of deletion, and can be restored from there. The load after `trashRetentionDays` days removes it
 * (src/domain/library/trash.ts); the user can also delete it for good before that.
 */
import type { Assessment } from '../domain/assessment/schema';
import { buildAssessmentFile, type AppInfo } from '../domain/files/format';
import { readAssessmentFileValue } from '../domain/files/parse';
import type { FileProblem } from '../domain/files/problems';
import { byLastDeleted, isTrashExpired } from '../domain/library/trash';
import type { JournalingKeyValueStore } from './key-value';

const entryPrefix = 'assessment:';
const journalPrefix = 'journal:';
const setAsidePrefix = 'set-aside:';
const deletedPrefix = 'deleted:';
const metaKey = 'library';

/** One stored assessment. */
interface StoredEntry {
  rev: number;
  /** The tab that wrote it, so a tab can tell its own writes from others'. */
  tab: string;
  savedAt: string;
  file: unknown;
}

/** A change written as a page went away: applied on the next load. */
interface JournalEntry {
  /** The revision the change was made on; null for an assessment never stored. */
  baseRev: number | null;
  tab: string;
  savedAt: string;
  /** The assessment as a file, or null for a deletion. */
  file: unknown;
}

/** A deleted assessment as stored: the entry it was, moved under its own key. */
interface TrashRecord {
  id: string;
  /** When it was deleted (ISO date-time): it is kept `trashRetentionDays` from then. */
  deletedAt: string;
  /** The revision the deletion gave the entry; a restore under the same id continues from it. */
  rev: number;
  tab: string;
  file: unknown;
}

/** A deleted assessment that can still be restored. */
export interface DeletedAssessment {
  /** Its storage key (`deleted:<id>:<time>`), which names it in `restore` and `removeDeleted`. */
  key: string;
  /** The id it had (a restore keeps it, unless the library has that id again). */
  id: string;
  deletedAt: string;
  rev: number;
  assessment: Assessment;
}

/** An entry that could not be read, kept under its own key. */
export interface SetAsideEntry {
  key: string;
  /** The assessment id the entry was stored under. */
  id: string;
  setAsideAt: string;
  problem: FileProblem;
}

export interface LoadedAssessment {
  assessment: Assessment;
  rev: number;
}

/** A closed tab's change that found a newer version stored, and was kept as a copy. */
export interface RecoveredCopy {
  /** Id of the copy. */
  id: string;
  /** Id of the assessment the change was made to. */
  originalId: string;
}

export interface LoadedLibrary {
  assessments: LoadedAssessment[];
  /** Deleted assessments still kept, the most recently deleted first. */
  deleted: DeletedAssessment[];
  setAside: SetAsideEntry[];
  recovered: RecoveredCopy[];
  /** Version of the library's own layout (the zustand persist version); null in a new browser. */
  version: number | null;
}

/** Result of a write: the new revision, or a conflict with what is stored now (null: nothing). */
export type WriteOutcome = { ok: true; rev: number } | { ok: false; storedRev: number | null };

/** Result of a deletion: as a write, plus the deleted assessment as it is now kept (null: unreadable). */
export type RemoveOutcome =
  { ok: true; rev: number; deleted: DeletedAssessment | null } | { ok: false; storedRev: number | null };

/** A change not yet written, as the page goes away. */
export interface UnsavedChange {
  id: string;
  baseRev: number | null;
  /** The assessment, or null for a deletion. */
  assessment: Assessment | null;
}

export interface LibraryDb {
  /** Loads every entry, applying journals left by closed pages first. */
  load(): Promise<LoadedLibrary>;
  /** The stored version of one assessment, or null when there is none or it does not validate. */
  read(id: string): Promise<LoadedAssessment | null>;
  /** Writes `assessment` if the stored revision is still `expectedRev` (null: nothing stored). */
  save(assessment: Assessment, expectedRev: number | null): Promise<WriteOutcome>;
  /**
   * Deletes the entry if the stored revision is still `expectedRev`, moving it to the deleted
   * assessments (with `latest` as its content when given: changes not yet written are kept too).
   */
  remove(id: string, expectedRev: number, latest?: Assessment): Promise<RemoveOutcome>;
  /** The deleted assessments still kept, the most recently deleted first (unreadable ones left out). */
  listDeleted(): Promise<DeletedAssessment[]>;
  /**
   * Puts deleted assessment `key` back as `assessment` (its own id, or a new one), in one
   * transaction with removing it from the deleted ones. Refused when an entry with that id exists.
   */
  restore(key: string, assessment: Assessment, rev: number): Promise<WriteOutcome>;
  /** Deletes a deleted assessment for good. */
  removeDeleted(key: string): Promise<void>;
  /** Writes unsaved changes to the journal at once, without reading (the page is going away). */
  journal(changes: readonly UnsavedChange[]): Promise<void>;
  /** The original text of a set-aside entry, for the user to download. */
  readSetAside(key: string): Promise<string | null>;
  removeSetAside(key: string): Promise<void>;
  /** Records the library layout version the entries are in. */
  writeVersion(version: number): Promise<void>;
}

export interface LibraryDbOptions {
  /** This tab's id. */
  tab: string;
  app: AppInfo;
  /** The clock, as an ISO date-time (tests pass a fixed one). */
  now: () => string;
  /** A new assessment id, for a recovered copy. */
  newId?: () => string;
  /** The title of a recovered copy, in the user's language (may load the messages first). */
  copyTitle?: (assessment: Assessment) => string | Promise<string>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object';
}

function isStoredEntry(value: unknown): value is StoredEntry {
  return (
    isRecord(value) &&
    typeof value.rev === 'number' &&
    Number.isInteger(value.rev) &&
    value.rev > 0 &&
    'file' in value
  );
}

function isJournalEntry(value: unknown): value is JournalEntry {
  return (
    isRecord(value) &&
    (value.baseRev === null || (typeof value.baseRev === 'number' && Number.isInteger(value.baseRev))) &&
    'file' in value
  );
}

/** The revision stored in `value`: null for nothing, 0 for something that is not an entry. */
function revOf(value: unknown): number | null {
  return isStoredEntry(value) ? value.rev : value === undefined ? null : 0;
}

/** Validates a stored file (an entry's or a journal's) that should hold assessment `id`. */
function readFile(
  id: string,
  file: unknown,
): { ok: true; assessment: Assessment } | { ok: false; problem: FileProblem } {
  const result = readAssessmentFileValue(file);
  if (!result.ok) return result;
  if (result.file.assessment.id !== id) {
    return {
      ok: false,
      problem: {
        kind: 'invalid',
        issues: [
          {
            path: 'assessment.id',
            code: 'invalid',
            params: { value: JSON.stringify(result.file.assessment.id) },
          },
        ],
      },
    };
  }
  return { ok: true, assessment: result.file.assessment };
}

/** Validates one stored value: the envelope, the assessment inside, and that it is stored under its own id. */
function readEntry(
  id: string,
  value: unknown,
): { ok: true; loaded: LoadedAssessment } | { ok: false; problem: FileProblem } {
  if (!isStoredEntry(value)) return { ok: false, problem: { kind: 'notAssessmentFile' } };
  const read = readFile(id, value.file);
  return read.ok ? { ok: true, loaded: { assessment: read.assessment, rev: value.rev } } : read;
}

function setAsideInfo(key: string, value: unknown): SetAsideEntry | null {
  if (!isRecord(value)) return null;
  // `set-aside:<id>:<time>`: ids contain no ":", the time does
  const rest = key.slice(setAsidePrefix.length);
  const colon = rest.indexOf(':');
  const id = colon < 0 ? rest : rest.slice(0, colon);
  const problem = value.problem as FileProblem | undefined;
  return {
    key,
    id,
    setAsideAt: typeof value.setAsideAt === 'string' ? value.setAsideAt : '',
    problem:
      problem && typeof problem === 'object' && 'kind' in problem ? problem : { kind: 'notAssessmentFile' },
  };
}

function isTrashRecord(value: unknown): value is TrashRecord {
  return isRecord(value) && typeof value.deletedAt === 'string' && 'file' in value;
}

/** `deleted:<id>:<time>` → id (ids contain no ":", the time does). */
function deletedId(key: string): string {
  const rest = key.slice(deletedPrefix.length);
  const colon = rest.indexOf(':');
  return colon < 0 ? rest : rest.slice(0, colon);
}

/** Reads one deleted assessment: the record and the assessment inside, stored under its own id. */
function readDeleted(
  key: string,
  value: unknown,
): { ok: true; deleted: DeletedAssessment } | { ok: false; problem: FileProblem } {
  if (!isTrashRecord(value)) return { ok: false, problem: { kind: 'notAssessmentFile' } };
  const id = deletedId(key);
  const read = readFile(id, value.file);
  if (!read.ok) return read;
  const rev = typeof value.rev === 'number' && Number.isInteger(value.rev) && value.rev > 0 ? value.rev : 1;
  return { ok: true, deleted: { key, id, deletedAt: value.deletedAt, rev, assessment: read.assessment } };
}

/** `journal:<id>:<tab>` → id (ids and tab ids contain no ":"). */
function journalId(key: string): string {
  const rest = key.slice(journalPrefix.length);
  return rest.slice(0, rest.lastIndexOf(':'));
}

export function createLibraryDb(kv: JournalingKeyValueStore, options: LibraryDbOptions): LibraryDb {
  const entryKey = (id: string) => `${entryPrefix}${id}`;
  const journalKey = (id: string) => `${journalPrefix}${id}:${options.tab}`;
  const newId = options.newId ?? (() => crypto.randomUUID());

  function entryFor(assessment: Assessment, rev: number, savedAt: string): StoredEntry {
    return { rev, tab: options.tab, savedAt, file: buildAssessmentFile(assessment, options.app, savedAt) };
  }

  /** Writes `assessment` over revision `expectedRev`; on success also deletes `alsoRemove`. */
  async function conditionalSave(
    assessment: Assessment,
    expectedRev: number | null,
    alsoRemove: readonly string[],
  ): Promise<WriteOutcome> {
    let outcome: WriteOutcome = { ok: false, storedRev: null };
    const savedAt = options.now();
    await kv.transact(
      entryKey(assessment.id),
      (current) => {
        const storedRev = revOf(current);
        if (storedRev !== expectedRev) {
          outcome = { ok: false, storedRev };
          return { keep: true };
        }
        const rev = (storedRev ?? 0) + 1;
        outcome = { ok: true, rev };
        return { put: entryFor(assessment, rev, savedAt) };
      },
      alsoRemove,
    );
    return outcome;
  }

  /** Moves the entry to the deleted ones if it is still at `expectedRev`; `latest`, when given, is what is kept. */
  async function conditionalRemove(
    id: string,
    expectedRev: number,
    alsoRemove: readonly string[],
    latest?: Assessment,
  ): Promise<RemoveOutcome> {
    let outcome: RemoveOutcome = { ok: false, storedRev: null };
    const deletedAt = options.now();
    const key = `${deletedPrefix}${id}:${deletedAt}`;
    await kv.transact(
      entryKey(id),
      (current) => {
        const storedRev = revOf(current);
        if (storedRev !== expectedRev || !isStoredEntry(current)) {
          outcome = { ok: false, storedRev };
          return { keep: true };
        }
        const rev = expectedRev + 1;
        const file = latest ? buildAssessmentFile(latest, options.app, deletedAt) : current.file;
        const record: TrashRecord = { id, deletedAt, rev, tab: options.tab, file };
        const read = latest ? null : readFile(id, current.file);
        const assessment = latest ?? (read?.ok ? read.assessment : null);
        outcome = { ok: true, rev, deleted: assessment ? { key, id, deletedAt, rev, assessment } : null };
        return { remove: true, also: [[key, record]] };
      },
      alsoRemove,
    );
    return outcome;
  }

  async function setAside(
    key: string,
    id: string,
    problem: FileProblem,
    list: SetAsideEntry[],
  ): Promise<void> {
    // Kept, not deleted: moved under its own key with the reason, so the user can download it.
    const setAsideAt = options.now();
    const target = `${setAsidePrefix}${id}:${setAsideAt}`;
    try {
      await kv.move(key, target, (original) => ({ setAsideAt, problem, original }));
      list.push({ key: target, id, setAsideAt, problem });
    } catch {
      // could not move it (storage full?): it stays where it is, still unread and still kept
      list.push({ key, id, setAsideAt, problem });
    }
  }

  /** Applies one journal left by a page that went away; returns a recovered copy if it had to make one. */
  async function applyJournal(
    key: string,
    value: unknown,
    loaded: Map<string, LoadedAssessment>,
    setAsideList: SetAsideEntry[],
    deleted: DeletedAssessment[],
  ): Promise<RecoveredCopy | null> {
    const id = journalId(key);
    if (!isJournalEntry(value)) {
      await setAside(key, id, { kind: 'notAssessmentFile' }, setAsideList);
      return null;
    }
    const stored = loaded.get(id);
    const storedRev = stored ? stored.rev : null;
    if (value.file === null) {
      // a deletion: carried out (into the deleted ones) only if nobody changed the assessment since
      const outcome =
        stored && storedRev === value.baseRev ? await conditionalRemove(id, stored.rev, [key]) : null;
      if (outcome?.ok) {
        loaded.delete(id);
        if (outcome.deleted) deleted.push(outcome.deleted);
      } else await kv.remove(key);
      return null;
    }
    const read = readFile(id, value.file);
    if (!read.ok) {
      await setAside(key, id, read.problem, setAsideList);
      return null;
    }
    if (storedRev === value.baseRev) {
      const outcome = await conditionalSave(read.assessment, storedRev, [key]);
      if (outcome.ok) {
        loaded.set(id, { assessment: read.assessment, rev: outcome.rev });
        return null;
      }
    }
    if (stored && JSON.stringify(stored.assessment) === JSON.stringify(read.assessment)) {
      await kv.remove(key); // already there (the page's own write made it after all)
      return null;
    }
    // Another tab saved this assessment after the change was made: keep both, the change as a copy.
    const copyId = newId();
    const base: Assessment = { ...read.assessment, id: copyId };
    const copy: Assessment = options.copyTitle
      ? { ...base, title: (await options.copyTitle(read.assessment)).slice(0, 200) }
      : base;
    const outcome = await conditionalSave(copy, null, [key]);
    if (!outcome.ok) return null;
    loaded.set(copyId, { assessment: copy, rev: outcome.rev });
    return { id: copyId, originalId: id };
  }

  return {
    async load() {
      const entries = await kv.entries();
      const loaded = new Map<string, LoadedAssessment>();
      const deleted: DeletedAssessment[] = [];
      const now = options.now();
      const setAsideList: SetAsideEntry[] = [];
      const journals: Array<[string, unknown]> = [];
      let version: number | null = null;
      for (const [key, value] of entries) {
        if (key === metaKey) {
          const stored = isRecord(value) ? value.version : undefined;
          version = typeof stored === 'number' && Number.isInteger(stored) ? stored : null;
        } else if (key.startsWith(setAsidePrefix)) {
          const info = setAsideInfo(key, value);
          if (info) setAsideList.push(info);
        } else if (key.startsWith(journalPrefix)) {
          journals.push([key, value]);
        } else if (key.startsWith(deletedPrefix)) {
          if (isTrashRecord(value) && isTrashExpired(value.deletedAt, now)) {
            await kv.remove(key); // kept its full time: gone for good, as the list said it would be
            continue;
          }
          const read = readDeleted(key, value);
          if (read.ok) deleted.push(read.deleted);
          else if (read.problem.kind === 'newerFormat') {
            setAsideList.push({ key, id: deletedId(key), setAsideAt: '', problem: read.problem });
          } else await setAside(key, deletedId(key), read.problem, setAsideList);
        } else if (key.startsWith(entryPrefix)) {
          const id = key.slice(entryPrefix.length);
          const read = readEntry(id, value);
          if (read.ok) loaded.set(id, read.loaded);
          else if (read.problem.kind === 'newerFormat') {
            // Written by a newer version of the app (in another tab, say): left where it is for that
            // version to read, and listed so the user knows why it is missing here.
            setAsideList.push({ key, id, setAsideAt: '', problem: read.problem });
          } else await setAside(key, id, read.problem, setAsideList);
        }
      }
      const recovered: RecoveredCopy[] = [];
      for (const [key, value] of journals) {
        const copy = await applyJournal(key, value, loaded, setAsideList, deleted);
        if (copy) recovered.push(copy);
      }
      setAsideList.sort((a, b) => (a.setAsideAt < b.setAsideAt ? -1 : a.setAsideAt > b.setAsideAt ? 1 : 0));
      deleted.sort(byLastDeleted);
      return { assessments: [...loaded.values()], deleted, setAside: setAsideList, recovered, version };
    },
    async read(id) {
      const value = await kv.get(entryKey(id));
      if (value === undefined) return null;
      const read = readEntry(id, value);
      return read.ok ? read.loaded : null;
    },
    save: (assessment, expectedRev) => conditionalSave(assessment, expectedRev, [journalKey(assessment.id)]),
    remove: (id, expectedRev, latest) => conditionalRemove(id, expectedRev, [journalKey(id)], latest),
    async listDeleted() {
      const entries = await kv.entries();
      const deleted: DeletedAssessment[] = [];
      for (const [key, value] of entries) {
        if (!key.startsWith(deletedPrefix)) continue;
        const read = readDeleted(key, value);
        if (read.ok) deleted.push(read.deleted);
      }
      return deleted.sort(byLastDeleted);
    },
    async restore(key, assessment, rev) {
      let outcome: WriteOutcome = { ok: false, storedRev: null };
      const savedAt = options.now();
      await kv.transact(
        entryKey(assessment.id),
        (current) => {
          const storedRev = revOf(current);
          if (storedRev !== null) {
            outcome = { ok: false, storedRev };
            return { keep: true };
          }
          // the revision goes on from the deletion's, so a tab that missed both never mistakes it
          const next = Math.max(rev, 0) + 1;
          outcome = { ok: true, rev: next };
          return { put: entryFor(assessment, next, savedAt) };
        },
        key.startsWith(deletedPrefix) ? [key, journalKey(assessment.id)] : [journalKey(assessment.id)],
      );
      return outcome;
    },
    removeDeleted: (key) => (key.startsWith(deletedPrefix) ? kv.remove(key) : Promise.resolve()),
    journal(changes) {
      const savedAt = options.now();
      const entries = changes.map(({ id, baseRev, assessment }): [string, JournalEntry] => [
        journalKey(id),
        {
          baseRev,
          tab: options.tab,
          savedAt,
          file: assessment ? buildAssessmentFile(assessment, options.app, savedAt) : null,
        },
      ]);
      return entries.length > 0 ? kv.putNow(entries) : Promise.resolve();
    },
    async readSetAside(key) {
      const value = await kv.get(key);
      if (value === undefined) return null;
      // an entry left in place is itself the original; a moved one keeps it under `original`
      const original = key.startsWith(setAsidePrefix) && isRecord(value) ? value.original : value;
      try {
        return typeof original === 'string' ? original : JSON.stringify(original, null, 2);
      } catch {
        return null;
      }
    },
    writeVersion: (version) => kv.transact(metaKey, () => ({ put: { version } })),
    removeSetAside: (key) => (key.startsWith(setAsidePrefix) ? kv.remove(key) : Promise.resolve()),
  };
}
