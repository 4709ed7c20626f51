/**
 * Checks on untrusted JSON that come before (and beside) the schema: how deep it nests and whether
 * it uses keys that could pollute prototypes. Pure and iterative, so a hostile file cannot blow the
 * stack.
 */
import { formatPath } from '../validation';
import { forbiddenKeys } from './format';

/**
 * The deepest nesting of `[` and `{` in JSON text, counted outside strings, stopping as soon as it
 * passes `limit` (the rest of a hostile file is not worth reading).
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (inString) {
      if (ch === 0x5c /* \ */) i++;
      else if (ch === 0x22 /* " */) inString = false;
      continue;
    }
    if (ch === 0x22) inString = true;
    else if (ch === 0x7b /* { */ || ch === 0x5b /* [ */) {
      depth++;
      if (depth > limit) return true;
    } else if (ch === 0x7d /* } */ || ch === 0x5d /* ] */) depth--;
  }
  return false;
}

/** The first forbidden key (`__proto__`, `constructor`, `prototype`) anywhere in a parsed value, with its path. */
export function findForbiddenKey(value: unknown): { path: string; key: string } | null {
  const stack: Array<{ node: unknown; path: PropertyKey[] }> = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], path: [...path, i] });
      continue;
    }
    const keys = Object.keys(node);
    for (const key of keys) {
      if (forbiddenKeys.has(key)) return { path: formatPath(path), key };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      stack.push({ node: (node as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}
