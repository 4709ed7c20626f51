import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Answer, Assessment } from '../domain/assessment/schema';
import { answerFor, createEmptyAssessment, type NewAssessmentInput } from '../domain/assessment/create';
import { applyTargets, planTargets, type TargetRule } from '../domain/assessment/targets';
import { duplicateAssessment, type DuplicateOptions } from '../domain/library/duplicate';
import {
  bindLibraryStore,
  libraryStateVersion,
  libraryStorage,
  libraryStorageName,
  mergeLibraryState,
  migrateLibraryState,
  type PersistedLibrary,
} from './persist';

/** Options of one edit: how it joins the undo history. */
export interface EditOptions {
  /**
   * Edits with the same group within `undoGroupMs` are one undo step (typing a note is one step,
   * not one per letter). Default: every edit is its own step.
   */
  group?: string;
  /** False: the edit does not enter the undo history (e.g. a rename from the library). Default true. */
  undoable?: boolean;
}

/** The undo and redo stacks of one assessment (UI-only: not stored, cleared on reload). */
export interface UndoHistory {
  past: Assessment[];
  future: Assessment[];
  /** Group and time of the last recorded edit, for joining edits. */
  group: string | null;
  at: number;
}

/** The last library change that can be undone: a deletion, or an import that replaced an assessment. */
export type LibraryChange =
  | { kind: 'deleted'; previous: Assessment }
  | { kind: 'replaced'; previous: Assessment; replacement: Assessment };

/** How an imported assessment joins the library. */
export type ImportMode =
  /** As it is, under its own id (the library has no assessment with that id). */
  | { mode: 'new' }
  /** As a new assessment beside the one with the same id. */
  | { mode: 'copy'; title: string }
  /** In place of the one with the same id; undoable with `undoLibraryChange`. */
  | { mode: 'replace' };

/** Undo steps kept per assessment. */
export const undoLimit = 100;
/** Edits of one group closer together than this are one undo step. */
export const undoGroupMs = 1000;

/**
 * The library of assessments on this device and the one being worked on. Features change an
 * assessment through `update` with a pure function from the domain, so the store stays small
 * and every change goes through one place (where persistence and undo hook in).
 *
 * Persistence: zustand `persist` stores `assessments` (only: `partialize`) through
 * src/state/persist.ts into IndexedDB. Undo: each assessment has its own history of edits made
 * through `update` and `setAnswer`, so undo in one assessment never touches another.
 */
export interface LibraryState {
  assessments: Record<string, Assessment>;
  /** UI-only: undo history by assessment id. */
  history: Record<string, UndoHistory>;
  /** UI-only: the library change the "Undo" notice offers to take back. */
  lastChange: LibraryChange | null;
  /** Creates an assessment and returns its id. */
  create(input: Omit<NewAssessmentInput, 'id' | 'now'>): string;
  /** Replaces one assessment with `recipe(assessment)`, stamping `updatedAt`. Unknown ids are ignored. */
  update(id: string, recipe: (assessment: Assessment) => Assessment, options?: EditOptions): void;
  /** Merges `patch` into one item's answer. */
  setAnswer(id: string, itemId: string, patch: Partial<Answer>): void;
  /**
   * Raises the targets of the items `itemIds` (the in-scope items) by `rule` (see
   * src/domain/assessment/targets.ts) as one undoable edit; returns how many targets changed.
   */
  raiseTargets(id: string, rule: TargetRule, itemIds: readonly string[]): number;
  /** Adds a whole assessment (an import or a copy) as it is. */
  add(assessment: Assessment): void;
  remove(id: string): void;
  /** Takes back the last edit of assessment `id`. */
  undo(id: string): void;
  /** Re-applies the last undone edit of assessment `id`. */
  redo(id: string): void;
  /** Sets the assessment's own name; an empty title falls back to municipality and date. */
  rename(id: string, title: string): void;
  /** Copies an assessment (see `duplicateAssessment`); returns the new id, or null for an unknown id. */
  duplicate(id: string, options: Omit<DuplicateOptions, 'id' | 'now'>): string | null;
  /** Deletes an assessment; `undoLibraryChange` brings it back. */
  deleteAssessment(id: string): void;
  /** Adds an opened file's assessment to the library; returns its id. Never overwrites without `replace`. */
  importAssessment(assessment: Assessment, how: ImportMode): string;
  /** Takes back `lastChange` (a deletion or a replacing import). */
  undoLibraryChange(): void;
  /** Forgets `lastChange` (the notice was dismissed). */
  dismissLibraryChange(): void;
}

