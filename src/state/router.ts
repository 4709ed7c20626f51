import { useSyncExternalStore } from 'react';

/**
 * Hash-based routes (`#/accessibility`): the app is served as static files and works offline,
 * so no server needs to know its paths.
 */
export type Route = { page: 'start' } | { page: 'accessibility' } | { page: 'not-found'; path: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '') || '/';
  if (path === '/' || path === '') return { page: 'start' };
  if (path === '/accessibility') return { page: 'accessibility' };
  return { page: 'not-found', path };
}

export function hrefFor(route: Route): string {
  switch (route.page) {
    case 'start':
      return '#/';
    case 'accessibility':
      return '#/accessibility';
    case 'not-found':
      return '#' + route.path;
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
