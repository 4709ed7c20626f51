/**
 * Zod issues → FieldIssue: a code the screen can word in fi, sv or en, the exact path, and the
 * offending value as written. The code depends on where the value sits (an answer's `current` is a
 * level) and on what the schema expected (the pattern of an id, a date, a web address).
 */
import type { z } from 'zod';
import { formatPath } from '../validation';
import type { FieldIssue, FieldIssueCode } from './problems';

type Issue = z.core.$ZodIssue;

/** The value as a person would see it in the file: strings quoted and shortened, containers elided. */
export function valueParam(input: unknown): string {
  if (input === undefined) return '–';
  if (input === null) return 'null';
  if (Array.isArray(input)) return '[…]';
  switch (typeof input) {
    case 'string': {
      const shown = input.length > 60 ? `${input.slice(0, 57)}…` : input;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(input);
    case 'object':
      return '{…}';
    default:
      return typeof input;
  }
}

/** What kind of value the schema keeps at `path`, where the kind decides the wording. */
type FieldKind = 'answerValue' | 'level' | 'other';

function fieldKind(path: readonly PropertyKey[]): FieldKind {
  const n = path.length;
  const at = (offset: number) => path[n - offset];
  // …answers[<item>].current and …answers[<item>].votes[<participant>]: a level, "not-applicable" or "unknown"
  if (n >= 3 && at(3) === 'answers' && at(1) === 'current') return 'answerValue';
  if (n >= 4 && at(4) === 'answers' && at(2) === 'votes') return 'answerValue';
  if (n >= 3 && at(3) === 'answers' && at(1) === 'target') return 'level';
  return 'other';
}

/** The kind of identifier a regular expression describes, read from its source. */
function patternCode(pattern: string | undefined, path: readonly PropertyKey[]): FieldIssueCode {
  const source = pattern ?? '';
  if (source.includes('@[0-4]-[1-5]')) return 'stepId';
  if (source.includes('^\\d{3}$')) return 'municipalityCode';
  if (source.includes('^\\d+\\.\\d+\\.\\d+$')) return 'version';
  if (source.includes('[A-Za-z0-9_-]{0,63}')) return 'id';
  if (source.includes('^[a-z0-9]+(?:-[a-z0-9]+)*')) return 'slug';
  return path.at(-1) === 'id' ? 'id' : 'invalid';
}

function issue(
  path: readonly PropertyKey[],
  code: FieldIssueCode,
  params: FieldIssue['params'] = {},
): FieldIssue {
  return { path: formatPath(path), code, params };
}

function convert(raw: Issue, basePath: readonly PropertyKey[] = []): FieldIssue[] {
  const path = [...basePath, ...raw.path];
  const input: unknown = (raw as { input?: unknown }).input;
  const value = valueParam(input);
  const kind = fieldKind(path);
  if (kind !== 'other' && input !== undefined && raw.code !== 'invalid_key') {
    return [issue(path, kind, { value })];
  }
  switch (raw.code) {
    case 'invalid_type':
      if (input === undefined) return [issue(path, 'missing')];
      if (raw.expected === 'int') return [issue(path, 'wholeNumber', { value })];
      return [issue(path, 'type', { expected: raw.expected, value })];
    case 'too_big':
      if (raw.origin === 'string')
        return [issue(path, 'textTooLong', { max: Number(raw.maximum), length: String(input).length })];
      if (raw.origin === 'array' || raw.origin === 'set')
        return [
          issue(path, 'tooMany', {
            max: Number(raw.maximum),
            length: Array.isArray(input) ? input.length : 0,
          }),
        ];
      return [issue(path, 'numberTooBig', { max: Number(raw.maximum), value })];
    case 'too_small':
      if (raw.origin === 'string') return [issue(path, 'required')];
      if (raw.origin === 'array' || raw.origin === 'set')
        return [issue(path, 'tooFew', { min: Number(raw.minimum) })];
      return [issue(path, 'numberTooSmall', { min: Number(raw.minimum), value })];
    case 'invalid_format':
      if (raw.format === 'url') return [issue(path, 'url', { value })];
      if (raw.format === 'datetime') return [issue(path, 'dateTime', { value })];
      if (raw.format === 'date') return [issue(path, 'date', { value })];
      if (raw.format === 'regex') return [issue(path, patternCode(raw.pattern, path), { value })];
      return [issue(path, 'invalid', { value })];
    case 'invalid_value':
      return [issue(path, 'choice', { value, options: raw.values.map((v) => JSON.stringify(v)).join(', ') })];
    case 'unrecognized_keys':
      return [
        issue(path, 'unknownFields', { fields: raw.keys.map((key) => JSON.stringify(key)).join(', ') }),
      ];
    case 'invalid_key': {
      // A record key that is not a valid id: the key is the last path segment, and the value the key itself.
      const inner = raw.issues[0];
      const pattern = inner && inner.code === 'invalid_format' ? inner.pattern : undefined;
      return [issue(path, patternCode(pattern, path), { value: valueParam(path.at(-1)) })];
    }
    case 'invalid_union': {
      // When exactly one alternative got past the type check, its own issues say what is wrong.
      const typeMatched = raw.errors.filter(
        (branch) => branch.length > 0 && branch.every((inner) => inner.path.length > 0),
      );
      if (typeMatched.length === 1) return typeMatched[0]!.flatMap((inner) => convert(inner, path));
      return [issue(path, 'invalid', { value })];
    }
    case 'custom': {
      // The refinements in the assessment schema: calendar dates and own step ids.
      if (/calendar date/.test(raw.message)) return [issue(path, 'date', { value })];
      if (/step id/.test(raw.message)) return [issue(path, 'stepId', { value })];
      return [issue(path, 'invalid', { value })];
    }
    default:
      return [issue(path, 'invalid', { value })];
  }
}

/** Zod issues (parsed with `reportInput: true`) as FieldIssues, one per place, in file order. */
export function fieldIssuesFromZod(
  issues: readonly Issue[],
  basePath: readonly PropertyKey[] = [],
): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  for (const raw of issues) {
    for (const converted of convert(raw, basePath)) {
      // A regex and a refinement can both fail on one value: one message per place and kind is enough.
      const key = `${converted.path}\u0000${converted.code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(converted);
    }
  }
  return out;
}
