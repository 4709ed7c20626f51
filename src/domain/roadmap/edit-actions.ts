import type { Assessment, HorizonId, OwnStep, RoadmapEdits, Settings } from '../assessment/schema';
import { getOwn, setOwn } from '../collections';
import { horizonIds, type Placement } from './horizons';

/**
 * The user's edits of the roadmap as pure recipes for `update(id, recipe)`: each function returns
 * a recipe that maps an assessment to the next one. A recipe that changes nothing returns the very
 * same object, so the store can skip the write (and an undo history gets no empty entries).
 * Computed steps are edited through `assessment.roadmap.moves / dropped / owners / notes`; own
 * steps live in `assessment.roadmap.ownSteps` and carry their own horizon, owner and note.
 */
export type Recipe = (assessment: Assessment) => Assessment;

/** Longest owner and note, as the assessment schema allows. */
export const ownerMaxLength = 200;
export const noteMaxLength = 5000;
export const ownTitleMaxLength = 500;
export const capacityMax = 1000;

function withEdits(assessment: Assessment, edits: RoadmapEdits): Assessment {
  return { ...assessment, roadmap: edits };
}

/** A copy of `record` without `key` (an own property only). */
function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) if (k !== key) setOwn(copy, k, v);
  return copy;
}

/** A copy of `record` with `key` set to `value`, safe for any key. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T): Record<string, T> {
  const copy: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) setOwn(copy, k, v);
  setOwn(copy, key, value);
  return copy;
}

function ownIndex(edits: RoadmapEdits, stepId: string): number {
  return edits.ownSteps.findIndex((s) => s.id === stepId);
}

function replaceOwn(edits: RoadmapEdits, index: number, patch: Partial<OwnStep>): RoadmapEdits {
  return {
    ...edits,
    ownSteps: edits.ownSteps.map((s, i) => (i === index ? { ...s, ...patch } : s)),
  };
}

/**
 * Puts a step in horizon `to`. For a computed step, moving it back to the horizon the engine
 * planned (`planned`) removes the move, so the step follows the plan again when answers or
 * capacities change. `to` = "backlog" only undoes a move of a step the engine left in the backlog;
 * a step cannot be pushed there by hand (drop it instead). An own step just takes the horizon.
 */
export function moveStep(stepId: string, to: Placement, planned: Placement): Recipe {
  return (assessment) => {
    const edits = assessment.roadmap;
    const own = ownIndex(edits, stepId);
    if (own >= 0) {
      if (to === 'backlog' || edits.ownSteps[own]?.horizon === to) return assessment;
      return withEdits(assessment, replaceOwn(edits, own, { horizon: to }));
    }
    const current = getOwn(edits.moves, stepId);
    if (to === planned) {
      if (current === undefined) return assessment;
      return withEdits(assessment, { ...edits, moves: without(edits.moves, stepId) });
    }
    if (to === 'backlog' || current === to) return assessment;
    return withEdits(assessment, { ...edits, moves: withEntry(edits.moves, stepId, to) });
  };
}

/** Drops a computed step from the roadmap; its move, owner and note are kept for a restore. */
export function dropStep(stepId: string): Recipe {
  return (assessment) => {
    const edits = assessment.roadmap;
    if (edits.dropped.includes(stepId) || ownIndex(edits, stepId) >= 0) return assessment;
    return withEdits(assessment, { ...edits, dropped: [...edits.dropped, stepId] });
  };
}

/** Brings a dropped step back to where it stood before. */
export function restoreStep(stepId: string): Recipe {
  return (assessment) => {
    const edits = assessment.roadmap;
    if (!edits.dropped.includes(stepId)) return assessment;
    return withEdits(assessment, { ...edits, dropped: edits.dropped.filter((id) => id !== stepId) });
  };
}

/**
 * Sets the text of `field` ("owners" or "notes") for a step. A blank text removes the entry.
 * For an own step the text is stored on the step itself, and any override in the record (which
 * the engine would prefer) is removed so that the two never disagree.
 */
function setText(field: 'owners' | 'notes', stepId: string, value: string, maxLength: number): Recipe {
  const text = value.length > maxLength ? value.slice(0, maxLength) : value;
  const blank = text.trim() === '';
  return (assessment) => {
    const edits = assessment.roadmap;
    const own = ownIndex(edits, stepId);
    const record = edits[field];
    const stored = getOwn(record, stepId);
    if (own >= 0) {
      const key = field === 'owners' ? 'owner' : 'note';
      const step = edits.ownSteps[own] as OwnStep;
      const next = blank ? '' : text;
      if (step[key] === next && stored === undefined) return assessment;
      const patched = replaceOwn(edits, own, { [key]: next });
      return withEdits(assessment, { ...patched, [field]: without(record, stepId) });
    }
    if (blank) {
      if (stored === undefined) return assessment;
      return withEdits(assessment, { ...edits, [field]: without(record, stepId) });
    }
    if (stored === text) return assessment;
    return withEdits(assessment, { ...edits, [field]: withEntry(record, stepId, text) });
  };
}

/** Names who is responsible for a step ("tietohallintojohtaja", a person, a unit). */
export function setOwner(stepId: string, owner: string): Recipe {
  return setText('owners', stepId, owner, ownerMaxLength);
}

/** Sets the free-text note of a step. */
export function setNote(stepId: string, note: string): Recipe {
  return setText('notes', stepId, note, noteMaxLength);
}

