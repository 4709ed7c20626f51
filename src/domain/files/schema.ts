import { z } from 'zod';
import { assessmentSchema, isoDateTimeSchema } from '../assessment/schema';
import { slugSchema } from '../text';
import { assessmentFileType, currentFormatVersion } from './format';

/**
 * The envelope of an assessment file (docs/file-format.md). The JSON Schema in
 * questionnaires/schema/assessment-file.schema.json is generated from this (`npm run schemas`).
 * Strict like the assessment inside: unknown keys are refused, not carried along.
 */
const versionSchema = z
  .string()
  .max(40)
  .regex(/^\d+\.\d+\.\d+$/, { error: 'expected a version such as "1.0.0"' });

export const assessmentFileSchema = z
  .strictObject({
    $schema: z.string().max(500).optional().meta({ description: 'Path to this JSON Schema, for editors.' }),
    type: z.literal(assessmentFileType).meta({ description: 'Type tag: always "avoin-kunta-assessment".' }),
    formatVersion: z.literal(currentFormatVersion).meta({
      description:
        'Version of this file format. Older versions are migrated when opened; newer ones are refused.',
    }),
    app: z
      .strictObject({
        name: z.string().min(1).max(100),
        version: versionSchema,
      })
      .meta({ description: 'The application and its version that wrote the file.' }),
    exportedAt: isoDateTimeSchema.meta({ description: 'When the file was written (ISO 8601).' }),
    questionnaire: z.strictObject({ id: slugSchema, version: versionSchema }).meta({
      description: 'The questionnaire the assessment was made with; the same as assessment.questionnaire.',
    }),
    assessment: assessmentSchema,
  })
  .meta({
    title: 'Avoin kunta assessment file',
    description:
      'One assessment exported from Avoin kunta workshop (*.avoinkunta.json). See docs/file-format.md.',
  });

export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
