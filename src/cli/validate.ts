// `npm run validate -- <file> [more files]`: checks data files from the command line with the same
// code the app uses to load them. Prints the issues one per line and exits 1, or prints a summary.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { licenceClass, parseCatalog } from '../domain/offering/catalog';
import { coverageSummary, renderCoverage } from '../domain/questionnaire/coverage';
import { parseQuestionnaire } from '../domain/questionnaire/validate';
import { formatIssue, type ValidationIssue } from '../domain/validation';

/** A data format the CLI knows: how to recognise it by shape and how to check it. */
type FileFormat = {
  name: string;
  recognise(json: unknown): boolean;
  check(json: unknown): { issues: ValidationIssue[]; warnings: ValidationIssue[]; summary?: string };
};

const hasKeys = (json: unknown, ...keys: string[]): boolean =>
  json !== null && typeof json === 'object' && !Array.isArray(json) && keys.every((key) => key in json);

/** Item tags of the shipped questionnaire: a catalog tag outside them never makes an offering match. */
function questionnaireTags(): ReadonlySet<string> | undefined {
  try {
    const file = resolve(dirname(fileURLToPath(import.meta.url)), '../../questionnaires/avoin-kunta.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { items?: Array<{ tags?: unknown }> };
    return new Set(
      (json.items ?? []).flatMap((item) => (Array.isArray(item.tags) ? item.tags.map(String) : [])),
    );
  } catch {
    return undefined;
  }
}

const formats: FileFormat[] = [
  {
    name: 'questionnaire',
    recognise: (json) => hasKeys(json, 'items', 'dimensions'),
    check(json) {
      const result = parseQuestionnaire(json);
      if (!result.ok) return { issues: result.issues, warnings: [] };
      return {
        issues: [],
        warnings: result.warnings,
        summary: renderCoverage(coverageSummary(result.questionnaire)),
      };
    },
  },
  {
    name: 'offering catalog',
    recognise: (json) => hasKeys(json, 'providers', 'offerings'),
    check(json) {
      const result = parseCatalog(json, { knownTags: questionnaireTags() });
      if (!result.ok) return { issues: result.issues, warnings: [] };
      const count = (cls: string) => result.offerings.filter((o) => licenceClass(o) === cls).length;
      const unconfirmed = result.offerings.filter((o) => o.licence.unconfirmed === true).length;
      return {
        issues: [],
        warnings: result.warnings,
        summary: [
          `${result.catalog.providers.length} providers, ${result.offerings.length} offerings`,
          `open ${count('open')}, partly open ${count('partly-open')}, not openly licensed ${count('closed')}`,
          `licence to be confirmed: ${unconfirmed}`,
        ].join('\n'),
      };
    },
  },
];

/** Reads JSON, turning a syntax error into a line and column a person can find. */
function readJson(file: string): { ok: true; json: unknown } | { ok: false; message: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ok: false, message: `cannot read the file: ${(error as Error).message}` };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message)?.[1];
    if (position === undefined) return { ok: false, message: `invalid JSON: ${message}` };
    const before = text.slice(0, Number(position));
    const line = before.split('\n').length;
    const column = Number(position) - before.lastIndexOf('\n');
    return { ok: false, message: `invalid JSON at line ${line}, column ${column}: ${message}` };
  }
}

/** Checks each file; returns the exit code. `print` and `printError` receive whole lines. */
export function validateFiles(
  files: readonly string[],
  print: (line: string) => void = console.log,
  printError: (line: string) => void = console.error,
): number {
  if (files.length === 0) {
    printError('usage: npm run validate -- <file.json> [more files]');
    return 2;
  }
  let failed = false;
  for (const file of files) {
    const read = readJson(file);
    if (!read.ok) {
      printError(`${file}: ${read.message}`);
      failed = true;
      continue;
    }
    const format = formats.find((f) => f.recognise(read.json));
    if (!format) {
      printError(
        `${file}: not a known data file; expected a questionnaire (an object with "items" and "dimensions") or an offering catalog (an object with "providers" and "offerings")`,
      );
      failed = true;
      continue;
    }
    const { issues, warnings, summary } = format.check(read.json);
    for (const issue of issues) printError(`${file}: ${formatIssue(issue)}`);
    if (issues.length > 0) {
      printError(
        `${file}: ${issues.length} error${issues.length === 1 ? '' : 's'}; the ${format.name} cannot be used`,
      );
      failed = true;
      continue;
    }
    print(`${file}: valid ${format.name}`);
    for (const warning of warnings) print(`${file}: warning: ${formatIssue(warning)}`);
    if (summary) print(`\n${summary}\n`);
  }
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = validateFiles(process.argv.slice(2));
}
