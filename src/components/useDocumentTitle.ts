import { useEffect } from 'react';

/** Sets `document.title` to "<page> – <app>", following the current language. */
export function useDocumentTitle(page: string, app: string): void {
  useEffect(() => {
    document.title = page && page !== app ? `${page} – ${app}` : app;
  }, [page, app]);
}
