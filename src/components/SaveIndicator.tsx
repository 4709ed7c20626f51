import { useTranslation } from 'react-i18next';
import { usePersistence, useSaveStatus } from '../state/persist';
import { localeOf } from './assessmentName';
import { useLocalize } from './useLocalize';
import './SaveIndicator.css';

/**
 * Whether the latest changes are saved in this browser: "saved at 14.32", "saving…" or "not saved"
 * (storage blocked or full, or another tab's conflicting change; the storage notice at the top of
 * the page says why and what to do).
 *
 * The polite live region carries only what a screen-reader user needs to hear: the save time to
 * the minute (so at most one announcement a minute while someone works) and "not saved" at once.
 * The passing "saving…" is shown, not spoken.
 */
export function SaveIndicator() {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const status = useSaveStatus();
  const savedAt = usePersistence((state) => state.savedAt);
  const time = savedAt
    ? new Intl.DateTimeFormat(localeOf(language), { hour: '2-digit', minute: '2-digit' }).format(
        new Date(savedAt),
      )
    : null;
  const spoken =
    status === 'not-saved'
      ? t('library.save.notSaved')
      : time
        ? t('library.save.savedAt', { time })
        : t('library.save.saved');
  const shown = status === 'saving' ? t('library.save.saving') : spoken;
  return (
    <p className={`save-status save-status-${status}`}>
      <span className="save-status-icon" aria-hidden="true" />
      <span aria-hidden="true">{shown}</span>
      <span className="save-status-spoken" role="status" aria-live="polite">
        {spoken}
      </span>
    </p>
  );
}
