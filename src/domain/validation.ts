// Generic validation reporting shared by every data format (questionnaire, and later the offering
// catalog): zod issues and cross-reference findings become `{ path, message }` pairs that a person
// editing a JSON file can act on, e.g. `items[12].levels[3].sv: missing Swedish text`.
import type { z } from 'zod';

/** One problem in a data file: where (`items[3].levels[2].sv`) and what was expected. */
export type ValidationIssue = { path: string; message: string };

/** Result of checking untrusted data: the typed value, or every issue found. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

const identifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * JavaScript-style path: `items[12].levels[3].sv`; keys that are not identifiers are quoted,
 * `answers['open-data.finance.licence'].current`. The root is the empty string.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (typeof segment === 'symbol') out += `[${segment.toString()}]`;
    else if (identifier.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `['${segment.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
  }
  return out;
}

/** `path: message`, or the message alone for the whole file. */
export function formatIssue(issue: ValidationIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/**
 * How a value looks to someone reading JSON: `a string`, `an array`, `null`; with `showValue`,
 * short primitives are quoted as written (`"XL"`, `7`), which helps when the value is the mistake.
 */
export function describeValue(value: unknown, options: { showValue?: boolean } = {}): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string':
      if (!options.showValue) return value.trim() === '' ? 'an empty string' : 'a string';
      return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    case 'number':
      return options.showValue ? String(value) : 'a number';
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const expectedTypeNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  null: 'null',
};

function describeExpectedType(expected: string): string {
  return expectedTypeNames[expected] ?? `a ${expected}`;
}

function describeValues(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  return shown.length === 1 ? shown[0]! : `one of ${shown.join(', ')}`;
}

function plural(count: number | bigint, noun: string): string {
  return `${count} ${noun}${count === 1 || count === 1n ? '' : 's'}`;
}

function lengthOf(input: unknown): number | undefined {
  if (typeof input === 'string' || Array.isArray(input)) return input.length;
  return undefined;
}

function sizeMessage(
  issue: { origin: string; inclusive?: boolean; exact?: boolean; input?: unknown },
  bound: number | bigint,
  side: 'min' | 'max',
): string | undefined {
  const length = lengthOf(issue.input);
  const got = length === undefined ? '' : `, got ${length}`;
  const noun = issue.origin === 'array' ? 'item' : issue.origin === 'string' ? 'character' : undefined;
  if (noun) {
    if (issue.origin === 'string' && side === 'min' && bound === 1) return 'must not be empty';
    const quantity = issue.exact ? 'exactly' : side === 'min' ? 'at least' : 'at most';
    return `expected ${quantity} ${plural(bound, noun)}${got}`;
  }
  if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
    const relation =
      side === 'min'
        ? issue.inclusive
          ? 'at least'
          : 'more than'
        : issue.inclusive
          ? 'at most'
          : 'less than';
    return `expected a number ${relation} ${bound}, got ${describeValue(issue.input, { showValue: true })}`;
  }
  return undefined;
}

const formatNames: Record<string, string> = {
  url: 'a web address such as "https://example.org/"',
  email: 'an e-mail address',
  date: 'a date YYYY-MM-DD',
  datetime: 'a date and time (ISO 8601)',
  uuid: 'a UUID',
};

function shapeKeys(inst: unknown): string[] {
  // The object schema that raised unrecognized_keys knows which keys it allows.
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  return def?.shape ? Object.keys(def.shape) : [];
}

/** What each alternative of a failed union wanted, read from the issue at its root. */
function unionExpectation(branch: readonly z.core.$ZodIssue[]): string | undefined {
  const atRoot = branch.find((issue) => issue.path.length === 0);
  if (!atRoot) return undefined;
  if (atRoot.code === 'invalid_type') return describeExpectedType(atRoot.expected);
  if (atRoot.code === 'invalid_value') return describeValues(atRoot.values);
  return undefined;
}

