import { z } from 'zod';
import { localizedTextSchema, slugSchema } from '../text';
import { describeValue } from '../validation';

// Descriptions given with .meta() end up in the generated JSON Schema, where an editor shows them
// to the author on hover and completion; `id` names a shared definition in that file.

/** A maturity level on the shared 0–5 scale. */
export const levelSchema = z
  .number()
  .int({
    error: (issue) => `expected a whole level 0–5, got ${describeValue(issue.input, { showValue: true })}`,
  })
  .min(0, {
    error: (issue) => `expected a level 0–5, got ${describeValue(issue.input, { showValue: true })}`,
  })
  .max(5, {
    error: (issue) => `expected a level 0–5, got ${describeValue(issue.input, { showValue: true })}`,
  })
  .meta({ id: 'Level', description: 'A maturity level on the shared scale 0–5.' });
export type Level = z.infer<typeof levelSchema>;

export const effortSchema = z
  .enum(['S', 'M', 'L'])
  .meta({ description: 'Effort of the action: S small, M medium, L large.' });
export type Effort = z.infer<typeof effortSchema>;

export const eifLayerSchema = z
  .enum([
    'interoperability-governance',
    'integrated-public-service-governance',
    'legal',
    'organisational',
    'semantic',
    'technical',
  ])
  .meta({ description: 'The European Interoperability Framework (2017) layer the item belongs to.' });
export type EifLayer = z.infer<typeof eifLayerSchema>;

const semverSchema = z.string().regex(/^\d+\.\d+\.\d+$/, {
  error: (issue) =>
    `expected a version such as "1.0.0", got ${describeValue(issue.input, { showValue: true })}`,
});

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    error: (issue) => `expected a date YYYY-MM-DD, got ${describeValue(issue.input, { showValue: true })}`,
  })
  // The pattern alone accepts 2028-02-30; a deadline must be a day that exists.
  .refine(isCalendarDate, {
    error: (issue) => `no such date: ${describeValue(issue.input, { showValue: true })}`,
  });

/** One level of the questionnaire-wide scale. */
export const scaleLevelSchema = z.strictObject({
  level: levelSchema,
  label: localizedTextSchema.meta({ description: 'Short name of the level, e.g. "Defined".' }),
  meaning: localizedTextSchema.meta({ description: 'What holds at this level, across all dimensions.' }),
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

const idsOrAll = (what: string) =>
  z
    .union([z.literal('all'), z.array(slugSchema).min(1)])
    .meta({ description: `"all", or the ids of the ${what}.` });

/** A named subset of items, e.g. the quick and the full set. */
export const profileSchema = z.strictObject({
  id: slugSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
  /** Item ids, or "all". */
  items: idsOrAll('items in this profile'),
  /** Typical minutes a group spends per item, for the duration estimate. */
  minutesPerItem: z
    .number()
    .positive()
    .max(60)
    .meta({ description: 'Typical minutes a group spends per item, for the duration estimate.' }),
});

/** The action that lifts an item from level N to N+1. */
export const actionSchema = z
  .strictObject({
    text: localizedTextSchema.meta({ description: 'What to do, starting with a verb.' }),
    effort: effortSchema,
    /** Typical life-cycle cost band in euros (incl. own work), for the procurement route. */
    cost: z
      .strictObject({
        min: z.number().int().min(0),
        max: z.number().int().min(0),
      })
      .refine((c) => c.max >= c.min, { path: ['max'], error: 'must be at least cost.min' })
      .meta({
        description:
          'Typical life-cycle cost band in euros, own work included; decides the procurement route.',
      }),
  })
  .meta({ id: 'Action' });

export const prerequisiteSchema = z.strictObject({
  item: slugSchema.meta({ description: 'Id of the item that must be reached first.' }),
  level: levelSchema.meta({ description: 'The level that item must have reached.' }),
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

/** One assessment question. */
export const itemSchema = z
  .strictObject({
    id: slugSchema.meta({
      description: '<dimension>.<area id | general>.<slug>; a changed meaning needs a new id.',
    }),
    /** Ids of earlier items whose meaning this item carries on (renames). */
    replaces: z.array(slugSchema).optional().meta({
      description:
        'Ids of earlier items whose meaning this item carries on (renames), so older assessments still map.',
    }),
    dimension: slugSchema.meta({ description: 'Id of the openness dimension.' }),
    phases: idsOrAll('phases the item belongs to'),
    areas: idsOrAll('service areas the item applies to'),
    weight: z.literal([1, 2, 3]).meta({ description: '1–3; 3 = foundational or high impact.' }),
    question: localizedTextSchema,
    help: localizedTextSchema.meta({
      description: 'What it means, why it matters, what evidence to look at.',
    }),
    /** levels[n] describes what is observable at level n (0–5). */
    levels: z
      .array(localizedTextSchema)
      .length(6, {
        error: (issue) => `expected 6 level descriptors (levels 0–5), got ${lengthOf(issue.input)}`,
      })
      .meta({ description: 'levels[n] describes what is observable at level n (0–5).' }),
    /** actions[n] lifts the item from level n to n+1 (0→1 … 4→5). */
    actions: z
      .array(actionSchema)
      .length(5, {
        error: (issue) => `expected 5 actions (0→1 … 4→5), got ${lengthOf(issue.input)}`,
      })
      .meta({ description: 'actions[n] lifts the item from level n to n+1 (0→1 … 4→5).' }),
    tags: z.array(slugSchema).meta({ description: 'Tags that offerings in the catalog match on.' }),
    prerequisites: z.array(prerequisiteSchema),
    eifLayer: eifLayerSchema.optional(),
    /** Analytics, machine learning or automated decisions: the report raises the ethics questions. */
    ethics: z.boolean().meta({
      description:
        'True when the item concerns analytics, machine learning or automated decisions about residents.',
    }),
    deadlines: z.array(deadlineSchema).optional(),
    sources: z.array(sourceSchema).min(1),
  })
  .meta({ id: 'Item' });

function lengthOf(input: unknown): number {
  return Array.isArray(input) ? input.length : 0;
}

export const questionnaireSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Path to the JSON Schema, for editors.' }),
    id: slugSchema,
    version: semverSchema.meta({
      description: 'major.minor.patch; assessments store it together with the questionnaire id.',
    }),
    title: localizedTextSchema,
    description: localizedTextSchema,
    scale: z.array(scaleLevelSchema).length(6, { error: 'expected 6 scale levels (0–5)' }),
    phases: z.array(phaseSchema).min(1),
    areas: z.array(areaSchema).min(1),
    dimensions: z.array(dimensionSchema).min(1),
    profiles: z.array(profileSchema).min(1),
    items: z.array(itemSchema).min(1),
  })
  .meta({
    title: 'Avoin kunta questionnaire',
    description:
      'An openness assessment questionnaire: phases, service areas, dimensions, profiles and items. ' +
      'Check cross-references with `npm run validate -- <file>`; see questionnaires/README.md.',
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
