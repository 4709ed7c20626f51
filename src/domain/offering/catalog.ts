import { compareNames, compareStrings } from '../collections';
import { findUntranslatedTexts } from '../text';
import { validateWith, type ValidationIssue } from '../validation';
import { catalogSchema, resolveOfferings, type Catalog, type Offering, type OfferingType } from './schema';

/**
 * Loading, importing and browsing offering catalogs: parse a file the way the app and
 * `npm run validate` do, plan an import (replace or merge, with what it adds, changes and removes),
 * and the filters of the catalog screen. Pure functions over plain data.
 */

export type CatalogParseResult =
  | { ok: true; catalog: Catalog; offerings: Offering[]; warnings: ValidationIssue[] }
  | { ok: false; issues: ValidationIssue[] };

/**
 * Validates untrusted JSON as a catalog. `knownTags` (the questionnaire's item tags), when given,
 * turns tags that no item uses into warnings: such a tag never makes an offering match.
 */
export function parseCatalog(
  json: unknown,
  options: { knownTags?: ReadonlySet<string> } = {},
): CatalogParseResult {
  const result = validateWith(catalogSchema, json);
  if (!result.ok) return result;
  const catalog = result.value;
  const warnings = findUntranslatedTexts(catalog);
  const { knownTags } = options;
  if (knownTags) {
    catalog.offerings.forEach((offering, index) =>
      offering.tags.forEach((tag, tagIndex) => {
        if (!knownTags.has(tag))
          warnings.push({
            path: `offerings[${index}].tags[${tagIndex}]`,
            message: `no questionnaire item has the tag "${tag}", so it never makes this offering match`,
          });
      }),
    );
  }
  return { ok: true, catalog, offerings: resolveOfferings(catalog), warnings };
}

/** Openness of an offering as the catalog screen filters it. */
export type LicenceClass = 'open' | 'partly-open' | 'closed';

/**
 * open: open source, nothing closed stated; partly open: open parts and closed parts (an open core
 * with commercial extensions); closed: nothing openly licensed (an integration, or a service).
 */
export function licenceClass(offering: Pick<Offering, 'licence'>): LicenceClass {
  const { licence } = offering;
  const someOpen = licence.spdx !== null || licence.unconfirmed === true;
  if (!someOpen) return 'closed';
  return licence.closed === null ? 'open' : 'partly-open';
}

export interface OfferingFilter {
  phase?: string;
  area?: string;
  dimension?: string;
  type?: OfferingType;
  licence?: LicenceClass;
  /** Words to find in the name or the provider's name (case-insensitive). */
  text?: string;
}

const covers = (ids: 'all' | readonly string[], id: string | undefined): boolean =>
  id === undefined || ids === 'all' || ids.includes(id);

/** Offerings that pass every criterion given, by name then id. An offering for "all" areas passes any area. */
export function filterOfferings(offerings: readonly Offering[], filter: OfferingFilter): Offering[] {
  const words = (filter.text ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
  return offerings
    .filter(
      (o) =>
        covers(o.phases, filter.phase) &&
        covers(o.areas, filter.area) &&
        covers(o.dimensions, filter.dimension) &&
        (filter.type === undefined || o.type === filter.type) &&
        (filter.licence === undefined || licenceClass(o) === filter.licence) &&
        words.every((word) => `${o.name} ${o.provider.name}`.toLocaleLowerCase('fi').includes(word)),
    )
    .sort((a, b) => compareNames(a.name, b.name) || compareStrings(a.id, b.id));
}

/** Same JSON value whatever the key order, so an unchanged offering is never reported as changed. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareStrings(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface ChangeEntry {
  id: string;
  name: string;
}

export interface ChangeSet {
  added: ChangeEntry[];
  changed: ChangeEntry[];
  removed: ChangeEntry[];
  unchanged: number;
}

export interface ImportPlan {
  mode: 'replace' | 'merge';
  /** The catalog that becomes active when the user confirms. */
  result: Catalog;
  offerings: ChangeSet;
  providers: ChangeSet;
}

function diff<T extends { id: string; name: string }>(before: readonly T[], after: readonly T[]): ChangeSet {
  const old = new Map(before.map((entry) => [entry.id, entry]));
  const next = new Map(after.map((entry) => [entry.id, entry]));
  const set: ChangeSet = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const entry of after) {
    const previous = old.get(entry.id);
    if (!previous) set.added.push({ id: entry.id, name: entry.name });
    else if (canonical(previous) !== canonical(entry)) set.changed.push({ id: entry.id, name: entry.name });
    else set.unchanged++;
  }
  for (const entry of before) if (!next.has(entry.id)) set.removed.push({ id: entry.id, name: entry.name });
  return set;
}

/** Entries of `base` replaced by those of `incoming` with the same id; new ones appended. */
function mergeById<T extends { id: string }>(base: readonly T[], incoming: readonly T[]): T[] {
  const byId = new Map(incoming.map((entry) => [entry.id, entry]));
  const kept = base.map((entry) => byId.get(entry.id) ?? entry);
  const known = new Set(base.map((entry) => entry.id));
  return [...kept, ...incoming.filter((entry) => !known.has(entry.id))];
}

function joinTitles(a: Catalog['title'], b: Catalog['title']): Catalog['title'] {
  const join = (x: string, y: string) => (x.split(' + ').includes(y) ? x : `${x} + ${y}`);
  return { fi: join(a.fi, b.fi), sv: join(a.sv, b.sv), en: join(a.en, b.en) };
}

/**
 * What importing `incoming` would do to `active`. Replace: the incoming catalog as it is.
 * Merge: the active catalog with the incoming providers and offerings added, and those with the
 * same id replaced by the incoming version; nothing is removed. The merged catalog keeps the
 * active id and version, joins the titles and takes the later date.
 */
export function planCatalogImport(active: Catalog, incoming: Catalog, mode: 'replace' | 'merge'): ImportPlan {
  const result: Catalog =
    mode === 'replace'
      ? incoming
      : {
          ...active,
          title: joinTitles(active.title, incoming.title),
          updated: incoming.updated > active.updated ? incoming.updated : active.updated,
          providers: mergeById(active.providers, incoming.providers),
          offerings: mergeById(active.offerings, incoming.offerings),
        };
  return {
    mode,
    result,
    offerings: diff(active.offerings, result.offerings),
    providers: diff(active.providers, result.providers),
  };
}
