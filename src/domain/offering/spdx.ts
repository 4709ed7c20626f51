/**
 * SPDX licence expressions, checked against the SPDX licence list as the maintained npm packages
 * ship it (`spdx-license-ids` for the ids, `spdx-expression-parse` for the grammar), never against
 * a list typed by hand. Used by the catalog schema (English messages for file authors) and by the
 * supplier form (localized messages), so both apply the same rule.
 */
import parse from 'spdx-expression-parse';
import deprecatedIds from 'spdx-license-ids/deprecated.json';
import currentIds from 'spdx-license-ids/index.json';
import { closestMatch } from '../validation';

/** Current (not deprecated) SPDX licence ids, for pickers. */
export const spdxLicenseIds: readonly string[] = currentIds;

const current = new Set<string>(currentIds);
const deprecated = new Set<string>(deprecatedIds);
const byLowerCase = new Map<string, string>(
  [...currentIds, ...deprecatedIds].map((id) => [id.toLowerCase(), id]),
);

/** What is wrong with an expression, precisely enough for a person to fix it. */
export type SpdxProblem =
  | { kind: 'empty' }
  | { kind: 'too-long' }
  /** A licence id that is not on the SPDX licence list; `suggestions`, closest first, when some are close. */
  | { kind: 'unknown-id'; id: string; suggestions: string[] }
  /** An id the SPDX list has deprecated (e.g. "GPL-3.0"); `replacements` are the ids to use instead. */
  | { kind: 'deprecated-id'; id: string; replacements: string[] }
  /** Ids are known but the expression does not follow the grammar ("MIT OR", unbalanced parentheses). */
  | { kind: 'syntax'; detail: string };

const operators = new Set(['AND', 'OR', 'WITH']);
const maxLength = 500;

function tokens(expression: string): string[] {
  return expression.replace(/[()]/g, ' ').trim().split(/\s+/).filter(Boolean);
}

function replacementsFor(id: string): string[] {
  const base = id.replace(/\+$/, '');
  return [`${base}-only`, `${base}-or-later`].filter((candidate) => current.has(candidate));
}

const normalize = (id: string) => id.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Ids a mistyped id probably meant: the same id in other letter case ("mit"), ids that start the
 * same once punctuation is ignored ("GPL3" → "GPL-3.0-only", "GPL-3.0-or-later"), or the
 * closest by edit distance.
 */
function suggestionsFor(id: string): string[] {
  const sameLetters = byLowerCase.get(id.toLowerCase());
  if (sameLetters) return [sameLetters];
  const key = normalize(id);
  if (key.length >= 3) {
    const prefixed = currentIds
      .filter((candidate) => normalize(candidate).startsWith(key))
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    const first = prefixed[0];
    if (first) {
      // "-only" and "-or-later" are a choice the author must make: offer both
      const family = first.replace(/-(only|or-later)$/, '');
      const pair = [`${family}-only`, `${family}-or-later`].filter((candidate) => current.has(candidate));
      return pair.length === 2 ? pair : prefixed.slice(0, 2);
    }
  }
  const closest = closestMatch(id, currentIds);
  return closest ? [closest] : [];
}

/**
 * Checks the ids first, so that a misspelt id is reported as such ("GPL3", did you mean
 * "GPL-3.0-only"?) rather than as a grammar error at some offset; then the grammar.
 * With `allowDeprecated`, deprecated ids pass (the engine's syntax check accepts them).
 */
export function checkSpdxExpression(
  expression: string,
  { allowDeprecated = false } = {},
): SpdxProblem | null {
  if (expression.trim() === '') return { kind: 'empty' };
  if (expression.length > maxLength) return { kind: 'too-long' };
  const list = tokens(expression);
  for (let i = 0; i < list.length; i++) {
    const token = list[i]!;
    if (operators.has(token.toUpperCase())) continue;
    // an exception id follows WITH; the grammar check below knows the exception list
    if (list[i - 1]?.toUpperCase() === 'WITH') continue;
    if (/^(?:DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$/.test(token)) continue;
    const id = token.endsWith('+') ? token.slice(0, -1) : token;
    if (current.has(id)) continue;
    if (deprecated.has(id)) {
      if (allowDeprecated) continue;
      const replacements = replacementsFor(id);
      const orLater = replacements.filter((r) => r.endsWith('-or-later'));
      return { kind: 'deprecated-id', id, replacements: token.endsWith('+') ? orLater : replacements };
    }
    return { kind: 'unknown-id', id, suggestions: suggestionsFor(id) };
  }
  try {
    parse(expression);
    return null;
  } catch (error) {
    return { kind: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
}

/** True when `expression` is a valid SPDX licence expression whose ids are on the SPDX list (deprecated ids included). */
export function isSpdxExpression(expression: string): boolean {
  return checkSpdxExpression(expression, { allowDeprecated: true }) === null;
}

/** The problem in English, for people editing a catalog file. */
export function describeSpdxProblem(problem: SpdxProblem): string {
  switch (problem.kind) {
    case 'empty':
      return 'expected an SPDX licence expression such as "MIT" or "AGPL-3.0-or-later"';
    case 'too-long':
      return `an SPDX expression of at most ${maxLength} characters`;
    case 'unknown-id':
      return problem.suggestions.length > 0
        ? `"${problem.id}" is not on the SPDX licence list; did you mean ${problem.suggestions.map((s) => `"${s}"`).join(' or ')}?`
        : `"${problem.id}" is not on the SPDX licence list (see https://spdx.org/licenses/)`;
    case 'deprecated-id':
      return problem.replacements.length > 0
        ? `"${problem.id}" is deprecated on the SPDX licence list; use ${problem.replacements.map((r) => `"${r}"`).join(' or ')}`
        : `"${problem.id}" is deprecated on the SPDX licence list`;
    case 'syntax':
      // the parser's own message names internals, not the author's mistake
      return 'not a valid SPDX licence expression: join licence ids with AND, OR, WITH and parentheses, e.g. "MIT OR Apache-2.0"';
  }
}

/** The licence ids an expression names (LicenseRef-… included), in order, without duplicates. */
export function licenceIdsIn(expression: string): string[] {
  const seen = new Set<string>();
  const list = tokens(expression);
  list.forEach((token, i) => {
    if (operators.has(token.toUpperCase()) || list[i - 1]?.toUpperCase() === 'WITH') return;
    seen.add(token.replace(/\+$/, ''));
  });
  return [...seen];
}
