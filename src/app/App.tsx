import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { StorageNoticeSlot } from '../components/StorageNoticeSlot';
import { AccessibilityPage } from '../features/accessibility/AccessibilityPage';
import { StartPage } from '../features/start/StartPage';
import { hrefFor, useRoute, type Route } from '../state/router';
import { AssessmentFrame } from './AssessmentFrame';
import { deploymentConfig } from './config';
import {
  AnswerPage,
  CatalogPage,
  LibraryPanel,
  ReportPage,
  ResultsPage,
  RoadmapPage,
  SetupPage,
  SupplierPage,
  WorkshopPage,
} from './lazy-pages';
import { NotFoundPage } from './NotFoundPage';
import { PageBoundary } from './PageBoundary';

function AssessmentView({ route }: { route: Extract<Route, { page: 'assessment' }> }) {
  switch (route.view) {
    case 'setup':
      return <SetupPage assessmentId={route.id} />;
    case 'answer':
      return <AnswerPage assessmentId={route.id} section={route.section} />;
    case 'results':
      return <ResultsPage assessmentId={route.id} />;
    case 'roadmap':
      return <RoadmapPage assessmentId={route.id} />;
    case 'report':
      return <ReportPage assessmentId={route.id} section={route.section} />;
    case 'workshop':
      return <WorkshopPage assessmentId={route.id} section={route.section} />;
    default:
      return <NotFoundPage />;
  }
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'start':
      return <StartPage library={<LibraryPanel />} />;
    case 'new':
      return <SetupPage />;
    case 'assessment':
      return (
        <AssessmentFrame assessmentId={route.id} view={route.view}>
          <AssessmentView route={route} />
        </AssessmentFrame>
      );
    case 'accessibility':
      return <AccessibilityPage {...deploymentConfig} />;
    case 'catalog':
      return <CatalogPage />;
    case 'supplier':
      return <SupplierPage />;
    case 'not-found':
      return <NotFoundPage />;
  }
}

/** A key that remounts the page (and moves focus to its heading) when the screen changes. */
function pageKey(route: Route): string {
  return route.page === 'assessment' ? `${route.page}:${route.id}:${route.view}` : route.page;
}

/** The shell: skip link, header with the language switcher, the page, and the footer. */
export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // routes live in the hash, so move focus instead of navigating to "#main"
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <a className="brand" href={hrefFor({ page: 'start' })}>
          <img src="./icon.svg" alt="" width="32" height="32" />
          <span>
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </span>
        </a>
        <div className="header-tools">
          <nav aria-label={t('app.mainNavigation')}>
            <a className="header-link" href={hrefFor({ page: 'catalog' })}>
              {t('app.catalogLink')}
            </a>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <StorageNoticeSlot assessmentId={route.page === 'assessment' ? route.id : undefined} />
        <PageBoundary>
          <Page route={route} key={pageKey(route)} />
        </PageBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
        <p>
          <a href={hrefFor({ page: 'accessibility' })}>{t('app.accessibilityLink')}</a>
        </p>
      </footer>
    </>
  );
}
