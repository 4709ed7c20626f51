import { z } from 'zod';
import type { Assessment, Municipality, Participant, Scope } from '../../domain/assessment/schema';
import { resolveScope } from '../../domain/assessment/scope';
import { isIsoDate, readDateText } from '../../domain/dates';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import type { MunicipalityEntry } from './municipalities';

/**
 * The setup form's own model and schema, and how it maps to the assessment. The schema's messages
 * are keys of `setup.errors.*`, so every validation message is shown in the user's language.
 */

export const setupErrorKeys = [
  'municipalityRequired',
  'dateRequired',
  'dateFormat',
  'dateInvalid',
  'dateOutOfRange',
  'facilitatorRequired',
  'participantNameRequired',
  'tooLong',
  'tooManyParticipants',
  'areasRequired',
  'phasesRequired',
  'profileRequired',
] as const;
export type SetupErrorKey = (typeof setupErrorKeys)[number];

export function isSetupErrorKey(value: unknown): value is SetupErrorKey {
  return typeof value === 'string' && (setupErrorKeys as readonly string[]).includes(value);
}

/** What the form edits. Texts are kept as typed; the schema trims them on submit. */
export interface SetupValues {
  /** Municipality code, "" while none is chosen. */
  municipality: string;
  /** YYYY-MM-DD, "" when empty. */
  date: string;
  facilitator: string;
  participants: Participant[];
  areas: string[];
  phases: string[];
  profile: string;
}

/** The oldest and newest assessment dates the form accepts: a typo such as 0226 is caught. */
export const earliestDate = '2000-01-01';
export const latestDate = '2099-12-31';

const maxText = 200;
const maxParticipants = 200;

function dateProblem(value: string): SetupErrorKey | null {
  if (value.trim() === '') return 'dateRequired';
  // the date field passes an ISO date, or the text as typed when it does not read as a date
  if (!isIsoDate(value)) {
    const reading = readDateText(value);
    return 'problem' in reading && reading.problem === 'format' ? 'dateFormat' : 'dateInvalid';
  }
  if (value < earliestDate || value > latestDate) return 'dateOutOfRange';
  return null;
}

export interface SetupSchemaContext {
  /** Codes the municipality may have: the official list, plus the assessment's own (the demo's "000"). */
  municipalityCodes: ReadonlySet<string>;
  questionnaire: Pick<Questionnaire, 'areas' | 'phases' | 'profiles'>;
}

