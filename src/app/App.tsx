import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { AccessibilityPage } from '../features/accessibility/AccessibilityPage';
import { StartPage } from '../features/start/StartPage';
import { deploymentConfig } from './config';
import { NotFoundPage } from './NotFoundPage';
import { hrefFor, useRoute, type Route } from './router';

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'start':
      return <StartPage />;
    case 'accessibility':
      return <AccessibilityPage {...deploymentConfig} />;
    case 'not-found':
      return <NotFoundPage />;
  }
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
        <LanguageSwitcher />
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} key={route.page} />
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
