// The data files in questionnaires/ as shipped: each one loads, its JSON Schema is current, and the
// Avoin kunta questionnaire covers its model and is translated.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { jsonSchemaFor, schemaTargets } from '../../src/cli/generate-schemas';
import { coverageGaps, coverageSummary } from '../../src/domain/questionnaire/coverage';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { parseQuestionnaire } from '../../src/domain/questionnaire/validate';
import { findUntranslatedTexts } from '../../src/domain/text';
import { formatIssue } from '../../src/domain/validation';

const repo = resolve(import.meta.dirname, '../..');
const folder = resolve(repo, 'questionnaires');
const schemaFile = resolve(folder, 'schema/questionnaire.schema.json');

// Only the top level: schema/ holds generated JSON Schema, parts/ holds drafts before merging.
const files = readdirSync(folder).filter((name) => name.endsWith('.json'));

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

function load(name: string): { json: unknown; questionnaire: Questionnaire } {
  const path = resolve(folder, name);
  if (!existsSync(path)) throw new Error(`questionnaires/${name} does not exist`);
  const json = readJson(path);
  const result = parseQuestionnaire(json);
  if (!result.ok) throw new Error(`questionnaires/${name}:\n${result.issues.map(formatIssue).join('\n')}`);
  return { json, questionnaire: result.questionnaire };
}

describe('questionnaire files', () => {
  it('include the Avoin kunta questionnaire', () => {
    expect(files).toContain('avoin-kunta.json');
  });

  for (const name of files) {
    it(`${name} parses, cross-checks and points editors to the schema`, () => {
      const json = readJson(resolve(folder, name)) as { $schema?: string };
      const result = parseQuestionnaire(json);
      expect(result.ok ? [] : result.issues.map(formatIssue)).toEqual([]);
      expect(json.$schema && resolve(dirname(resolve(folder, name)), json.$schema)).toBe(schemaFile);
    });
  }

  it.each(schemaTargets)('committed $file is up to date (regenerate with npm run schemas)', (target) => {
    expect(readJson(resolve(repo, target.file))).toEqual(jsonSchemaFor(target));
  });
});

describe('avoin-kunta.json', () => {
  it('full profile has every item and covers every dimension × area', () => {
    const { questionnaire } = load('avoin-kunta.json');
    expect(questionnaire.profiles.find((p) => p.id === 'full')?.items).toBe('all');
    const summary = coverageSummary(questionnaire);
    const full = summary.profiles.find((p) => p.id === 'full')!;
    expect(coverageGaps(summary, full.counts)).toEqual({ dimensions: [], phases: [], cells: [] });
  });

  it('quick profile has 20–30 items and covers every dimension and phase', () => {
    const summary = coverageSummary(load('avoin-kunta.json').questionnaire);
    const quick = summary.profiles.find((p) => p.id === 'quick');
    expect(quick, 'a profile with id "quick"').toBeDefined();
    expect(quick!.counts.total).toBeGreaterThanOrEqual(20);
    expect(quick!.counts.total).toBeLessThanOrEqual(30);
    const gaps = coverageGaps(summary, quick!.counts);
    expect({ dimensions: gaps.dimensions, phases: gaps.phases }).toEqual({ dimensions: [], phases: [] });
  });

  it('has every Swedish and English text written, not copied from Finnish (names allowed)', () => {
    // The schema already refuses empty texts; this catches copies a translator left behind.
    const { json } = load('avoin-kunta.json');
    expect(findUntranslatedTexts(json).map(formatIssue)).toEqual([]);
  });
});