/** Ids are random UUIDs: unique across devices, so files from several people never collide. */
export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(): string {
  return new Date().toISOString();
}

function own<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  if (!Object.hasOwn(record, key)) return record;
  const { [key]: _removed, ...rest } = record;
  return rest;
}

/** `assessment` with its own title set (or removed, for an empty one). */
function withTitle(assessment: Assessment, title: string): Assessment {
  const trimmed = title.trim();
  const copy = { ...assessment };
  if (trimmed) copy.title = trimmed.slice(0, 200);
  else delete copy.title;
  return copy;
}

export const useLibrary = create<LibraryState>()(
  persist<LibraryState, [], [], PersistedLibrary>(
    (set, get) => ({
      assessments: {},
      history: {},
      lastChange: null,
      create(input) {
        const id = newId();
        const assessment = createEmptyAssessment({ ...input, id, now: nowIso() });
        set((state) => ({ assessments: { ...state.assessments, [id]: assessment } }));
        return id;
      },
      update(id, recipe, options = {}) {
        set((state) => {
          const current = own(state.assessments, id);
          if (!current) return state;
          const next = recipe(current);
          if (next === current) return state;
          const assessments = { ...state.assessments, [id]: { ...next, updatedAt: nowIso() } };
          if (options.undoable === false) return { assessments };
          const previous = own(state.history, id) ?? { past: [], future: [], group: null, at: 0 };
          const now = Date.now();
          const joins =
            options.group !== undefined &&
            previous.group === options.group &&
            now - previous.at < undoGroupMs &&
            previous.past.length > 0;
          const history: UndoHistory = {
            past: joins ? previous.past : [...previous.past, current].slice(-undoLimit),
            future: [],
            group: options.group ?? null,
            at: now,
          };
          return { assessments, history: { ...state.history, [id]: history } };
        });
      },
      setAnswer(id, itemId, patch) {
        get().update(
          id,
          (assessment) => ({
            ...assessment,
            answers: { ...assessment.answers, [itemId]: { ...answerFor(assessment, itemId), ...patch } },
          }),
          // typing in notes or rationale is one undo step per field; a level click is its own step
          Object.keys(patch).every((key) => key === 'notes' || key === 'rationale')
            ? { group: `answer:${itemId}:${Object.keys(patch).sort().join(',')}` }
            : {},
        );
      },
      raiseTargets(id, rule, itemIds) {
        const assessment = own(get().assessments, id);
        if (!assessment) return 0;
        const count = planTargets(assessment.answers, rule, itemIds).length;
        // one edit for every item: a single undo takes all the new targets back
        if (count > 0) get().update(id, (current) => applyTargets(current, rule, itemIds));
        return count;
      },
      add(assessment) {
        set((state) => ({ assessments: { ...state.assessments, [assessment.id]: assessment } }));
      },
      remove(id) {
        set((state) => {
          if (!Object.hasOwn(state.assessments, id)) return state;
          return { assessments: without(state.assessments, id), history: without(state.history, id) };
        });
      },
      undo(id) {
        set((state) => {
          const current = own(state.assessments, id);
          const history = own(state.history, id);
          const previous = history?.past.at(-1);
          if (!current || !history || !previous) return state;
          return {
            assessments: { ...state.assessments, [id]: { ...previous, updatedAt: nowIso() } },
            history: {
              ...state.history,
              [id]: {
                past: history.past.slice(0, -1),
                future: [...history.future, current],
                group: null,
                at: 0,
              },
            },
          };
        });
      },
      redo(id) {
        set((state) => {
          const current = own(state.assessments, id);
          const history = own(state.history, id);
          const next = history?.future.at(-1);
          if (!current || !history || !next) return state;
          return {
            assessments: { ...state.assessments, [id]: { ...next, updatedAt: nowIso() } },
            history: {
              ...state.history,
              [id]: {
                past: [...history.past, current],
                future: history.future.slice(0, -1),
                group: null,
                at: 0,
              },
            },
          };
        });
      },
      rename(id, title) {
        get().update(id, (assessment) => withTitle(assessment, title), { group: 'title' });
      },
      duplicate(id, options) {
        const source = own(get().assessments, id);
        if (!source) return null;
        const copy = duplicateAssessment(source, { ...options, id: newId(), now: nowIso() });
        set((state) => ({ assessments: { ...state.assessments, [copy.id]: copy } }));
        return copy.id;
      },
      deleteAssessment(id) {
        set((state) => {
          const previous = own(state.assessments, id);
          if (!previous) return state;
          return {
            assessments: without(state.assessments, id),
            history: without(state.history, id),
            lastChange: { kind: 'deleted', previous },
          };
        });
      },
      importAssessment(assessment, how) {
        if (how.mode === 'copy') {
          const copy = withTitle({ ...assessment, id: newId() }, how.title);
          set((state) => ({ assessments: { ...state.assessments, [copy.id]: copy } }));
          return copy.id;
        }
        const previous = own(get().assessments, assessment.id);
        if (previous && how.mode !== 'replace') {
          // never overwrite without being told to: the caller asks the user first
          throw new Error(`importAssessment: assessment ${assessment.id} exists; choose copy or replace`);
        }
        set((state) => ({
          assessments: { ...state.assessments, [assessment.id]: assessment },
          history: without(state.history, assessment.id),
          lastChange: previous ? { kind: 'replaced', previous, replacement: assessment } : state.lastChange,
        }));
        return assessment.id;
      },
      undoLibraryChange() {
        set((state) => {
          const change = state.lastChange;
          if (!change) return state;
          const id = change.previous.id;
          const now = own(state.assessments, id);
          // a replacement edited since the import is kept as a copy rather than lost
          const kept =
            change.kind === 'replaced' && now && now !== change.replacement ? { ...now, id: newId() } : null;
          return {
            assessments: {
              ...state.assessments,
              ...(kept ? { [kept.id]: kept } : {}),
              [id]: change.previous,
            },
            history: without(state.history, id),
            lastChange: null,
          };
        });
      },
      dismissLibraryChange() {
        set({ lastChange: null });
      },
    }),
    {
      name: libraryStorageName,
      storage: libraryStorage,
      version: libraryStateVersion,
      migrate: migrateLibraryState,
      // only the assessments are stored: undo history and notices belong to this tab's session
      partialize: (state) => ({ assessments: state.assessments }),
      merge: mergeLibraryState,
      // persistence starts in main.tsx (startPersistence), so tests run without storage unless they start it
      skipHydration: true,
    },
  ),
);

