import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';

/** The landing page: what the tool does and for whom. */
export function StartPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('start.title'), t('app.name'));
  return (
    <article className="page start-page">
      <PageHeading focusOnMount={false}>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>
      <div className="card-grid">
        <section className="card" aria-labelledby="start-what">
          <h2 id="start-what">{t('start.whatTitle')}</h2>
          <p>{t('start.what1')}</p>
          <p>{t('start.what2')}</p>
          <p>{t('start.what3')}</p>
        </section>
        <section className="card" aria-labelledby="start-who">
          <h2 id="start-who">{t('start.whoTitle')}</h2>
          <ul>
            <li>{t('start.who1')}</li>
            <li>{t('start.who2')}</li>
            <li>{t('start.who3')}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="start-privacy">
          <h2 id="start-privacy">{t('start.privacyTitle')}</h2>
          <p>{t('start.privacy')}</p>
        </section>
      </div>
    </article>
  );
}
