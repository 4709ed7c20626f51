import { z } from 'zod';
import { isIsoDate } from '../dates';
import { levelSchema } from '../questionnaire/schema';
import { slugSchema } from '../text';

/**
 * One municipality's assessment made with one questionnaire version. Files from other people are
 * validated against this schema, so it is strict (no unknown keys) and every text has a length
 * limit. Cross-references (votes by known participants, answers to known items) are checked in
 * src/domain/validation.ts, not here.
 */

/** Id of an assessment or participant: letters, digits, "-" and "_", starting with a letter or digit. */
export const localIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { error: 'expected an id of letters, digits, "-" or "_"' });

/** Id of a roadmap step: computed ("open-apis.general.api-principles@2-3") or own ("own-…"). */
export const stepIdSchema = z
  .string()
  .regex(/^(?:[a-z0-9][a-z0-9.-]{0,199}@[0-4]-[1-5]|own-[A-Za-z0-9_-]{1,64})$/, {
    error: 'expected a step id such as "open-apis.general.api-principles@2-3" or "own-1"',
  });

export const isoDateSchema = z.string().refine(isIsoDate, { error: 'expected a calendar date YYYY-MM-DD' });

export const isoDateTimeSchema = z.iso.datetime({ offset: true, error: 'expected an ISO date and time' });

const nameSchema = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(200, { error: 'at most 200 characters' });
const shortTextSchema = z.string().max(200, { error: 'at most 200 characters' });
const longTextSchema = z.string().max(5000, { error: 'at most 5000 characters' });

/** An evidence link: http(s) only, so a file cannot smuggle in javascript: or file: URLs. */
export const evidenceUrlSchema = z
  .url({ protocol: /^https?$/, error: 'expected an http(s) address' })
  .max(2000, { error: 'at most 2000 characters' });

