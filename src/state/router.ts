import { useSyncExternalStore } from 'react';

/**
 * Hash-based routes (`#/a/<id>/results`): the app is served as static files and works offline,
 * so no server needs to know its paths.
 */
export type AssessmentView = 'setup' | 'answer' | 'results' | 'roadmap' | 'report' | 'workshop';

export type Route =
  | { page: 'start' }
  | { page: 'new' }
  | { page: 'assessment'; id: string; view: AssessmentView; section?: string }
  | { page: 'catalog' }
  | { page: 'supplier' }
  | { page: 'accessibility' }
  | { page: 'not-found'; path: string };

const views: readonly AssessmentView[] = ['setup', 'answer', 'results', 'roadmap', 'report', 'workshop'];

function isView(value: string | undefined): value is AssessmentView {
  return value !== undefined && (views as readonly string[]).includes(value);
}

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts.length === 0) return { page: 'start' };
  const [first, second, third, fourth] = parts;
  if (parts.length === 1 && first === 'new') return { page: 'new' };
  if (parts.length === 1 && first === 'catalog') return { page: 'catalog' };
  if (parts.length === 2 && first === 'catalog' && second === 'supplier') return { page: 'supplier' };
  if (parts.length === 1 && first === 'accessibility') return { page: 'accessibility' };
  if (first === 'a' && second && isView(third) && parts.length <= 4) {
    return fourth === undefined
      ? { page: 'assessment', id: second, view: third }
      : { page: 'assessment', id: second, view: third, section: fourth };
  }
  return { page: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'new':
      return '#/new';
    case 'catalog':
      return '#/catalog';
    case 'supplier':
      return '#/catalog/supplier';
    case 'accessibility':
      return '#/accessibility';
    case 'assessment': {
      const base = `#/a/${encodeURIComponent(route.id)}/${route.view}`;
      return route.section ? `${base}/${encodeURIComponent(route.section)}` : base;
    }
    case 'not-found':
      return '#' + route.path;
  }
}

/** Navigates in code (after a form is saved, for example). */
export function navigate(route: Route, { replace = false }: { replace?: boolean } = {}): void {
  const href = hrefFor(route);
  if (replace) window.location.replace(href);
  else window.location.hash = href;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
