import { useSyncExternalStore } from 'react';

/** Screens narrower than this get compact charts (numbered radar axes, a narrower matrix). */
export const narrowScreenQuery = '(max-width: 40rem)';

function mediaQuery(): MediaQueryList | undefined {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(narrowScreenQuery)
    : undefined;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** True on a narrow screen (a phone, or a desktop window at 200 % zoom and below ~640 px). */
export function useNarrowScreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaQuery()?.matches ?? false,
    () => false,
  );
}
