/**
 * The library of assessments in browser storage. Each assessment is one entry, stored as the same
 * file envelope an export writes (so one migration chain and one validator serve both), with a
 * revision number that lets two tabs notice each other's writes:
 *
 *   assessment:<id>          { rev, tab, savedAt, file }                 one per assessment
 *   journal:<id>:<tab>       { baseRev, tab, savedAt, file | null }      a change written as the page went away
 *   set-aside:<id>:<time>    { setAsideAt, problem, original }           an entry that failed to load
 *   library                  { version }                                 the layout version
 *
 * A write names the revision it was based on and is refused when the stored one has moved on
 * (another tab saved in between): never a silent overwrite. An entry that does not validate is
 * moved aside, kept as it was, and the rest of the library loads.
 *
 * The journal exists because a page that is closing or reloading cannot wait for a read before
 * its write. At `pagehide` the unsaved changes are written blind into the journal, and the next
 * load applies each one if its entry has not moved on since, or else keeps it as a separate copy.
 */
import type { Assessment } from '../domain/assessment/schema';
import { buildAssessmentFile, type AppInfo } from '../domain/files/format';
import { readAssessmentFileValue } from '../domain/files/parse';
import type { FileProblem } from '../domain/files/problems';
import type { JournalingKeyValueStore } from './key-value';

const entryPrefix = 'assessment:';
const journalPrefix = 'journal:';
const setAsidePrefix = 'set-aside:';
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
  setAside: SetAsideEntry[];
  recovered: RecoveredCopy[];
  /** Version of the library's own layout (the zustand persist version); null in a new browser. */
  version: number | null;
}

/** Result of a write: the new revision, or a conflict with what is stored now (null: nothing). */
export type WriteOutcome = { ok: true; rev: number } | { ok: false; storedRev: number | null };

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
  /** Deletes the entry if the stored revision is still `expectedRev`. */
  remove(id: string, expectedRev: number): Promise<WriteOutcome>;
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
  const rest = key.slice(setAsidePrefix.length);
  const id = rest.slice(0, rest.lastIndexOf(':'));
  const problem = value.problem as FileProblem | undefined;
  return {
    key,
    id,
    setAsideAt: typeof value.setAsideAt === 'string' ? value.setAsideAt : '',
    problem:
      problem && typeof problem === 'object' && 'kind' in problem ? problem : { kind: 'notAssessmentFile' },
  };
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

  async function conditionalRemove(
    id: string,
    expectedRev: number,
    alsoRemove: readonly string[],
  ): Promise<WriteOutcome> {
    let outcome: WriteOutcome = { ok: false, storedRev: null };
    await kv.transact(
      entryKey(id),
      (current) => {
        const storedRev = revOf(current);
        if (storedRev !== expectedRev) {
          outcome = { ok: false, storedRev };
          return { keep: true };
        }
        outcome = { ok: true, rev: expectedRev + 1 };
        return { remove: true };
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
  ): Promise<RecoveredCopy | null> {
    const id = journalId(key);
    if (!isJournalEntry(value)) {
      await setAside(key, id, { kind: 'notAssessmentFile' }, setAsideList);
      return null;
    }
    const stored = loaded.get(id);
    const storedRev = stored ? stored.rev : null;
    if (value.file === null) {
      // a deletion: carried out only if nobody changed the assessment since
      if (stored && storedRev === value.baseRev && (await conditionalRemove(id, stored.rev, [key])).ok)
        loaded.delete(id);
      else await kv.remove(key);
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
        const copy = await applyJournal(key, value, loaded, setAsideList);
        if (copy) recovered.push(copy);
      }
      setAsideList.sort((a, b) => (a.setAsideAt < b.setAsideAt ? -1 : a.setAsideAt > b.setAsideAt ? 1 : 0));
      return { assessments: [...loaded.values()], setAside: setAsideList, recovered, version };
    },
    async read(id) {
      const value = await kv.get(entryKey(id));
      if (value === undefined) return null;
      const read = readEntry(id, value);
      return read.ok ? read.loaded : null;
    },
    save: (assessment, expectedRev) => conditionalSave(assessment, expectedRev, [journalKey(assessment.id)]),
    remove: (id, expectedRev) => conditionalRemove(id, expectedRev, [journalKey(id)]),
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
