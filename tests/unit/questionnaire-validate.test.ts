import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { z } from 'zod';
import { validateFiles } from '../../src/cli/validate';
import {
  countItems,
  coverageGaps,
  coverageSummary,
  renderCoverage,
} from '../../src/domain/questionnaire/coverage';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import { itemAppliesTo, itemsInProfile, parseQuestionnaire } from '../../src/domain/questionnaire/validate';
import { findUntranslatedTexts, isProperNounLike, localizedTextSchema } from '../../src/domain/text';
import { formatIssue, formatPath, validateWith } from '../../src/domain/validation';

const repo = resolve(import.meta.dirname, '../..');
const fixtures = `${repo}/tests/fixtures/questionnaires/`;
const minimalFile = `${fixtures}valid/minimal.json`;

// Tests reach into the raw JSON and set fields to arbitrary, even wrongly typed, values.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

/** A fresh copy each time, so a test may mutate it. */
function minimalJson(): RawJson {
  return JSON.parse(readFileSync(minimalFile, 'utf8')) as RawJson;
}

function minimal(): Questionnaire {
  const result = parseQuestionnaire(minimalJson());
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.questionnaire;
}

/** The issues of a questionnaire that must not load, as `path: message` lines. */
function errorsOf(json: unknown): string[] {
  const result = parseQuestionnaire(json);
  if (result.ok) throw new Error('expected the questionnaire to be refused');
  return result.issues.map(formatIssue);
}

function warningsOf(json: unknown): string[] {
  const result = parseQuestionnaire(json);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.warnings.map(formatIssue);
}

describe('formatPath', () => {
  it('writes indexes in brackets and identifier keys with dots', () => {
    expect(formatPath(['items', 12, 'levels', 3, 'sv'])).toBe('items[12].levels[3].sv');
  });

  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['answers', 'open-data.finance.licence', 'current'])).toBe(
      "answers['open-data.finance.licence'].current",
    );
    expect(formatPath(['notes', "it's"])).toBe("notes['it\\'s']");
    expect(formatPath(['$schema'])).toBe('$schema');
  });

  it('gives the empty string for the whole file', () => {
    expect(formatPath([])).toBe('');
    expect(formatIssue({ path: '', message: 'expected an object, got an array' })).toBe(
      'expected an object, got an array',
    );
  });
});

