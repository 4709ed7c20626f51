import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  filterOfferings,
  licenceClass,
  parseCatalog,
  planCatalogImport,
} from '../../src/domain/offering/catalog';
import type { Catalog } from '../../src/domain/offering/schema';
import type { Decision, KeyValueStore } from '../../src/persistence/key-value';
import { setCatalogStoreForTests } from '../../src/persistence/catalog-storage';
import {
  activateCatalog,
  loadActiveCatalog,
  loadActiveCatalogState,
  resetActiveCatalogForTests,
  restoreStarterCatalog,
} from '../../src/state/catalog';
import { CatalogPage } from '../../src/features/catalog/CatalogPage';
import { renderWithApp } from './support/render';

const load = (path: string): Catalog => {
  const result = parseCatalog(JSON.parse(readFileSync(path, 'utf8')));
  if (!result.ok) throw new Error(`${path} does not validate`);
  return result.catalog;
};
const starter = load('questionnaires/offering/starter.json');
const supplier = load('tests/fixtures/catalogs/valid/supplier.json');

/** A key-value store in memory, standing in for IndexedDB (jsdom has none). */
function memoryStore(initial: Record<string, unknown> = {}): KeyValueStore & { data: Map<string, unknown> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    entries: async () => [...data.entries()],
    get: async (key) => data.get(key),
    transact: async (key, decide: (current: unknown) => Decision) => {
      const decision = decide(data.get(key));
      if ('put' in decision) data.set(key, decision.put);
      else if ('remove' in decision) data.delete(key);
    },
    move: async () => undefined,
    remove: async (key) => void data.delete(key),
  };
}

