import type { AgendaEntry, Assessment } from '../assessment/schema';
import type { Questionnaire } from '../questionnaire/schema';
import type { PhaseItems } from './items';

/**
 * The workshop day as the brochure lays it out (docs/workshop.md): an introduction, the three
 * development phases (strategy, development projects, production and support), the priorities and
 * the roadmap. Each section has a time box the facilitator can change and a countdown whose
 * actual running time is kept with the assessment. Times are passed in: the engine never reads
 * the clock.
 */

export type AgendaKind = AgendaEntry['kind'];

/** Default time boxes, minutes, of the sections that are not phases. */
export const fixedSectionMinutes: Readonly<Record<Exclude<AgendaKind, 'phase'>, number>> = {
  introduction: 20,
  priorities: 30,
  roadmap: 45,
};

/** A phase never gets a shorter default time box than this, minutes. */
export const minPhaseMinutes = 10;
/** Default time boxes are rounded up to this many minutes. */
export const minuteStep = 5;
/** Longest time box the facilitator can set, minutes. */
export const maxSectionMinutes = 480;
/** Longest running time kept for one section (a countdown forgotten over a weekend), seconds. */
export const maxElapsedSeconds = 604_800;

function roundUp(minutes: number): number {
  return Math.max(minuteStep, Math.ceil(minutes / minuteStep) * minuteStep);
}

/**
 * Default time box of a phase: its items × the profile's minutes per item, rounded up to 5
 * minutes, at least `minPhaseMinutes`.
 */
export function phaseMinutes(items: number, minutesPerItem: number): number {
  return Math.max(minPhaseMinutes, roundUp(items * minutesPerItem));
}

function entry(id: string, kind: AgendaKind, minutes: number): AgendaEntry {
  return { id, kind, minutes, elapsedSeconds: 0 };
}

/** The default agenda of an assessment's scope: introduction, each phase with items, priorities, roadmap. */
export function defaultAgenda(
  questionnaire: Questionnaire,
  scope: Assessment['scope'],
  phases: readonly PhaseItems[],
): AgendaEntry[] {
  const perItem = questionnaire.profiles.find((p) => p.id === scope.profile)?.minutesPerItem ?? 3;
  return [
    entry('introduction', 'introduction', fixedSectionMinutes.introduction),
    ...phases.map((p) => entry(p.phase, 'phase', phaseMinutes(p.itemIds.length, perItem))),
    entry('priorities', 'priorities', fixedSectionMinutes.priorities),
    entry('roadmap', 'roadmap', fixedSectionMinutes.roadmap),
  ];
}

/**
 * The agenda to show: the default one for today's scope, with whatever was stored for the same
 * sections (time boxes, actual times). A stored section the scope no longer has is kept after the
 * phases when it has actually run, so its time is not lost; an unused one is left out.
 */
export function reconcileAgenda(
  stored: readonly AgendaEntry[] | undefined,
  defaults: readonly AgendaEntry[],
): AgendaEntry[] {
  if (!stored || stored.length === 0) return [...defaults];
  const byId = new Map(stored.map((e) => [e.id, e]));
  const merged = defaults.map((d) => {
    const s = byId.get(d.id);
    return s && s.kind === d.kind ? s : d;
  });
  const known = new Set(defaults.map((d) => d.id));
  const ran = stored.filter((s) => !known.has(s.id) && (s.startedAt !== undefined || s.elapsedSeconds > 0));
  if (ran.length === 0) return merged;
  // after the last phase, before priorities and roadmap
  const at = merged.findIndex((e) => e.kind === 'priorities');
  const cut = at < 0 ? merged.length : at;
  return [...merged.slice(0, cut), ...ran, ...merged.slice(cut)];
}

export type TimerState = 'not-started' | 'running' | 'paused' | 'finished';

export function timerState(e: AgendaEntry): TimerState {
  if (e.runningSince !== undefined) return 'running';
  if (e.endedAt !== undefined) return 'finished';
  if (e.startedAt !== undefined || e.elapsedSeconds > 0) return 'paused';
  return 'not-started';
}

