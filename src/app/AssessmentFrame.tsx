import { Suspense, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { municipalityName } from '../domain/assessment/municipality';
import { PageHeading } from '../components/PageHeading';
import { useLocalize } from '../components/useLocalize';
import { hrefFor, type AssessmentView } from '../state/router';
import { useLibraryReady } from '../state/persist';
import { useAssessment } from '../state/store';
import { AssessmentToolbar } from './lazy-pages';

const tabs = [
  'setup',
  'answer',
  'workshop',
  'results',
  'roadmap',
  'report',
] as const satisfies readonly AssessmentView[];

/**
 * The frame around every screen of one assessment: which municipality and day it is, and the
 * way between setup, answering, results and the roadmap.
 */
export function AssessmentFrame({
  assessmentId,
  view,
  children,
}: {
  assessmentId: string;
  view: AssessmentView;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const assessment = useAssessment(assessmentId);
  const ready = useLibraryReady();
  const tabList = useRef<HTMLOListElement>(null);
  const shown = assessment !== undefined;
  // on a narrow screen the tabs are one scrolling row: bring the current one into view, centred,
  // without scrolling the page
  useLayoutEffect(() => {
    const list = tabList.current;
    const current = list?.querySelector<HTMLElement>('a[aria-current="page"]');
    if (!list || !current || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - list.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [view, shown]);
  if (!assessment && !ready) {
    // the stored library is still loading: not "missing" yet
    return (
      <p className="loading" role="status">
        {t('app.loading')}
      </p>
    );
  }
  if (!assessment) {
    return (
      <article className="page">
        <PageHeading>{t('assessmentNav.missingTitle')}</PageHeading>
        <p>{t('assessmentNav.missing')}</p>
        <p>
          <a href={hrefFor({ page: 'start' })}>{t('app.homeLink')}</a>
        </p>
      </article>
    );
  }
  const municipality = municipalityName(assessment.municipality, language);
  const date = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
    dateStyle: 'long',
  }).format(new Date(assessment.date + 'T12:00:00'));
  return (
    <div className="assessment-frame">
      <div className="assessment-bar">
        <p className="assessment-identity">
          <span className="assessment-municipality">{municipality}</span>
          <span className="assessment-date">{date}</span>
        </p>
        <nav aria-label={t('assessmentNav.label')}>
          <ol className="assessment-tabs" ref={tabList}>
            {tabs.map((tab, index) => (
              <li key={tab}>
                <a
                  href={hrefFor({ page: 'assessment', id: assessmentId, view: tab })}
                  aria-current={tab === view ? 'page' : undefined}
                >
                  <span className="tab-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  {t(`assessmentNav.${tab}`)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
        <Suspense fallback={null}>
          <AssessmentToolbar assessmentId={assessmentId} />
        </Suspense>
      </div>
      {children}
    </div>
  );
}
