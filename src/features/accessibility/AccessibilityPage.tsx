import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';

export interface AccessibilityPageProps {
  /** Who maintains this deployment, and where accessibility feedback goes (law 306/2019). */
  maintainer: string;
  feedbackEmail: string;
}

/** The accessibility statement required of Finnish public-sector digital services. */
export function AccessibilityPage({ maintainer, feedbackEmail }: AccessibilityPageProps) {
  const { t } = useTranslation();
  useDocumentTitle(t('accessibility.title'), t('app.name'));
  return (
    <article className="page prose">
      <PageHeading>{t('accessibility.title')}</PageHeading>
      <p>{t('accessibility.intro')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>{t('accessibility.status')}</p>
      <h2>{t('accessibility.gapsTitle')}</h2>
      <ul>
        <li>{t('accessibility.gapPdf')}</li>
        <li>{t('accessibility.gapCharts')}</li>
      </ul>
      <h2>{t('accessibility.feedbackTitle')}</h2>
      <p>{t('accessibility.feedback')}</p>
      <dl className="contact">
        <dt>{t('accessibility.feedbackOrganisation')}</dt>
        <dd>{maintainer}</dd>
        <dt>{t('accessibility.feedbackEmail')}</dt>
        <dd>
          <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a>
        </dd>
      </dl>
      <h2>{t('accessibility.enforcementTitle')}</h2>
      <p>{t('accessibility.enforcement')}</p>
      <h2>{t('accessibility.dateTitle')}</h2>
      <p>{t('accessibility.date')}</p>
    </article>
  );
}