function millis(iso: string | undefined): number | null {
  if (iso === undefined) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Whole seconds a section has run by `nowMs`, the current run included. A clock set back never makes it shrink. */
export function elapsedSeconds(e: AgendaEntry, nowMs: number): number {
  const since = millis(e.runningSince);
  const running = since === null ? 0 : Math.max(0, Math.floor((nowMs - since) / 1000));
  return Math.min(maxElapsedSeconds, e.elapsedSeconds + running);
}

/** Seconds left of the time box; negative when the section runs over. */
export function remainingSeconds(e: AgendaEntry, nowMs: number): number {
  return e.minutes * 60 - elapsedSeconds(e, nowMs);
}

/** True when the time box is used up. */
export function isOverTime(e: AgendaEntry, nowMs: number): boolean {
  return remainingSeconds(e, nowMs) <= 0;
}

/** The section whose countdown runs, if any. */
export function runningEntry(agenda: readonly AgendaEntry[]): AgendaEntry | undefined {
  return agenda.find((e) => e.runningSince !== undefined);
}

function stopped(e: AgendaEntry, nowIso: string): AgendaEntry {
  if (e.runningSince === undefined) return e;
  const { runningSince: _running, ...rest } = e;
  return { ...rest, elapsedSeconds: elapsedSeconds(e, Date.parse(nowIso)) };
}

/**
 * Starts (or resumes) section `id` at `nowIso`; any other running section is paused first, so
 * one countdown runs at a time. Resuming a finished section reopens it.
 */
export function startSection(agenda: readonly AgendaEntry[], id: string, nowIso: string): AgendaEntry[] {
  if (!agenda.some((e) => e.id === id)) return [...agenda];
  return agenda.map((e) => {
    if (e.id !== id) return stopped(e, nowIso);
    if (e.runningSince !== undefined) return e;
    const { endedAt: _ended, ...rest } = e;
    return { ...rest, startedAt: e.startedAt ?? nowIso, runningSince: nowIso };
  });
}

/** Pauses section `id` at `nowIso`, keeping the time it ran. */
export function pauseSection(agenda: readonly AgendaEntry[], id: string, nowIso: string): AgendaEntry[] {
  return agenda.map((e) => (e.id === id ? stopped(e, nowIso) : e));
}

/** Finishes section `id` at `nowIso`: the countdown stops and the end time is recorded. */
export function finishSection(agenda: readonly AgendaEntry[], id: string, nowIso: string): AgendaEntry[] {
  return agenda.map((e) =>
    e.id === id ? { ...stopped(e, nowIso), startedAt: e.startedAt ?? nowIso, endedAt: nowIso } : e,
  );
}

/** Sets a section's time box; whole minutes, 1–`maxSectionMinutes`. */
export function setSectionMinutes(
  agenda: readonly AgendaEntry[],
  id: string,
  minutes: number,
): AgendaEntry[] {
  if (!Number.isFinite(minutes)) return [...agenda];
  const clamped = Math.min(maxSectionMinutes, Math.max(1, Math.round(minutes)));
  return agenda.map((e) => (e.id === id ? { ...e, minutes: clamped } : e));
}

/** Minutes planned for the whole agenda. */
export function plannedMinutes(agenda: readonly AgendaEntry[]): number {
  return agenda.reduce((sum, e) => sum + e.minutes, 0);
}

/** Minutes actually used so far (rounded to whole minutes), sections not started counting 0. */
export function actualMinutes(agenda: readonly AgendaEntry[], nowMs: number): number {
  return Math.round(agenda.reduce((sum, e) => sum + elapsedSeconds(e, nowMs), 0) / 60);
}

/** A countdown as minutes and seconds; `over` when it has run past zero. */
export function clock(seconds: number): { minutes: number; seconds: number; over: boolean } {
  const whole = Math.trunc(seconds);
  const abs = Math.abs(whole);
  return { minutes: Math.floor(abs / 60), seconds: abs % 60, over: whole < 0 };
}