/** The form's schema for one questionnaire: areas, phases and profiles must be its own. */
export function setupSchema({ municipalityCodes, questionnaire }: SetupSchemaContext) {
  const areaIds = new Set(questionnaire.areas.map((a) => a.id));
  const phaseIds = new Set(questionnaire.phases.map((p) => p.id));
  const profileIds = new Set(questionnaire.profiles.map((p) => p.id));
  const text = (required: SetupErrorKey | null) => {
    const base = z.string().trim();
    return (required ? base.min(1, { error: required }) : base).max(maxText, { error: 'tooLong' });
  };
  return z.object({
    municipality: z.string().refine((code) => municipalityCodes.has(code), { error: 'municipalityRequired' }),
    date: z.string().superRefine((value, ctx) => {
      const problem = dateProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
    facilitator: text('facilitatorRequired'),
    participants: z
      .array(z.object({ id: z.string(), name: text('participantNameRequired'), role: text(null) }))
      .max(maxParticipants, { error: 'tooManyParticipants' }),
    areas: z
      .array(z.string())
      .transform((ids) => ids.filter((id) => areaIds.has(id)))
      .refine((ids) => ids.length > 0, { error: 'areasRequired' }),
    phases: z
      .array(z.string())
      .transform((ids) => ids.filter((id) => phaseIds.has(id)))
      .refine((ids) => ids.length > 0, { error: 'phasesRequired' }),
    profile: z.string().refine((id) => profileIds.has(id), { error: 'profileRequired' }),
  });
}

export type SetupSchema = ReturnType<typeof setupSchema>;
/** Values after a successful submit: trimmed, with only known areas and phases. */
export type ValidSetup = z.output<SetupSchema>;

/** Today's date in the browser's time zone, YYYY-MM-DD (toISOString would give the UTC day). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The profile a new assessment starts with: the full set when there is one (a workshop day). */
export function defaultProfile(questionnaire: Pick<Questionnaire, 'profiles'>): string {
  return (questionnaire.profiles.find((p) => p.id === 'full') ?? questionnaire.profiles[0])?.id ?? '';
}

/** A blank form for a new assessment: every area and phase in scope, today's date. */
export function emptySetup(questionnaire: Questionnaire, today: string): SetupValues {
  return {
    municipality: '',
    date: today,
    facilitator: '',
    participants: [],
    areas: questionnaire.areas.map((a) => a.id),
    phases: questionnaire.phases.map((p) => p.id),
    profile: defaultProfile(questionnaire),
  };
}

/** The form's values for an existing assessment. */
export function setupFromAssessment(assessment: Assessment): SetupValues {
  return {
    municipality: assessment.municipality.code,
    date: assessment.date,
    facilitator: assessment.facilitator,
    participants: assessment.participants.map((p) => ({ ...p })),
    areas: [...assessment.scope.areas],
    phases: [...assessment.scope.phases],
    profile: assessment.scope.profile,
  };
}

/** The assessment's municipality for a chosen list entry; keeps a known population of the same municipality. */
export function toMunicipality(entry: MunicipalityEntry, previous?: Municipality): Municipality {
  const municipality: Municipality = { code: entry.code, name: { fi: entry.fi, sv: entry.sv } };
  if (previous?.code === entry.code && previous.population !== undefined) {
    municipality.population = previous.population;
  }
  return municipality;
}

export function toScope(setup: Pick<ValidSetup, 'areas' | 'phases' | 'profile'>): Scope {
  return { areas: [...setup.areas], phases: [...setup.phases], profile: setup.profile };
}

/** What the setup form decides about an assessment. */
export interface AssessmentSetup {
  municipality: Municipality;
  date: string;
  facilitator: string;
  participants: Participant[];
  scope: Scope;
}

/**
 * The assessment with a new setup. Workshop votes and dot votes of participants who were removed
 * go with them, so no answer refers to a participant the assessment no longer has. Answers to items
 * that fall out of scope are kept: widening the scope again brings them back.
 */
export function applySetup(assessment: Assessment, setup: AssessmentSetup): Assessment {
  const kept = new Set(setup.participants.map((p) => p.id));
  const removed = assessment.participants.filter((p) => !kept.has(p.id)).map((p) => p.id);
  let answers = assessment.answers;
  if (removed.length > 0) {
    const drop = <T>(record: Record<string, T>): Record<string, T> =>
      Object.fromEntries(Object.entries(record).filter(([id]) => !removed.includes(id)));
    answers = Object.fromEntries(
      Object.entries(assessment.answers).map(([itemId, answer]) => [
        itemId,
        { ...answer, votes: drop(answer.votes), dots: drop(answer.dots) },
      ]),
    );
  }
  return {
    ...assessment,
    municipality: setup.municipality,
    date: setup.date,
    facilitator: setup.facilitator,
    participants: setup.participants.map((p) => ({ id: p.id, name: p.name, role: p.role })),
    scope: setup.scope,
    answers,
  };
}

/** How many workshop votes and dot votes each participant has recorded, by participant id. */
export function recordedByParticipant(assessment: Pick<Assessment, 'answers'>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const answer of Object.values(assessment.answers)) {
    for (const id of [...Object.keys(answer.votes), ...Object.keys(answer.dots)]) {
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return counts;
}

export interface DurationEstimate {
  /** Items in scope. */
  items: number;
  /** The profile's minutes per item. */
  minutesPerItem: number;
  /** items × minutesPerItem, rounded up to whole minutes. */
  minutes: number;
}

/**
 * How long answering the scope takes a group: the profile's minutes per item × the items in scope
 * (the domain's `resolveScope`, so the estimate counts exactly the items the assessment will ask).
 */
export function estimateDuration(questionnaire: Questionnaire, scope: Scope): DurationEstimate {
  const profile = questionnaire.profiles.find((p) => p.id === scope.profile);
  if (!profile || scope.areas.length === 0 || scope.phases.length === 0) {
    return { items: 0, minutesPerItem: profile?.minutesPerItem ?? 0, minutes: 0 };
  }
  const items = resolveScope(questionnaire, scope).items.length;
  return {
    items,
    minutesPerItem: profile.minutesPerItem,
    minutes: Math.ceil(items * profile.minutesPerItem),
  };
}
