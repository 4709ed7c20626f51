import { useTranslation } from 'react-i18next';
import { licenceClass } from '../../domain/offering/catalog';
import type { Offering, Pricing } from '../../domain/offering/schema';
import { useLocalize } from '../../components/useLocalize';
import { formatEuros } from './format';
import { nameOf, type ModelNames } from './names';

function PriceText({ pricing }: { pricing: Pricing }) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const model = t(`catalog.models.${pricing.model}`);
  const unit = localize(pricing.unit);
  const euros = (value: number) => formatEuros(value, language);
  let price: string;
  if (pricing.model === 'free') return <>{model}</>;
  if (pricing.from !== null && pricing.to !== null && pricing.to !== pricing.from)
    price = t('catalog.offering.priceRange', { price: `${euros(pricing.from)}–${euros(pricing.to)}`, unit });
  else if (pricing.from !== null)
    price = t(pricing.to === pricing.from ? 'catalog.offering.priceRange' : 'catalog.offering.priceFrom', {
      price: euros(pricing.from),
      unit,
    });
  else if (pricing.to !== null) price = t('catalog.offering.priceUpTo', { price: euros(pricing.to), unit });
  else price = unit;
  return (
    <>
      {model}: {price}
    </>
  );
}

function scopeText(
  ids: 'all' | readonly string[],
  list: ModelNames['phases'],
  all: string,
  localize: (text: Offering['description']) => string,
) {
  return ids === 'all' ? all : ids.map((id) => nameOf(list, id, localize)).join(', ');
}

/**
 * One offering as the catalog and the supplier preview show it: who provides it, what is openly
 * licensed and what is not, the pricing, and where it applies (the brochure's rules made visible).
 */
export function OfferingCard({
  offering,
  names,
  headingLevel = 3,
}: {
  offering: Offering;
  names: ModelNames;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const { licence, provider, pricing } = offering;
  const cls = licenceClass(offering);
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const all = t('catalog.offering.all');
  return (
    <article className="offering-card" aria-label={offering.name}>
      <Heading className="offering-card-title">{offering.name}</Heading>
      <p className="offering-badges">
        <span className="badge">{t(`catalog.types.${offering.type}`)}</span>
        <span className={`badge badge--${cls}`}>{t(`catalog.licenceClasses.${cls}`)}</span>
        {licence.unconfirmed && (
          <span className="badge badge--warning">{t('catalog.offering.unconfirmed')}</span>
        )}
        {provider.member && <span className="badge badge--member">{t('catalog.offering.member')}</span>}
        {provider.example && <span className="badge badge--warning">{t('catalog.offering.example')}</span>}
      </p>
      <p className="offering-description">{localize(offering.description)}</p>
      <dl className="offering-facts">
        <div>
          <dt>{t('catalog.offering.provider')}</dt>
          <dd>
            {provider.url ? <a href={provider.url}>{provider.name}</a> : provider.name} (
            {t(`catalog.providers.kinds.${provider.kind}`)})
          </dd>
        </div>
        <div>
          <dt>{t('catalog.offering.open')}</dt>
          <dd>
            <span className="offering-licence">
              {t('catalog.offering.licence')}:{' '}
              {licence.spdx !== null ? (
                <code>{licence.spdx}</code>
              ) : licence.unconfirmed ? (
                t('catalog.offering.unconfirmedShort')
              ) : (
                t('catalog.offering.noSpdx')
              )}
            </span>{' '}
            {localize(licence.open)}
          </dd>
        </div>
        <div>
          <dt>{t('catalog.offering.closed')}</dt>
          <dd>{licence.closed ? localize(licence.closed) : t('catalog.offering.allOpen')}</dd>
        </div>
        <div>
          <dt>{t('catalog.offering.pricing')}</dt>
          <dd>
            <PriceText pricing={pricing} />
            {pricing.from !== null || pricing.to !== null ? <> {t('catalog.offering.vat')}</> : null}
            {pricing.note && <span className="offering-note">{localize(pricing.note)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('catalog.offering.phases')}</dt>
          <dd>{scopeText(offering.phases, names.phases, all, localize)}</dd>
        </div>
        <div>
          <dt>{t('catalog.offering.areas')}</dt>
          <dd>{scopeText(offering.areas, names.areas, all, localize)}</dd>
        </div>
        <div>
          <dt>{t('catalog.offering.dimensions')}</dt>
          <dd>{scopeText(offering.dimensions, names.dimensions, all, localize)}</dd>
        </div>
      </dl>
      {offering.url && (
        <p className="offering-link">
          <a href={offering.url}>{t('catalog.offering.link', { name: offering.name })}</a>
        </p>
      )}
    </article>
  );
}