/** A level, or "not applicable" (excluded from scores), or "don't know" (excluded and counted). */
export const answerValueSchema = z.union([levelSchema, z.literal('not-applicable'), z.literal('unknown')]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

export const confidenceSchema = z.enum(['low', 'medium', 'high']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const impactSchema = z.union([z.literal(1), z.literal(2), z.literal(3)], {
  error: 'expected impact 1, 2 or 3',
});
export type Impact = z.infer<typeof impactSchema>;

/** Everything recorded about one item. `null` means "not recorded yet". */
export const answerSchema = z.strictObject({
  /** The agreed current level; null until someone answers. */
  current: answerValueSchema.nullable(),
  /** The agreed target level; null means "keep the current level". */
  target: levelSchema.nullable(),
  confidence: confidenceSchema.nullable(),
  notes: longTextSchema,
  evidence: z.array(evidenceUrlSchema).max(50, { error: 'at most 50 links' }),
  /** Workshop: each participant's own score, recorded blind. */
  votes: z.record(localIdSchema, answerValueSchema),
  /** Workshop: why the group agreed on `current`. */
  rationale: longTextSchema,
  /** Priority input: how much closing this gap matters (1–3); null counts as 2. */
  impact: impactSchema.nullable(),
  /** Priority input: dot votes per participant. */
  dots: z.record(localIdSchema, z.number().int().min(0).max(100)),
});
export type Answer = z.infer<typeof answerSchema>;

export const participantSchema = z.strictObject({
  id: localIdSchema,
  name: nameSchema,
  /** Free text: "tietohallintojohtaja", "hankinta-asiantuntija", … */
  role: shortTextSchema,
});
export type Participant = z.infer<typeof participantSchema>;

export const municipalitySchema = z.strictObject({
  /** Official three-digit municipality code (Statistics Finland), e.g. "091" for Helsinki. */
  code: z.string().regex(/^\d{3}$/, { error: 'expected a three-digit municipality code' }),
  name: z.strictObject({ fi: nameSchema, sv: nameSchema }),
  population: z.number().int().min(0).max(10_000_000).optional(),
});
export type Municipality = z.infer<typeof municipalitySchema>;

export const scopeSchema = z.strictObject({
  areas: z.array(slugSchema).min(1, { error: 'choose at least one service area' }),
  phases: z.array(slugSchema).min(1, { error: 'choose at least one phase' }),
  /** Questionnaire profile id (quick or full set). */
  profile: slugSchema,
});
export type Scope = z.infer<typeof scopeSchema>;

export const horizonIdSchema = z.enum(['now', 'next', 'later']);
export type HorizonId = z.infer<typeof horizonIdSchema>;

/** A step the user adds by hand. */
export const ownStepSchema = z.strictObject({
  id: stepIdSchema.refine((id) => id.startsWith('own-'), { error: 'own step ids start with "own-"' }),
  title: z.string().trim().min(1, { error: 'required' }).max(500, { error: 'at most 500 characters' }),
  horizon: horizonIdSchema,
  areas: z.array(slugSchema),
  owner: shortTextSchema,
  note: longTextSchema,
});
export type OwnStep = z.infer<typeof ownStepSchema>;

/** The user's changes to the computed roadmap, keyed by stable step ids so they survive recomputation. */
export const roadmapEditsSchema = z.strictObject({
  moves: z.record(stepIdSchema, horizonIdSchema),
  dropped: z.array(stepIdSchema).max(5000),
  owners: z.record(stepIdSchema, shortTextSchema),
  notes: z.record(stepIdSchema, longTextSchema),
  ownSteps: z.array(ownStepSchema).max(200, { error: 'at most 200 own steps' }),
});
export type RoadmapEdits = z.infer<typeof roadmapEditsSchema>;

const capacitySchema = z.number().int().min(0).max(1000);

export const settingsSchema = z.strictObject({
  /** How many steps each horizon takes before the rest moves later. */
  capacity: z.strictObject({ now: capacitySchema, next: capacitySchema, later: capacitySchema }),
});
export type Settings = z.infer<typeof settingsSchema>;

/** One part of the workshop day (src/domain/workshop/agenda.ts): its time box and when it actually ran. */
export const agendaEntrySchema = z.strictObject({
  /** "introduction", "priorities", "roadmap", or the id of a questionnaire phase. */
  id: slugSchema,
  kind: z.enum(['introduction', 'phase', 'priorities', 'roadmap']),
  /** The time box in minutes. */
  minutes: z.number().int().min(1).max(480),
  /** When the section was first started. */
  startedAt: isoDateTimeSchema.optional(),
  /** When the section was last finished; absent while it is open. */
  endedAt: isoDateTimeSchema.optional(),
  /** Seconds the section has run, the current run not included. */
  elapsedSeconds: z.number().int().min(0).max(604_800),
  /** Start of the current run of the countdown; absent while it is paused, not started or finished. */
  runningSince: isoDateTimeSchema.optional(),
});
export type AgendaEntry = z.infer<typeof agendaEntrySchema>;

const workshopNoteSchema = z
  .string()
  .trim()
  .min(1, { error: 'required' })
  .max(2000, { error: 'at most 2000 characters' });

/**
 * The facilitated workshop (src/domain/workshop/): the agenda with its actual times, which items'
 * blind votes have been revealed, the dot-vote budget and what the group recorded. Optional, so
 * assessments made without a workshop, and files written before it existed, stay valid as they are.
 */
export const workshopSchema = z.strictObject({
  agenda: z.array(agendaEntrySchema).max(20, { error: 'at most 20 agenda sections' }),
  /** The item the group is on; null before the first one. */
  currentItem: slugSchema.nullable(),
  /** Items whose individual votes the group has seen; before that they are shown to nobody. */
  revealed: z.array(slugSchema).max(5000),
  /**
   * Items whose level the group agreed in the workshop (the Agree action); only these count as
   * agreed, not an answer that was there before the reveal. Absent in files written before it
   * existed: there a revealed item with a current level counts as agreed (`agreedItems`).
   */
  agreed: z.array(slugSchema).max(5000).optional(),
  /** After the reveal, show who voted what (only when the group wants names). */
  showNames: z.boolean(),
  /** How the votes are collected: typed in by the facilitator, or the device passed from person to person. */
  collect: z.enum(['facilitator', 'pass']),
  /** Dots each participant may give in the dot vote. */
  dotsPerParticipant: z.number().int().min(1).max(20),
  /** A sound when a section's time is up; off by default, the signal is visual. */
  soundOn: z.boolean(),
  /** Decisions the group recorded. */
  decisions: z.array(workshopNoteSchema).max(200, { error: 'at most 200 decisions' }),
  /** Questions left open, for someone to find out after the day. */
  openQuestions: z.array(workshopNoteSchema).max(200, { error: 'at most 200 open questions' }),
});
export type Workshop = z.infer<typeof workshopSchema>;

export const assessmentSchema = z.strictObject({
  id: localIdSchema,
  questionnaire: z.strictObject({
    id: slugSchema,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a version such as "1.0.0"' }),
  }),
  /** The user's own name for the assessment ("Kevään työpaja"); absent means "municipality and date". */
  title: z.string().trim().max(200, { error: 'at most 200 characters' }).optional(),
  municipality: municipalitySchema,
  /** The day of the assessment; roadmap horizons and deadlines count from it. */
  date: isoDateSchema,
  facilitator: shortTextSchema,
  participants: z.array(participantSchema).max(200, { error: 'at most 200 participants' }),
  scope: scopeSchema,
  /** Answers by item id. */
  answers: z.record(slugSchema, answerSchema),
  roadmap: roadmapEditsSchema,
  settings: settingsSchema,
  /** Present once the assessment has been worked on in a facilitated workshop. */
  workshop: workshopSchema.optional(),
  createdAt: isoDateTimeSchema,
  updatedAt: isoDateTimeSchema,
});
export type Assessment = z.infer<typeof assessmentSchema>;
