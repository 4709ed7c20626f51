import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { useDocumentTitle } from '../components/useDocumentTitle';
import { hrefFor } from '../state/router';

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'), t('app.name'));
  return (
    <article className="page">
      <PageHeading>{t('notFound.title')}</PageHeading>
      <p>{t('notFound.body')}</p>
      <p>
        <a href={hrefFor({ page: 'start' })}>{t('app.homeLink')}</a>
      </p>
    </article>
  );
}