/** What the user types into the "add own step" form. */
export interface OwnStepInput {
  title: string;
  horizon: HorizonId;
  areas: readonly string[];
  owner: string;
  note: string;
}

export type OwnStepProblem = 'required' | 'too-long';
export type OwnStepErrors = Partial<Record<'title' | 'owner' | 'note', OwnStepProblem>>;

/** What is wrong with an own step before it is added; an empty object when nothing is. */
export function validateOwnStep(input: OwnStepInput): OwnStepErrors {
  const errors: OwnStepErrors = {};
  const title = input.title.trim();
  if (title === '') errors.title = 'required';
  else if (title.length > ownTitleMaxLength) errors.title = 'too-long';
  if (input.owner.trim().length > ownerMaxLength) errors.owner = 'too-long';
  if (input.note.trim().length > noteMaxLength) errors.note = 'too-long';
  return errors;
}

/** The id of a new own step from a random token (the caller supplies it: the engine never draws random numbers). */
export function ownStepId(token: string): string {
  const cleaned = token.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 64);
  return `own-${cleaned || '1'}`;
}

/**
 * Adds an own step with id `id` (see `ownStepId`). Texts are trimmed and areas de-duplicated. An
 * invalid input (see `validateOwnStep`) or a taken id changes nothing.
 */
export function addOwnStep(id: string, input: OwnStepInput): Recipe {
  return (assessment) => {
    const edits = assessment.roadmap;
    if (Object.keys(validateOwnStep(input)).length > 0) return assessment;
    if (ownIndex(edits, id) >= 0) return assessment;
    const step: OwnStep = {
      id,
      title: input.title.trim(),
      horizon: input.horizon,
      areas: [...new Set(input.areas)],
      owner: input.owner.trim(),
      note: input.note.trim(),
    };
    return withEdits(assessment, { ...edits, ownSteps: [...edits.ownSteps, step] });
  };
}

/** Removes an own step, with any owner or note recorded for it. */
export function removeOwnStep(stepId: string): Recipe {
  return (assessment) => {
    const edits = assessment.roadmap;
    if (ownIndex(edits, stepId) < 0) return assessment;
    return withEdits(assessment, {
      ...edits,
      ownSteps: edits.ownSteps.filter((s) => s.id !== stepId),
      owners: getOwn(edits.owners, stepId) === undefined ? edits.owners : without(edits.owners, stepId),
      notes: getOwn(edits.notes, stepId) === undefined ? edits.notes : without(edits.notes, stepId),
    });
  };
}

/**
 * Forgets every edit of the given steps: moves, drops, owners and notes. Used for edits the engine
 * reports as stale (their steps no longer exist after the answers changed).
 */
export function forgetEdits(stepIds: readonly string[]): Recipe {
  const ids = new Set(stepIds);
  return (assessment) => {
    const edits = assessment.roadmap;
    const touches = (record: Readonly<Record<string, unknown>>): boolean =>
      Object.keys(record).some((k) => ids.has(k));
    const changed =
      touches(edits.moves) ||
      touches(edits.owners) ||
      touches(edits.notes) ||
      edits.dropped.some((id) => ids.has(id));
    if (!changed) return assessment;
    const keep = <T>(record: Readonly<Record<string, T>>): Record<string, T> => {
      const copy: Record<string, T> = {};
      for (const [k, v] of Object.entries(record)) if (!ids.has(k)) setOwn(copy, k, v);
      return copy;
    };
    return withEdits(assessment, {
      ...edits,
      moves: keep(edits.moves),
      owners: keep(edits.owners),
      notes: keep(edits.notes),
      dropped: edits.dropped.filter((id) => !ids.has(id)),
    });
  };
}

export type Capacity = Settings['capacity'];
export type CapacityProblem = 'required' | 'not-whole' | 'out-of-range';

/** Reads the capacity form: whole numbers 0–1000 per horizon. */
export function parseCapacity(input: Readonly<Record<HorizonId, string>>): {
  /** null when any field is wrong. */
  capacity: Capacity | null;
  errors: Partial<Record<HorizonId, CapacityProblem>>;
} {
  const errors: Partial<Record<HorizonId, CapacityProblem>> = {};
  const capacity: Capacity = { now: 0, next: 0, later: 0 };
  for (const horizon of horizonIds) {
    const raw = input[horizon].trim();
    if (raw === '') {
      errors[horizon] = 'required';
      continue;
    }
    if (!/^[+-]?\d+$/.test(raw)) {
      errors[horizon] = 'not-whole';
      continue;
    }
    const value = Number(raw);
    if (value < 0 || value > capacityMax) errors[horizon] = 'out-of-range';
    else capacity[horizon] = value;
  }
  return { capacity: Object.keys(errors).length > 0 ? null : capacity, errors };
}

/** Sets how many steps each horizon takes before the engine plans the rest later. */
export function setCapacity(capacity: Capacity): Recipe {
  return (assessment) => {
    const current = assessment.settings.capacity;
    if (horizonIds.every((h) => current[h] === capacity[h])) return assessment;
    const next: Capacity = { now: capacity.now, next: capacity.next, later: capacity.later };
    for (const h of horizonIds) {
      if (!Number.isInteger(next[h]) || next[h] < 0 || next[h] > capacityMax) return assessment;
    }
    return { ...assessment, settings: { ...assessment.settings, capacity: next } };
  };
}
