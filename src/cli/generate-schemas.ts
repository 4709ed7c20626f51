// `npm run schemas`: writes the JSON Schema files that editors use to complete and check the data
// files. The zod schemas are the source of truth; these files are generated and committed, and a
// unit test fails when a committed file no longer matches what this script would write.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { assessmentFileSchema } from '../domain/files/schema';
import { catalogSchema } from '../domain/offering/schema';
import { questionnaireSchema } from '../domain/questionnaire/schema';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** One generated file: where it goes (relative to the repository root) and what it describes. */
export type SchemaTarget = { file: string; schema: z.ZodType };

export const schemaTargets: SchemaTarget[] = [
  { file: 'questionnaires/schema/questionnaire.schema.json', schema: questionnaireSchema },
  { file: 'questionnaires/schema/catalog.schema.json', schema: catalogSchema },
  { file: 'questionnaires/schema/assessment-file.schema.json', schema: assessmentFileSchema },
];

/**
 * The JSON Schema of a target. Draft-07 because editors (VS Code, JetBrains) support it fully;
 * `io: 'input'` because authors write the input side (before trimming and defaults).
 * Title and description come from the zod schema's metadata.
 */
export function jsonSchemaFor(target: SchemaTarget): Record<string, unknown> {
  return z.toJSONSchema(target.schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
}

/** The file text: pretty-printed the way the repository's formatter would leave it. */
export async function renderSchemaFile(target: SchemaTarget): Promise<string> {
  const text = `${JSON.stringify(jsonSchemaFor(target), null, 2)}\n`;
  const prettier = await import('prettier');
  const filepath = resolve(root, target.file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.format(text, { ...options, filepath });
}

async function main(): Promise<void> {
  for (const target of schemaTargets) {
    const path = resolve(root, target.file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await renderSchemaFile(target));
    console.log(`wrote ${target.file}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}