describe('planning an import', () => {
  it('replace: the incoming catalog alone, with every starter offering removed', () => {
    const plan = planCatalogImport(starter, supplier, 'replace');
    expect(plan.result).toBe(supplier);
    expect(plan.offerings.added.map((e) => e.id)).toEqual([
      'testitoimittaja.karttapalvelu',
      'testitoimittaja.integraatio',
    ]);
    expect(plan.offerings.removed).toHaveLength(starter.offerings.length);
    expect(plan.offerings.changed).toEqual([]);
  });

  it('merge: adds the new, replaces the same id, removes nothing, joins the titles', () => {
    const changedOskari = { ...starter.offerings.find((o) => o.id === 'oskari')!, name: 'Oskari 3' };
    const incoming: Catalog = {
      ...supplier,
      offerings: [...supplier.offerings, changedOskari],
      providers: [...supplier.providers, starter.providers.find((p) => p.id === 'maanmittauslaitos')!],
    };
    const plan = planCatalogImport(starter, incoming, 'merge');
    expect(plan.offerings.added.map((e) => e.id)).toEqual([
      'testitoimittaja.karttapalvelu',
      'testitoimittaja.integraatio',
    ]);
    expect(plan.offerings.changed).toEqual([{ id: 'oskari', name: 'Oskari 3' }]);
    expect(plan.offerings.removed).toEqual([]);
    expect(plan.offerings.unchanged).toBe(starter.offerings.length - 1);
    expect(plan.providers.added.map((e) => e.id)).toEqual(['testitoimittaja']);
    expect(plan.result.title.fi).toBe('Avoin kunta -aloitusluettelo + Testitoimittaja: tarjooma');
    expect(parseCatalog(plan.result).ok).toBe(true);
    // merging the same file again adds nothing and does not repeat the title
    const again = planCatalogImport(plan.result, incoming, 'merge');
    expect(again.offerings.added).toEqual([]);
    expect(again.offerings.changed).toEqual([]);
    expect(again.result.title.fi).toBe(plan.result.title.fi);
  });

  it('does not report an offering as changed because its keys are in another order', () => {
    const reordered = JSON.parse(
      JSON.stringify(starter, (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
      ),
    ) as Catalog;
    const plan = planCatalogImport(starter, reordered, 'replace');
    expect(plan.offerings.changed).toEqual([]);
    expect(plan.offerings.unchanged).toBe(starter.offerings.length);
  });
});

describe('filtering offerings', () => {
  const result = parseCatalog({ ...supplier, offerings: [...supplier.offerings] });
  const offerings = result.ok ? result.offerings : [];

  it('by licence class, type, area ("all" passes any), phase and name', () => {
    expect(offerings.map(licenceClass)).toEqual(['partly-open', 'closed']);
    expect(filterOfferings(offerings, { licence: 'closed' }).map((o) => o.id)).toEqual([
      'testitoimittaja.integraatio',
    ]);
    expect(filterOfferings(offerings, { type: 'service' }).map((o) => o.id)).toEqual([
      'testitoimittaja.karttapalvelu',
    ]);
    expect(filterOfferings(offerings, { area: 'finance' }).map((o) => o.id)).toEqual([
      'testitoimittaja.integraatio',
    ]);
    expect(filterOfferings(offerings, { phase: 'strategy' }).map((o) => o.id)).toEqual([
      'testitoimittaja.integraatio',
    ]);
    expect(filterOfferings(offerings, { text: 'KARTTA' }).map((o) => o.id)).toEqual([
      'testitoimittaja.karttapalvelu',
    ]);
    expect(filterOfferings(offerings, { dimension: 'open-data' })).toEqual([]);
  });
});

describe('the active catalog', () => {
  beforeEach(() => resetActiveCatalogForTests());
  afterEach(() => setCatalogStoreForTests(undefined));

  it('is the starter catalog until one is imported, then the imported one, kept over a reload', async () => {
    const store = memoryStore();
    setCatalogStoreForTests(store);
    expect((await loadActiveCatalogState()).source).toBe('starter');
    expect((await loadActiveCatalog()).map((o) => o.id)).toContain('x-road');

    const outcome = await activateCatalog(supplier, '2026-11-26T10:00:00.000Z');
    expect(outcome.saved).toBe(true);
    expect((await loadActiveCatalog()).map((o) => o.id)).toEqual([
      'testitoimittaja.karttapalvelu',
      'testitoimittaja.integraatio',
    ]);

    resetActiveCatalogForTests(); // as after a reload: read from storage again
    const reloaded = await loadActiveCatalogState();
    expect(reloaded).toMatchObject({
      source: 'imported',
      importedAt: '2026-11-26T10:00:00.000Z',
      problem: null,
    });
    expect(reloaded.offerings[0]?.provider.name).toBe('Testitoimittaja');

    await restoreStarterCatalog();
    resetActiveCatalogForTests();
    expect((await loadActiveCatalogState()).source).toBe('starter');
    expect(store.data.size).toBe(0);
  });

  it('falls back to the starter catalog, and says why, when the stored one is corrupt or invalid', async () => {
    setCatalogStoreForTests(memoryStore({ active: 'not a record' }));
    expect(await loadActiveCatalogState()).toMatchObject({ source: 'starter', problem: 'stored-invalid' });
    resetActiveCatalogForTests();
    setCatalogStoreForTests(
      memoryStore({
        active: {
          version: 1,
          importedAt: '2026-11-26T10:00:00.000Z',
          catalog: { ...supplier, offerings: 'x' },
        },
      }),
    );
    expect(await loadActiveCatalogState()).toMatchObject({ source: 'starter', problem: 'stored-invalid' });
  });

  it('is used for the session but reported as not saved when storage refuses', async () => {
    const store = memoryStore();
    store.transact = async () => {
      throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    };
    setCatalogStoreForTests(store);
    const outcome = await activateCatalog(supplier, '2026-11-26T10:00:00.000Z');
    expect(outcome).toMatchObject({ saved: false, failure: 'quota' });
    expect((await loadActiveCatalogState()).problem).toBe('not-saved');
  });
});

describe('catalog page', () => {
  beforeEach(() => {
    resetActiveCatalogForTests();
    setCatalogStoreForTests(memoryStore());
  });
  afterEach(() => setCatalogStoreForTests(undefined));

  it('shows the active catalog and filters offerings by licence and type', async () => {
    const user = userEvent.setup();
    renderWithApp(<CatalogPage />);
    expect(await screen.findByText('Avoin kunta -aloitusluettelo')).toBeInTheDocument();
    expect(screen.getByText('Sovelluksen mukana tuleva aloitusluettelo')).toBeInTheDocument();
    const list = () =>
      within(screen.getByRole('heading', { name: 'Tuotteet ja palvelut' }).closest('section')!);
    expect(list().getAllByRole('article')).toHaveLength(starter.offerings.length);

    await user.selectOptions(screen.getByLabelText('Lisenssi'), 'Osittain avoin');
    expect(
      list()
        .getAllByRole('article')
        .map((a) => a.getAttribute('aria-label')),
    ).toEqual(['Metabase']);
    const metabase = list().getByRole('article', { name: 'Metabase' });
    expect(within(metabase).getByText(/Metabase Commercial License/)).toBeInTheDocument();
    expect(
      within(metabase).getByText(/Tarjouksen mukaan: käyttöönotto, ylläpito ja tuki/),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Tyhjennä rajaukset' }));
    await user.selectOptions(screen.getByLabelText('Tyyppi'), 'Integraatio');
    expect(
      screen.getByText(
        'Rajauksilla ei löytynyt tuotteita tai palveluja. Tyhjennä rajaukset tai valitse väljemmin.',
      ),
    ).toBeInTheDocument();
  }, 30_000);
});
