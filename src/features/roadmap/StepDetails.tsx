import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluatedStep } from '../../domain/evaluate';
import { licenceClass } from '../../domain/offering/catalog';
import type { OfferingMatch } from '../../domain/offering/match';
import type { Pricing } from '../../domain/offering/schema';
import type { ThresholdSource } from '../../domain/procurement/thresholds';
import { useRoadmapView } from './context';

/** The procurement route of a step in plain words, with the thresholds, their sources and a joint-procurement hint. */
export function ProcurementInfo({ step }: { step: EvaluatedStep }) {
  const { t } = useTranslation();
  const { format, localize } = useRoadmapView();
  const advice = step.procurement;
  const value = format.euros(advice.estimatedValue);
  const national = advice.national ? format.euros(advice.national.value) : '–';
  const eu = advice.eu ? format.euros(advice.eu.value) : '–';
  const explanation =
    advice.route === 'direct-award-possible'
      ? t('roadmap.route.explainDirect', { value, national })
      : advice.route === 'national-tendering'
        ? t('roadmap.route.explainNational', { value, national, eu })
        : t('roadmap.route.explainEu', { value, eu });
  const sources: ThresholdSource[] = [];
  // Only the thresholds the explanation names: the national one below EU level, the EU one from there up.
  const named =
    advice.route === 'direct-award-possible'
      ? [advice.national]
      : advice.route === 'national-tendering'
        ? [advice.national, advice.eu]
        : [advice.eu];
  for (const used of named) {
    if (used && !sources.some((s) => s.title.fi === used.source.title.fi)) sources.push(used.source);
  }
  const notCurrent = named.some((used) => used && !used.current);
  const joint = advice.joint;
  return (
    <>
      <p className={`route route-${advice.route}`}>
        <strong>{t(`roadmap.route.${advice.route}`)}</strong>
      </p>
      <p>{explanation}</p>
      {notCurrent && <p className="step-warning-text">{t('roadmap.route.notCurrent')}</p>}
      {joint.suggested && joint.reasons.includes('several-areas') && <p>{t('roadmap.route.jointAreas')}</p>}
      {joint.suggested && joint.reasons.includes('several-municipalities') && (
        <p>{t('roadmap.route.jointMunicipalities', { municipalities: format.list(joint.municipalities) })}</p>
      )}
      {sources.length > 0 && (
        <p className="step-source">
          {t('roadmap.route.source', { count: sources.length })}{' '}
          {sources.map((source, i) => (
            <span key={source.title.fi}>
              {i > 0 && '; '}
              {source.url ? <a href={source.url}>{localize(source.title)}</a> : localize(source.title)}
            </span>
          ))}
        </p>
      )}
    </>
  );
}

function PriceText({ pricing }: { pricing: Pricing }) {
  const { t } = useTranslation();
  const { format, localize } = useRoadmapView();
  const model = t(`roadmap.offerings.models.${pricing.model}`);
  if (pricing.model === 'free') return <>{model}</>;
  const unit = localize(pricing.unit);
  let price: string;
  if (pricing.from !== null && pricing.to !== null) {
    price = t('roadmap.offerings.priceRange', { price: format.euroRange(pricing.from, pricing.to), unit });
  } else if (pricing.from !== null) {
    price = t('roadmap.offerings.priceFrom', { price: format.euros(pricing.from), unit });
  } else if (pricing.to !== null) {
    price = t('roadmap.offerings.priceUpTo', { price: format.euros(pricing.to), unit });
  } else if (pricing.model === 'quote') {
    // "On request: implementation, maintenance and support" says it all.
    price = unit;
  } else {
    price = t('roadmap.offerings.priceOnRequest', { unit });
  }
  return (
    <>
      {model}: {price}
    </>
  );
}

function OfferingItem({ match }: { match: OfferingMatch }) {
  const { t } = useTranslation();
  const { localize } = useRoadmapView();
  const { offering } = match;
  const { licence, provider, pricing } = offering;
  const openness = licenceClass(offering);
  return (
    <li className="offering">
      <p className="offering-name">
        <strong>{offering.name}</strong>{' '}
        <span className="offering-type">{t(`roadmap.offerings.types.${offering.type}`)}</span>
      </p>
      <p className="step-badges">
        <span className={`badge badge-licence-${openness}`}>
          {t(`roadmap.offerings.licenceClasses.${openness}`)}
        </span>
        {provider.member && <span className="badge">{t('roadmap.offerings.member')}</span>}
        {provider.example && <span className="badge badge-moved">{t('roadmap.offerings.example')}</span>}
      </p>
      <dl className="offering-facts">
        <div>
          <dt>{t('roadmap.offerings.provider')}</dt>
          <dd>{provider.url ? <a href={provider.url}>{provider.name}</a> : provider.name}</dd>
        </div>
        <div>
          <dt>{t('roadmap.offerings.open')}</dt>
          <dd>
            {t('roadmap.offerings.licence')}:{' '}
            {licence.spdx !== null ? (
              <code>{licence.spdx}</code>
            ) : licence.unconfirmed ? (
              t('roadmap.offerings.unconfirmed')
            ) : (
              t('roadmap.offerings.noSpdx')
            )}
            . {localize(licence.open)}
          </dd>
        </div>
        <div>
          <dt>{t('roadmap.offerings.closed')}</dt>
          <dd>{licence.closed ? localize(licence.closed) : t('roadmap.offerings.allOpen')}</dd>
        </div>
        <div>
          <dt>{t('roadmap.offerings.pricing')}</dt>
          <dd>
            <PriceText pricing={pricing} />
            {(pricing.from !== null || pricing.to !== null) && <> {t('roadmap.offerings.vat')}</>}
            {pricing.note && <> {localize(pricing.note)}</>}
          </dd>
        </div>
      </dl>
      {offering.url && (
        <p>
          <a href={offering.url}>{t('roadmap.offerings.link', { name: offering.name })}</a>
        </p>
      )}
    </li>
  );
}

/**
 * The catalog's offerings matched to a step, with what is open, what is not, and the price. The
 * names show at once; the details open on demand so that a column stays readable on a wall.
 */
export function OfferingList({ step }: { step: EvaluatedStep }) {
  const { t } = useTranslation();
  const { format } = useRoadmapView();
  const headingId = useId();
  const names = step.matches.map((match) => match.offering.name);
  return (
    <section className="step-section" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('roadmap.offerings.title')}</h4>
      {step.matches.length === 0 ? (
        <p className="muted">{t('roadmap.offerings.none')}</p>
      ) : (
        <details className="offering-details">
          <summary>
            {t('roadmap.offerings.summary', { count: names.length, names: format.list(names) })}
          </summary>
          <ul className="offering-list">
            {step.matches.map((match) => (
              <OfferingItem key={match.offering.id} match={match} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The brochure's ethics questions, on steps about analytics, machine learning or automated decisions. */
export function EthicsQuestions({ step }: { step: EvaluatedStep }) {
  const { t } = useTranslation();
  const { localize } = useRoadmapView();
  const headingId = useId();
  if (step.ethicsQuestions.length === 0) return null;
  return (
    <section className="step-section step-ethics" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('roadmap.ethics.title')}</h4>
      <p>{t('roadmap.ethics.intro')}</p>
      <ul>
        {step.ethicsQuestions.map((question) => (
          <li key={question.id}>{localize(question.text)}</li>
        ))}
      </ul>
    </section>
  );
}