describe('human zod messages', () => {
  const messages = (schema: z.ZodType, input: unknown) => {
    const result = validateWith(schema, input);
    return result.ok ? [] : result.issues.map(formatIssue);
  };

  it('says which language is missing', () => {
    expect(messages(localizedTextSchema, { fi: 'Kunta', en: 'Municipality' })).toEqual([
      'sv: missing Swedish text',
    ]);
    expect(messages(localizedTextSchema, { fi: 'Kunta', sv: '  ', en: 'Municipality' })).toEqual([
      'sv: missing Swedish text',
    ]);
    expect(
      messages(localizedTextSchema, { fi: 'Kunta', sv: 'Kommun', en: 'Municipality', de: 'Gemeinde' }),
    ).toEqual(['unknown language "de"; expected only "fi", "sv" and "en"']);
  });

  it('names the expected and the received type', () => {
    expect(messages(z.object({ n: z.number() }), { n: '5' })).toEqual(['n: expected a number, got a string']);
    expect(messages(z.object({ n: z.number() }), {})).toEqual(['n: missing, expected a number']);
    expect(messages(z.object({ b: z.boolean() }), { b: null })).toEqual([
      'b: expected true or false, got null',
    ]);
  });

  it('turns a failed union into one readable message', () => {
    const schema = z.object({ areas: z.union([z.literal('all'), z.array(z.string()).min(1)]) });
    expect(messages(schema, { areas: 5 })).toEqual(['areas: expected "all" or an array, got 5']);
    expect(messages(schema, { areas: 'some' })).toEqual(['areas: expected "all" or an array, got "some"']);
    expect(messages(schema, {})).toEqual(['areas: missing, expected "all" or an array']);
    // The array alternative matched the type, so its own problem is reported at the exact place.
    expect(messages(schema, { areas: [] })).toEqual(['areas: expected at least 1 item, got 0']);
    expect(messages(schema, { areas: ['ok', 7] })).toEqual(['areas[1]: expected a string, got a number']);
  });

  it('names the allowed kinds of a discriminated union (the catalog format uses them)', () => {
    const kind = z.discriminatedUnion('type', [
      z.object({ type: z.literal('product') }),
      z.object({ type: z.literal('service'), hours: z.number() }),
    ]);
    expect(messages(kind, { type: 'x' })).toEqual(['type: expected one of "product", "service", got "x"']);
    expect(messages(kind, {})).toEqual(['type: missing, expected one of "product", "service"']);
    expect(messages(kind, { type: 'service' })).toEqual(['hours: missing, expected a number']);
  });

  it('lists allowed values, sizes and unknown fields', () => {
    expect(messages(z.enum(['S', 'M', 'L']), 'XL')).toEqual(['expected one of "S", "M", "L", got "XL"']);
    expect(messages(z.array(z.number()).length(3), [1])).toEqual(['expected exactly 3 items, got 1']);
    expect(messages(z.number().max(60), 90)).toEqual(['expected a number at most 60, got 90']);
    expect(messages(z.number().positive(), 0)).toEqual(['expected a number more than 0, got 0']);
    expect(messages(z.string().min(1), '')).toEqual(['must not be empty']);
    expect(messages(z.strictObject({ weight: z.number().optional() }), { weigth: 1, colour: 'red' })).toEqual(
      ['unknown fields "weigth" (did you mean "weight"?), "colour"'],
    );
  });

  it('never falls back to zod\'s generic "Invalid input"', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = parseQuestionnaire(json);
        if (result.ok) return false;
        return result.issues.every((issue) => !/invalid input|invalid option/i.test(issue.message));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseQuestionnaire', () => {
  it('accepts the minimal questionnaire without warnings', () => {
    const result = parseQuestionnaire(minimalJson());
    expect(result).toMatchObject({ ok: true, warnings: [] });
  });

  it('reports every removed required field at its exact path', () => {
    const optional = new Set(['$schema', 'replaces', 'eifLayer', 'deadlines', 'url']);
    const paths: (string | number)[][] = [];
    const collect = (node: unknown, path: (string | number)[]) => {
      if (Array.isArray(node)) node.forEach((child, i) => collect(child, [...path, i]));
      else if (node !== null && typeof node === 'object') {
        for (const [key, child] of Object.entries(node)) {
          if (!optional.has(key)) paths.push([...path, key]);
          collect(child, [...path, key]);
        }
      }
    };
    collect(minimalJson(), []);
    expect(paths.length).toBeGreaterThan(400);
    for (const path of paths) {
      const json = minimalJson();
      const parent = path.slice(0, -1).reduce<RawJson>((node, key) => node[key], json);
      delete parent[path.at(-1)!];
      const result = parseQuestionnaire(json);
      expect(result.ok, formatPath(path)).toBe(false);
      if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(formatPath(path));
    }
  });

  describe('refuses each broken fixture with a path-precise message', () => {
    const expected: Record<string, string[]> = {
      'missing-swedish.json': ['items[1].levels[3].sv: missing Swedish text'],
      'duplicate-id.json': [
        'items[4].id: duplicate item id "open-apis.general.api-principles" (already used by items[2])',
      ],
      'dangling-prerequisite.json': [
        'items[3].prerequisites[0].item: unknown item "open-apis.general.api-principle"; did you mean "open-apis.general.api-principles"?',
      ],
      'prerequisite-cycle.json': [
        'items[0].prerequisites[0].item: prerequisite cycle: open-source.general.policy → open-source.land-use.map-platform → open-source.general.policy',
      ],
      'level-missing.json': ['items[2].levels: expected 6 level descriptors (levels 0–5), got 5'],
      'action-missing.json': ['items[1].actions: expected 5 actions (0→1 … 4→5), got 4'],
      'wrong-type.json': ['items[1].actions[2].cost.min: expected a number, got a string'],
      'areas-not-a-list.json': ['items[1].areas: expected "all" or an array, got "land-use"'],
      'unknown-area.json': ['items[1].areas[1]: unknown area "transport"; expected one of land-use, finance'],
      'unknown-profile-item.json': [
        'profiles[0].items[1]: unknown item "open-apis.general.api-catalogue"; expected one of open-source.general.policy, open-source.land-use.map-platform, open-apis.general.api-principles, open-apis.finance.e-invoicing',
      ],
      'misspelt-field.json': [
        'items[0].weight: missing, expected one of 1, 2, 3',
        'items[0]: unknown field "weigth" (did you mean "weight"?)',
      ],
      'untranslated-text.json': [
        'items[0].help: expected a text in three languages { "fi": …, "sv": …, "en": … }, got a string',
      ],
      'not-an-object.json': ['expected an object, got an array'],
    };

    it('has an expectation for every file in the corpus', () => {
      expect(readdirSync(`${fixtures}broken`).sort()).toEqual(Object.keys(expected).sort());
    });

    it.each(Object.entries(expected))('%s', (file, messages) => {
      expect(errorsOf(JSON.parse(readFileSync(`${fixtures}broken/${file}`, 'utf8')))).toEqual(messages);
    });
  });

  it('refuses duplicate ids in every list', () => {
    const json = minimalJson();
    json.phases.push({ ...json.phases[0] });
    json.dimensions.push({ ...json.dimensions[1] });
    json.profiles.push({ ...json.profiles[0] });
    expect(errorsOf(json)).toEqual([
      'phases[3].id: duplicate phase id "strategy" (already used by phases[0])',
      'dimensions[2].id: duplicate dimension id "open-apis" (already used by dimensions[1])',
      'profiles[2].id: duplicate profile id "quick" (already used by profiles[0])',
    ]);
  });

  it('refuses unknown dimensions and phases, repeated ids and a self-prerequisite', () => {
    const json = minimalJson();
    json.items[1].dimension = 'open-sauce';
    json.items[2].phases = ['strategy', 'strategy'];
    json.items[3].prerequisites[0].item = json.items[3].id;
    json.profiles[0].items.push('open-source.general.policy');
    expect(errorsOf(json)).toEqual([
      // Document order: the file lists profiles before items.
      'profiles[0].items[3]: "open-source.general.policy" is listed twice',
      'items[1].id: expected an id "open-sauce.<area id | general>.<slug>", got "open-source.land-use.map-platform"',
      'items[1].dimension: unknown dimension "open-sauce"; did you mean "open-source"?',
      'items[2].phases[1]: "strategy" is listed twice',
      'items[3].prerequisites[0].item: an item cannot be its own prerequisite',
    ]);
  });

  it('reports a longer prerequisite cycle once, from its first item', () => {
    const json = minimalJson();
    // policy → e-invoicing → api-principles → policy
    json.items[0].prerequisites = [{ item: 'open-apis.finance.e-invoicing', level: 1 }];
    json.items[2].prerequisites = [{ item: 'open-source.general.policy', level: 1 }];
    expect(errorsOf(json)).toEqual([
      'items[0].prerequisites[0].item: prerequisite cycle: open-source.general.policy → open-apis.finance.e-invoicing → open-apis.general.api-principles → open-source.general.policy',
    ]);
  });

  it('keeps old ids mapping to exactly one current item', () => {
    const json = minimalJson();
    json.items[0].replaces = ['open-apis.finance.einvoice'];
    json.items[1].replaces = ['open-apis.general.api-principles'];
    expect(errorsOf(json)).toEqual([
      'items[1].replaces[0]: "open-apis.general.api-principles" is still an item of this questionnaire; an id that is replaced must be gone',
      'items[3].replaces[0]: "open-apis.finance.einvoice" is already replaced by items[0]; old answers must map to one item',
    ]);
  });

  it('checks the scale order, real dates and cost bands', () => {
    const json = minimalJson();
    json.scale[2].level = 3;
    json.items[3].deadlines[0].date = '2028-02-30';
    json.items[0].actions[0].cost = { min: 9000, max: 100 };
    expect(errorsOf(json)).toEqual([
      'items[0].actions[0].cost.max: must be at least cost.min',
      'items[3].deadlines[0].date: no such date: "2028-02-30"',
    ]);
    // Cross-references are checked only once the schema holds.
    json.items[3].deadlines[0].date = '2028-02-28';
    json.items[0].actions[0].cost = { min: 0, max: 100 };
    expect(errorsOf(json)).toEqual(['scale[2].level: expected 2: the scale lists levels 0–5 in order']);
  });

  it('warns about copied translations and ids whose area segment went out of date', () => {
    const json = minimalJson();
    json.items[0].levels[2].sv = json.items[0].levels[2].fi;
    json.items[1].question.sv = json.items[1].question.en;
    json.items[1].areas = ['finance'];
    json.dimensions[0].name = { fi: 'X-Road', sv: 'X-Road', en: 'X-Road' };
    expect(warningsOf(json)).toEqual([
      'items[1].id: second segment "land-use" is an area the item does not list; expected "general" or one of finance',
      'items[0].levels[2].sv: same as the Finnish text',
      'items[1].question.sv: same as the English text',
    ]);
  });
});

describe('findUntranslatedTexts', () => {
  it('allows short proper nouns and flags copied sentences', () => {
    expect(isProperNounLike('eVaka')).toBe(true);
    expect(isProperNounLike('Linked Events API')).toBe(true);
    expect(isProperNounLike('avoindata.fi')).toBe(true);
    expect(isProperNounLike('Ad hoc')).toBe(true);
    expect(isProperNounLike('kunta')).toBe(false);
    expect(isProperNounLike('Ei käytössä')).toBe(false);
    expect(isProperNounLike('Kunnalla on linjaus avoimesta lähdekoodista')).toBe(false);
    expect(
      findUntranslatedTexts({
        list: [{ fi: 'Kunnalla on linjaus.', sv: 'Kunnalla on linjaus.', en: 'Kunnalla on linjaus.' }],
      }).map(formatIssue),
    ).toEqual(['list[0].sv: same as the Finnish text', 'list[0].en: same as the Finnish text']);
  });
});

describe('profile and scope helpers', () => {
  it('lists a profile\'s items in questionnaire order; "all" is every item', () => {
    const q = minimal();
    expect(itemsInProfile(q, 'quick').map((i) => i.id)).toEqual([
      'open-source.general.policy',
      'open-apis.general.api-principles',
      'open-apis.finance.e-invoicing',
    ]);
    expect(itemsInProfile(q, 'full')).toHaveLength(4);
    expect(() => itemsInProfile(q, 'nope')).toThrow(/no profile "nope"/);
  });

  it('matches "all" to any non-empty scope and lists by overlap', () => {
    const [policy, mapPlatform] = minimal().items;
    expect(itemAppliesTo(policy!, ['finance'], ['strategy'])).toBe(true);
    expect(itemAppliesTo(policy!, ['finance'], ['production'])).toBe(false);
    expect(itemAppliesTo(policy!, [], ['strategy'])).toBe(false);
    expect(itemAppliesTo(mapPlatform!, ['land-use', 'finance'], ['production'])).toBe(true);
    expect(itemAppliesTo(mapPlatform!, ['finance'], ['production'])).toBe(false);
  });
});

describe('coverage', () => {
  it('counts an item for "all" areas in every area', () => {
    const q = minimal();
    const counts = countItems(q, q.items);
    expect(counts.byDimensionArea).toEqual({
      'open-source': { 'land-use': 2, finance: 1 },
      'open-apis': { 'land-use': 1, finance: 2 },
    });
    expect(counts.byPhase).toEqual({ strategy: 2, development: 2, production: 2 });
    expect(counts.byDimension).toEqual({ 'open-source': 2, 'open-apis': 2 });
  });

  it('summarises each profile and names what a set of items leaves empty', () => {
    const q = minimal();
    const summary = coverageSummary(q);
    expect(summary.profiles.map((p) => [p.id, p.counts.total, p.estimatedMinutes])).toEqual([
      ['quick', 3, 5],
      ['full', 4, 12],
    ]);
    const onlyMapPlatform = countItems(q, [q.items[1]!]);
    expect(coverageGaps(summary, onlyMapPlatform)).toEqual({
      dimensions: ['open-apis'],
      phases: ['strategy'],
      cells: [['open-source', 'finance']],
    });
  });

  it('renders the dimension × area table for the command line', () => {
    const text = renderCoverage(coverageSummary(minimal()));
    expect(text).toContain('minimal 1.2.0: 4 items, 2 dimensions, 2 areas, 3 phases');
    expect(text).toMatch(/^open-source\s+2\s+1\s+2$/m);
    expect(text).toMatch(/^phase strategy\s+2\s+2\s+2$/m);
    expect(text).toContain('quick: 3 items, about 5 min; covers every dimension × area and phase');
  });
});

describe('npm run validate', () => {
  const run = (files: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = validateFiles(
      files,
      (l) => out.push(l),
      (l) => err.push(l),
    );
    return { code, out: out.join('\n'), err };
  };

  it('prints the coverage summary for a valid questionnaire', () => {
    const { code, out, err } = run([minimalFile]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toContain('valid questionnaire');
    expect(out).toContain('Items per dimension × area');
  });

  it('lists the errors one per line and fails', () => {
    const file = `${fixtures}broken/misspelt-field.json`;
    const { code, err } = run([file]);
    expect(code).toBe(1);
    expect(err).toEqual([
      `${file}: items[0].weight: missing, expected one of 1, 2, 3`,
      `${file}: items[0]: unknown field "weigth" (did you mean "weight"?)`,
      `${file}: 2 errors; the questionnaire cannot be used`,
    ]);
  });

  it('refuses files it does not recognise and JSON it cannot read', () => {
    expect(run([`${fixtures}broken/not-an-object.json`]).err[0]).toMatch(/not a known data file/);
    expect(run([`${fixtures}does-not-exist.json`]).err[0]).toMatch(/cannot read the file/);
    expect(run([]).code).toBe(2);
  });

  it('runs as a script with the exit code', () => {
    const tsx = `${repo}/node_modules/.bin/tsx`;
    const script = `${repo}/src/cli/validate.ts`;
    expect(execFileSync(tsx, [script, minimalFile], { encoding: 'utf8' })).toContain('valid questionnaire');
    expect(() => execFileSync(tsx, [script, `${fixtures}broken/wrong-type.json`], { stdio: 'pipe' })).toThrow(
      /Command failed/,
    );
  }, 20_000);
});