function unionMessage(issue: z.core.$ZodRawIssue<z.core.$ZodIssueInvalidUnion>): string | undefined {
  const options: unknown = issue['options'];
  if (issue.discriminator !== undefined && Array.isArray(options)) {
    // A discriminated union reports at the discriminator key but carries the whole object.
    const input: unknown = issue.input;
    const value =
      input !== null && typeof input === 'object'
        ? (input as Record<string, unknown>)[issue.discriminator]
        : input;
    return value === undefined
      ? `missing, expected ${describeValues(options)}`
      : `expected ${describeValues(options)}, got ${describeValue(value, { showValue: true })}`;
  }
  const expectations = [...new Set(issue.errors.map(unionExpectation))];
  if (expectations.length === 0 || expectations.some((e) => e === undefined)) {
    // Some alternative got past the type check and failed deeper: name each alternative's first
    // problem rather than pretending the value had the wrong type.
    const firsts = issue.errors
      .map((branch) => branch[0])
      .filter((first): first is z.core.$ZodIssue => first !== undefined)
      .map((first) => (first.path.length ? `${formatPath(first.path)}: ${first.message}` : first.message));
    return firsts.length
      ? `does not match any allowed form: ${[...new Set(firsts)].join('; or ')}`
      : undefined;
  }
  const wanted =
    expectations.length === 1
      ? expectations[0]!
      : `${expectations.slice(0, -1).join(', ')} or ${expectations.at(-1)}`;
  if (issue.input === undefined) return `missing, expected ${wanted}`;
  const showValue = issue.errors.some((branch) =>
    branch.some((b) => b.path.length === 0 && b.code === 'invalid_value'),
  );
  return `expected ${wanted}, got ${describeValue(issue.input, { showValue })}`;
}

/** Smallest number of single-character edits that turn `a` into `b`. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate a typo most likely meant, if one is close enough to be worth suggesting. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(word.length / 5));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Zod error map that writes messages for people editing JSON by hand. Schema-specific messages
 * (e.g. `missing Swedish text`) still win; this covers everything else. Pass it per parse, as
 * `validateWith` does, rather than globally: form messages in the UI are localized separately.
 */
export const humanErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = describeExpectedType(issue.expected);
      return issue.input === undefined
        ? `missing, expected ${expected}`
        : `expected ${expected}, got ${describeValue(issue.input)}`;
    }
    case 'invalid_value':
      return issue.input === undefined
        ? `missing, expected ${describeValues(issue.values)}`
        : `expected ${describeValues(issue.values)}, got ${describeValue(issue.input, { showValue: true })}`;
    case 'too_small':
      return sizeMessage(issue, issue.minimum, 'min');
    case 'too_big':
      return sizeMessage(issue, issue.maximum, 'max');
    case 'invalid_format': {
      const got = describeValue(issue.input, { showValue: true });
      if (issue.format === 'regex' && issue.pattern)
        return `expected text matching ${issue.pattern}, got ${got}`;
      return `expected ${formatNames[issue.format] ?? issue.format}, got ${got}`;
    }
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}, got ${describeValue(issue.input, { showValue: true })}`;
    case 'unrecognized_keys': {
      const allowed = shapeKeys(issue.inst);
      const described = issue.keys.map((key) => {
        const suggestion = closestMatch(key, allowed);
        return suggestion ? `"${key}" (did you mean "${suggestion}"?)` : `"${key}"`;
      });
      return `unknown field${issue.keys.length === 1 ? '' : 's'} ${described.join(', ')}`;
    }
    case 'invalid_union':
      return unionMessage(issue);
    default:
      return undefined;
  }
};

/**
 * A failed union where exactly one alternative got past the type check (`["ok", 7]` against
 * `"all" | string[]`) is that alternative's problem: report its issues at their exact paths.
 */
function expandUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue];
  const typeMatched = issue.errors.filter(
    (branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0),
  );
  if (typeMatched.length !== 1) return [issue];
  return typeMatched[0]!.flatMap((inner) => expandUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Zod issues as `{ path, message }`; parse with `humanErrorMap` (see `validateWith`) for readable messages. */
export function issuesFromZod(error: { issues: readonly z.core.$ZodIssue[] }): ValidationIssue[] {
  return error.issues
    .flatMap(expandUnion)
    .map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Parses untrusted data with human-readable messages. */
export function validateWith<S extends z.ZodType>(schema: S, input: unknown): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { error: humanErrorMap });
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, issues: issuesFromZod(result.error) };
}
