import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterOfferings, type LicenceClass, type OfferingFilter } from '../../domain/offering/catalog';
import { offeringTypeSchema, type OfferingType } from '../../domain/offering/schema';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import { restoreStarterCatalog, useActiveCatalog, type ActiveCatalog } from '../../state/catalog';
import { hrefFor } from '../../state/router';
import { formatDate } from './format';
import { ImportCatalog } from './ImportCatalog';
import { useModelNames, type ModelNames } from './names';
import { OfferingCard } from './OfferingCard';
import { ProviderProfile } from './ProviderProfile';
import '../../components/form/form.css';
import './catalog.css';

const licenceClasses: readonly LicenceClass[] = ['open', 'partly-open', 'closed'];

function ActiveCatalogPanel({
  active,
  onMessage,
}: {
  active: ActiveCatalog;
  onMessage: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const id = useId();
  const problem = active.problem;
  return (
    <section className="catalog-section active-catalog" aria-labelledby={id}>
      <h2 id={id}>{t('catalog.active.title')}</h2>
      <p className="active-catalog-name">{localize(active.catalog.title)}</p>
      <ul className="active-catalog-facts">
        <li>
          {active.source === 'starter'
            ? t('catalog.active.sourceStarter')
            : t('catalog.active.sourceImported', { date: formatDate(active.importedAt ?? '', language) })}
        </li>
        <li>{t('catalog.active.updated', { date: formatDate(active.catalog.updated, language) })}</li>
        <li>
          {t('catalog.active.counts', {
            offerings: String(active.offerings.length),
            providers: String(active.catalog.providers.length),
          })}
        </li>
      </ul>
      {active.catalog.description && <p className="muted">{localize(active.catalog.description)}</p>}
      <p>{t('catalog.active.usedBy')}</p>
      {problem && (
        <p className="notice notice--warning">
          {t(
            problem === 'stored-invalid'
              ? 'catalog.active.problemStoredInvalid'
              : problem === 'stored-unreadable'
                ? 'catalog.active.problemStoredUnreadable'
                : 'catalog.active.problemNotSaved',
          )}
        </p>
      )}
      {active.source === 'imported' && (
        <button
          type="button"
          className="button-secondary"
          onClick={() => void restoreStarterCatalog().then(() => onMessage(t('catalog.active.restored')))}
        >
          {t('catalog.active.restore')}
        </button>
      )}
    </section>
  );
}

function Filters({
  filter,
  onChange,
  names,
}: {
  filter: OfferingFilter;
  onChange: (filter: OfferingFilter) => void;
  names: ModelNames;
}) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const id = useId();
  const any = t('catalog.filters.any');
  const select = (key: 'phase' | 'area' | 'dimension', label: string, options: ModelNames['phases']) => (
    <div className="filter">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select
        id={`${id}-${key}`}
        value={filter[key] ?? ''}
        onChange={(event) => onChange({ ...filter, [key]: event.target.value || undefined })}
      >
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {localize(option.name)}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      className="catalog-filters"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => event.preventDefault()}
    >
      <h2 id={`${id}-title`}>{t('catalog.filters.title')}</h2>
      <div className="filter-grid">
        {select('phase', t('catalog.filters.phase'), names.phases)}
        {select('area', t('catalog.filters.area'), names.areas)}
        {select('dimension', t('catalog.filters.dimension'), names.dimensions)}
        <div className="filter">
          <label htmlFor={`${id}-type`}>{t('catalog.filters.type')}</label>
          <select
            id={`${id}-type`}
            value={filter.type ?? ''}
            onChange={(event) =>
              onChange({ ...filter, type: (event.target.value || undefined) as OfferingType | undefined })
            }
          >
            <option value="">{any}</option>
            {offeringTypeSchema.options.map((type) => (
              <option key={type} value={type}>
                {t(`catalog.types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={`${id}-licence`}>{t('catalog.filters.licence')}</label>
          <select
            id={`${id}-licence`}
            value={filter.licence ?? ''}
            onChange={(event) =>
              onChange({ ...filter, licence: (event.target.value || undefined) as LicenceClass | undefined })
            }
          >
            <option value="">{any}</option>
            {licenceClasses.map((cls) => (
              <option key={cls} value={cls}>
                {t(`catalog.licenceClasses.${cls}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter">
          <label htmlFor={`${id}-text`}>{t('catalog.filters.text')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={filter.text ?? ''}
            onChange={(event) => onChange({ ...filter, text: event.target.value || undefined })}
          />
        </div>
      </div>
      <button type="button" className="button-secondary" onClick={() => onChange({})}>
        {t('catalog.filters.reset')}
      </button>
    </form>
  );
}

/** `#/catalog`: the active catalog, its import, and the offerings and providers to browse. */
export function CatalogPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('catalog.title'), t('app.name'));
  const { catalog: active, error } = useActiveCatalog();
  const names = useModelNames();
  const [filter, setFilter] = useState<OfferingFilter>({});
  const [message, setMessage] = useState('');
  const listId = useId();
  const providersId = useId();

  const shown = useMemo(() => (active ? filterOfferings(active.offerings, filter) : []), [active, filter]);
  const knownTags = useMemo(() => (names.ready ? new Set(names.tags) : undefined), [names]);
  const offeringsByProvider = useMemo(() => {
    const counts = new Map<string, number>();
    for (const o of active?.offerings ?? []) counts.set(o.provider.id, (counts.get(o.provider.id) ?? 0) + 1);
    return counts;
  }, [active]);

  return (
    <article className="page catalog-page">
      <PageHeading>{t('catalog.title')}</PageHeading>
      <p className="lead">{t('catalog.lead')}</p>
      <p>
        <a href={hrefFor({ page: 'supplier' })}>{t('catalog.supplierLink')}</a>
      </p>
      <p className="status-message" role="status">
        {message}
      </p>
      {error && (
        <p className="notice notice--error" role="alert">
          {t('catalog.loadFailed')}
        </p>
      )}
      {!active && !error && <p className="loading">{t('catalog.loading')}</p>}
      {active && (
        <>
          <div className="catalog-top">
            <ActiveCatalogPanel active={active} onMessage={setMessage} />
            <ImportCatalog active={active} knownTags={knownTags} onActivated={setMessage} />
          </div>
          <Filters filter={filter} onChange={setFilter} names={names} />
          <section className="catalog-section" aria-labelledby={listId}>
            <h2 id={listId}>{t('catalog.listTitle')}</h2>
            <p role="status" className="filter-count">
              {t('catalog.filters.count', {
                shown: String(shown.length),
                total: String(active.offerings.length),
              })}
            </p>
            {shown.length === 0 ? (
              <p className="notice">{t('catalog.filters.none')}</p>
            ) : (
              <ul className="offering-list">
                {shown.map((offering) => (
                  <li key={offering.id}>
                    <OfferingCard offering={offering} names={names} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="catalog-section" aria-labelledby={providersId}>
            <h2 id={providersId}>{t('catalog.providers.title')}</h2>
            <p>{t('catalog.providers.lead')}</p>
            <ul className="provider-list">
              {active.catalog.providers.map((provider) => (
                <li key={provider.id}>
                  <ProviderProfile
                    provider={provider}
                    offeringCount={offeringsByProvider.get(provider.id) ?? 0}
                  />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </article>
  );
}
