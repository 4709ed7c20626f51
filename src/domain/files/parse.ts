/**
 * Opening an assessment file: every check a hostile or broken file meets, in the order that keeps
 * each one cheap and safe: size, text encoding, nesting depth, JSON syntax, forbidden keys, type
 * tag, format version (migrating older ones), schema, cross-references. The first failing step
 * refuses the file with a FileProblem; nothing here touches storage, so a refused file changes
 * nothing.
 */
import { crossCheckFile } from './cross-check';
import { assessmentFileType, currentFormatVersion, maxFileBytes, maxJsonDepth } from './format';
import { fieldIssuesFromZod } from './issues';
import { findForbiddenKey, jsonDepthExceeds } from './json-guard';
import { migrateFile, type JsonObject } from './migrations';
import type { FileProblem } from './problems';
import { assessmentFileSchema, type AssessmentFile } from './schema';

export type ReadFileResult =
  | {
      ok: true;
      file: AssessmentFile;
      /** The format version the file had, when it was older. */ migratedFrom: number | null;
    }
  | { ok: false; problem: FileProblem };

const refuse = (problem: FileProblem): ReadFileResult => ({ ok: false, problem });

/** Bytes of a file as it was picked or dropped. */
export function readAssessmentFileBytes(bytes: Uint8Array): ReadFileResult {
  if (bytes.byteLength > maxFileBytes)
    return refuse({ kind: 'tooLarge', bytes: bytes.byteLength, limit: maxFileBytes });
  let text: string;
  try {
    // fatal: bytes that are not UTF-8 (an image, a spreadsheet) are refused instead of read as garbage
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse({ kind: 'binary' });
  }
  return readAssessmentFileText(text);
}

function jsonSyntaxProblem(text: string, error: unknown): FileProblem {
  const message = error instanceof Error ? error.message : '';
  if (/end of (JSON )?(data|input)/i.test(message)) return { kind: 'truncated' };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    if (offset >= text.trimEnd().length) return { kind: 'truncated' };
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return { kind: 'notJson', line, column };
  }
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { kind: 'notJson', line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  return { kind: 'notJson', line: null, column: null };
}

/** The text of a file. */
export function readAssessmentFileText(text: string): ReadFileResult {
  // a UTF-8 byte-order mark is allowed (some editors add one); NUL characters mean a binary file
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // one UTF-16 unit is 1–3 UTF-8 bytes: count bytes only when the length alone does not decide
  if (body.length > maxFileBytes / 3) {
    const bytes = new TextEncoder().encode(body).byteLength;
    if (bytes > maxFileBytes) return refuse({ kind: 'tooLarge', bytes, limit: maxFileBytes });
  }
  if (body.includes('\u0000')) return refuse({ kind: 'binary' });
  if (body.trim() === '') return refuse({ kind: 'empty' });
  if (jsonDepthExceeds(body, maxJsonDepth)) return refuse({ kind: 'tooDeep', limit: maxJsonDepth });
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return refuse(jsonSyntaxProblem(body, error));
  }
  return readAssessmentFileValue(value);
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A parsed JSON value (from a file, or an entry stored in the browser). */
export function readAssessmentFileValue(value: unknown): ReadFileResult {
  const forbidden = findForbiddenKey(value);
  if (forbidden) return refuse({ kind: 'forbiddenKey', ...forbidden });
  if (!isObject(value) || !Object.hasOwn(value, 'type')) return refuse({ kind: 'notAssessmentFile' });
  if (value.type !== assessmentFileType) {
    return refuse({
      kind: 'wrongType',
      found: typeof value.type === 'string' ? value.type.slice(0, 60) : String(value.type),
    });
  }
  const version = value.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse({ kind: 'badFormatVersion' });
  }
  if (version > currentFormatVersion) {
    return refuse({ kind: 'newerFormat', version, supported: currentFormatVersion });
  }
  const migrated = version < currentFormatVersion ? migrateFile(value, version) : value;
  if (!migrated) return refuse({ kind: 'badFormatVersion' });
  const parsed = assessmentFileSchema.safeParse(migrated, { reportInput: true });
  if (!parsed.success) return refuse({ kind: 'invalid', issues: fieldIssuesFromZod(parsed.error.issues) });
  const crossIssues = crossCheckFile(parsed.data);
  if (crossIssues.length > 0) return refuse({ kind: 'invalid', issues: crossIssues });
  return { ok: true, file: parsed.data, migratedFrom: version < currentFormatVersion ? version : null };
}
