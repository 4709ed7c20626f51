import { useEffect, useState } from 'react';
import type { Catalog, Offering } from '../domain/offering/schema';
import type { StorageFailure } from '../persistence/key-value';

/**
 * The active offering catalog that roadmaps match steps against: the starter catalog shipped
 * with the app, unless the user imported one (the network's own catalog file), which is then kept
 * in the browser. Everything heavy (the starter JSON, zod, the storage code) is loaded on demand.
 */
export interface ActiveCatalog {
  catalog: Catalog;
  offerings: readonly Offering[];
  source: 'starter' | 'imported';
  /** When the user imported it (ISO date-time); null for the starter catalog. */
  importedAt: string | null;
  /**
   * Why an imported catalog is not in use although one was stored, or not saved although it is in
   * use: the screen says so rather than silently showing another catalog.
   */
  problem: 'stored-unreadable' | 'stored-invalid' | 'not-saved' | null;
}

async function loadStarter(): Promise<{ catalog: Catalog; offerings: Offering[] }> {
  const [file, schema] = await Promise.all([
    import('../../questionnaires/offering/starter.json'),
    import('../domain/offering/schema'),
  ]);
  // The shipped file is validated by the test suite (tests/unit/catalog-files.test.ts).
  const catalog = file.default as unknown as Catalog;
  return { catalog, offerings: schema.resolveOfferings(catalog) };
}

/** The starter catalog shipped with the app. */
export function loadStarterCatalog(): Promise<{ catalog: Catalog; offerings: Offering[] }> {
  return loadStarter();
}

async function loadFromStorage(): Promise<ActiveCatalog> {
  const [storage, { parseCatalog }, starter] = await Promise.all([
    import('../persistence/catalog-storage'),
    import('../domain/offering/catalog'),
    loadStarter(),
  ]);
  const fromStarter = (problem: ActiveCatalog['problem']): ActiveCatalog => ({
    ...starter,
    source: 'starter',
    importedAt: null,
    problem,
  });
  const read = await storage.readStoredCatalog();
  if (read.status === 'none') return fromStarter(null);
  // Blocked storage is normal (private windows): nothing was imported here that we could show.
  if (read.status === 'failed')
    return fromStarter(read.failure === 'unavailable' ? null : 'stored-unreadable');
  if (read.status === 'corrupt') return fromStarter('stored-invalid');
  const parsed = parseCatalog(read.stored.catalog);
  if (!parsed.ok) return fromStarter('stored-invalid');
  return {
    catalog: parsed.catalog,
    offerings: parsed.offerings,
    source: 'imported',
    importedAt: read.stored.importedAt,
    problem: null,
  };
}

let active: Promise<ActiveCatalog> | undefined;
const listeners = new Set<(catalog: ActiveCatalog) => void>();

function publish(next: ActiveCatalog): ActiveCatalog {
  active = Promise.resolve(next);
  for (const listener of listeners) listener(next);
  return next;
}

/** The active catalog with where it came from (loaded once, then kept). */
export function loadActiveCatalogState(): Promise<ActiveCatalog> {
  active ??= loadFromStorage();
  return active;
}

/** The active catalog's offerings, as the roadmap and the report match them. */
export async function loadActiveCatalog(): Promise<readonly Offering[]> {
  return (await loadActiveCatalogState()).offerings;
}

/**
 * Makes `catalog` (already validated, e.g. the result of an import plan) the active catalog and
 * keeps it in the browser. If storage refuses, it is still used for this session and the result
 * says it was not saved.
 */
export async function activateCatalog(
  catalog: Catalog,
  importedAt: string,
): Promise<
  { active: ActiveCatalog; saved: true } | { active: ActiveCatalog; saved: false; failure: StorageFailure }
> {
  const [storage, { resolveOfferings }] = await Promise.all([
    import('../persistence/catalog-storage'),
    import('../domain/offering/schema'),
  ]);
  const written = await storage.writeStoredCatalog({ catalog, importedAt });
  const next = publish({
    catalog,
    offerings: resolveOfferings(catalog),
    source: 'imported',
    importedAt,
    problem: written.ok ? null : 'not-saved',
  });
  return written.ok
    ? { active: next, saved: true }
    : { active: next, saved: false, failure: written.failure };
}

/** Forgets the imported catalog; the starter catalog is active again. */
export async function restoreStarterCatalog(): Promise<{ active: ActiveCatalog; saved: boolean }> {
  const [storage, starter] = await Promise.all([import('../persistence/catalog-storage'), loadStarter()]);
  const cleared = await storage.clearStoredCatalog();
  const next = publish({ ...starter, source: 'starter', importedAt: null, problem: null });
  return { active: next, saved: cleared.ok };
}

/** Calls `listener` whenever another catalog becomes active; returns the unsubscribe function. */
export function subscribeActiveCatalog(listener: (catalog: ActiveCatalog) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets the loaded catalog so the next load reads storage again (tests). */
export function resetActiveCatalogForTests(): void {
  active = undefined;
}

/** The active catalog, loaded on demand and updated when another one is activated. */
export function useActiveCatalog(): { catalog?: ActiveCatalog; error?: Error } {
  const [state, setState] = useState<{ catalog?: ActiveCatalog; error?: Error }>({});
  useEffect(() => {
    let live = true;
    loadActiveCatalogState().then(
      (catalog) => live && setState({ catalog }),
      (error: unknown) =>
        live && setState({ error: error instanceof Error ? error : new Error(String(error)) }),
    );
    const unsubscribe = subscribeActiveCatalog((catalog) => live && setState({ catalog }));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);
  return state;
}
