import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function LoadFailed() {
  const { t } = useTranslation();
  return (
    <div className="page" role="alert">
      <h1 tabIndex={-1}>{t('app.loadFailedTitle')}</h1>
      <p>{t('app.loadFailed')}</p>
    </div>
  );
}

/** Catches a screen that failed to load or render, so the shell (and export) stays usable. */
class ErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

/** Suspense with a visible loading status and an error boundary around a lazily loaded screen. */
export function PageBoundary({ children }: { children: ReactNode }) {
  return (
    <ErrorBoundary>
      <Suspense fallback={<Loading />}>{children}</Suspense>
    </ErrorBoundary>
  );
}
