import { lazy, Suspense } from 'react';
import { loadFeatureMessages } from '../i18n';
import { usePersistence } from '../state/persist';

const StorageNotice = lazy(() =>
  loadFeatureMessages()
    .then(() => import('./StorageNotice'))
    .then((m) => ({ default: m.StorageNotice })),
);

/**
 * Where the storage notice appears (top of every page). The notice (and its messages) load only
 * when there is something to say, so a browser whose storage works never downloads them.
 */
export function StorageNoticeSlot({ assessmentId }: { assessmentId?: string }) {
  const show = usePersistence(
    (state) =>
      state.mode === 'memory' ||
      state.failure !== null ||
      state.setAside.length > 0 ||
      state.recovered.length > 0 ||
      Object.keys(state.conflicts).length > 0,
  );
  if (!show) return null;
  return (
    <Suspense fallback={null}>
      <StorageNotice assessmentId={assessmentId} />
    </Suspense>
  );
}