bindLibraryStore({
  getAssessments: () => useLibrary.getState().assessments,
  applyStored(id, assessment) {
    // a stored version from another tab replaces this tab's copy; its undo history no longer applies
    useLibrary.setState((state) => ({
      assessments: assessment ? { ...state.assessments, [id]: assessment } : without(state.assessments, id),
      history: without(state.history, id),
    }));
  },
  addCopy(assessment, title) {
    const id = newId();
    useLibrary.getState().add(withTitle({ ...assessment, id }, title));
    return id;
  },
  rehydrate: () => useLibrary.persist.rehydrate(),
});

/** One assessment, or undefined; re-renders only when that assessment changes. */
export function useAssessment(id: string): Assessment | undefined {
  return useLibrary((state) => (Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined));
}

/** One item's answer; re-renders only when that answer changes. */
export function useAnswer(id: string, itemId: string): Answer | undefined {
  return useLibrary((state) => {
    const assessment = Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined;
    return assessment && Object.hasOwn(assessment.answers, itemId) ? assessment.answers[itemId] : undefined;
  });
}

/** Whether assessment `id` has an edit to undo and one to redo. */
export function useUndoState(id: string): { canUndo: boolean; canRedo: boolean } {
  const canUndo = useLibrary((state) => (own(state.history, id)?.past.length ?? 0) > 0);
  const canRedo = useLibrary((state) => (own(state.history, id)?.future.length ?? 0) > 0);
  return { canUndo, canRedo };
}
