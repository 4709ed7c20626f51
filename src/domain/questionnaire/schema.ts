import { z } from 'zod';
import { localizedTextSchema, slugSchema } from '../text';

/** A maturity level on the shared 0–5 scale. */
export const levelSchema = z
  .number()
  .int({ error: 'expected a whole number 0–5' })
  .min(0, { error: 'expected a level 0–5' })
  .max(5, { error: 'expected a level 0–5' });
export type Level = z.infer<typeof levelSchema>;

export const effortSchema = z.enum(['S', 'M', 'L']);
export type Effort = z.infer<typeof effortSchema>;

export const eifLayerSchema = z.enum([
  'interoperability-governance',
  'integrated-public-service-governance',
  'legal',
  'organisational',
  'semantic',
  'technical',
]);
export type EifLayer = z.infer<typeof eifLayerSchema>;

const semverSchema = z
  .string()
  .regex(/^\d+\.\d+\.\d+$/, { error: 'expected a version such as "1.0.0"' });

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

/** One level of the questionnaire-wide scale. */
export const scaleLevelSchema = z.strictObject({
  level: levelSchema,
  label: localizedTextSchema,
  meaning: localizedTextSchema,
});

/** A development phase (strategy, development projects, production & support). */
export const phaseSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
});

/** A service area of the municipality; core services or support services. */
export const areaSchema = z.strictObject({
  id: slugSchema,
  kind: z.enum(['core', 'support']),
  name: localizedTextSchema,
  description: localizedTextSchema,
});

/** An openness dimension (open source, open standards, …). */
export const dimensionSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
});

/** A named subset of items, e.g. the quick and the full set. */
export const profileSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** Item ids, or "all". */
  items: z.union([z.literal('all'), z.array(slugSchema).min(1)]),
  /** Typical minutes a group spends per item, for the duration estimate. */
  minutesPerItem: z.number().positive().max(60),
});

/** The action that lifts an item from level N to N+1. */
export const actionSchema = z.strictObject({
  text: localizedTextSchema,
  effort: effortSchema,
  /** Typical life-cycle cost band in euros (incl. own work), for the procurement route. */
  cost: z
    .strictObject({
      min: z.number().int().min(0),
      max: z.number().int().min(0),
    })
    .refine((c) => c.max >= c.min, { error: 'cost.max must be at least cost.min' }),
});

export const prerequisiteSchema = z.strictObject({
  item: slugSchema,
  level: levelSchema,
});

/** A hard deadline from law or contract: the item must reach `level` by `date`. */
export const deadlineSchema = z.strictObject({
  date: isoDateSchema,
  level: levelSchema,
  reason: localizedTextSchema,
});

export const sourceSchema = z.strictObject({
  title: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }).optional(),
});

const idsOrAll = z.union([z.literal('all'), z.array(slugSchema).min(1)]);

/** One assessment question. */
export const itemSchema = z.strictObject({
  id: slugSchema,
  /** Ids of earlier items whose meaning this item carries on (renames). */
  replaces: z.array(slugSchema).optional(),
  dimension: slugSchema,
  phases: idsOrAll,
  areas: idsOrAll,
  weight: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'expected weight 1, 2 or 3' }),
  question: localizedTextSchema,
  help: localizedTextSchema,
  /** levels[n] describes what is observable at level n (0–5). */
  levels: z.array(localizedTextSchema).length(6, { error: 'expected 6 level descriptors (0–5)' }),
  /** actions[n] lifts the item from level n to n+1 (0→1 … 4→5). */
  actions: z.array(actionSchema).length(5, { error: 'expected 5 actions (0→1 … 4→5)' }),
  tags: z.array(slugSchema),
  prerequisites: z.array(prerequisiteSchema),
  eifLayer: eifLayerSchema.optional(),
  /** Analytics, machine learning or automated decisions: the report raises the ethics questions. */
  ethics: z.boolean(),
  deadlines: z.array(deadlineSchema).optional(),
  sources: z.array(sourceSchema).min(1),
});

export const questionnaireSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slugSchema,
  version: semverSchema,
  title: localizedTextSchema,
  description: localizedTextSchema,
  scale: z.array(scaleLevelSchema).length(6),
  phases: z.array(phaseSchema).min(1),
  areas: z.array(areaSchema).min(1),
  dimensions: z.array(dimensionSchema).min(1),
  profiles: z.array(profileSchema).min(1),
  items: z.array(itemSchema).min(1),
});

export type ScaleLevel = z.infer<typeof scaleLevelSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Area = z.infer<typeof areaSchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Prerequisite = z.infer<typeof prerequisiteSchema>;
export type Deadline = z.infer<typeof deadlineSchema>;
export type Item = z.infer<typeof itemSchema>;
export type Questionnaire = z.infer<typeof questionnaireSchema>;
