import { useTranslation } from 'react-i18next';
import type { Provider } from '../../domain/offering/schema';
import { useLocalize } from '../../components/useLocalize';
import { ProfileText } from './ProfileText';

/** A provider's profile as the brochure lays it out: Mitä, Miten, Lisätietoja. */
export function ProviderProfile({
  provider,
  offeringCount,
  headingLevel = 3,
}: {
  provider: Provider;
  offeringCount?: number;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation();
  const { localize } = useLocalize();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const { profile, contact } = provider;
  return (
    <article className="provider-card" aria-label={provider.name}>
      <Heading className="provider-card-title">{provider.name}</Heading>
      <p className="offering-badges">
        <span className="badge">{t(`catalog.providers.kinds.${provider.kind}`)}</span>
        {provider.member && <span className="badge badge--member">{t('catalog.offering.member')}</span>}
        {provider.example && <span className="badge badge--warning">{t('catalog.providers.example')}</span>}
      </p>
      {profile && (
        <dl className="provider-profile">
          <div>
            <dt>{t('catalog.providers.what')}</dt>
            <dd>
              <ProfileText text={localize(profile.what)} />
            </dd>
          </div>
          <div>
            <dt>{t('catalog.providers.how')}</dt>
            <dd>
              <ProfileText text={localize(profile.how)} />
            </dd>
          </div>
          <div>
            <dt>{t('catalog.providers.more')}</dt>
            <dd>
              <ProfileText text={localize(profile.more)} />
            </dd>
          </div>
        </dl>
      )}
      {(contact || provider.url) && (
        <dl className="provider-contact">
          {contact && (
            <div>
              <dt>{t('catalog.providers.contact')}</dt>
              <dd>{[contact.name, contact.email, contact.phone].filter(Boolean).join(', ')}</dd>
            </div>
          )}
          {provider.url && (
            <div>
              <dt>{t('catalog.providers.web')}</dt>
              <dd>
                <a href={provider.url}>{provider.url}</a>
              </dd>
            </div>
          )}
        </dl>
      )}
      {offeringCount !== undefined && offeringCount > 0 && (
        <p className="provider-count">{t('catalog.providers.offerings', { count: offeringCount })}</p>
      )}
    </article>
  );
}
