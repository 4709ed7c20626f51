import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentName, formatMoment } from '../../components/assessmentName';
import { municipalityName } from '../../domain/assessment/municipality';
import { useLocalize } from '../../components/useLocalize';
import { trashRetentionDays } from '../../domain/library/trash';
import type { DeletedAssessment } from '../../persistence/library-db';
import { deleteForever, restoreDeleted, usePersistence } from '../../state/persist';
import './library.css';

/** Asks before deleting for good, naming the assessment; Escape or Cancel keeps it. */
function ConfirmForever({
  name,
  onConfirm,
  onCancel,
}: {
  name: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  // the safe choice has focus; the group's name says what is asked
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="library-confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      aria-describedby={`${id}-hint`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="library-confirm-question" id={`${id}-question`}>
        {t('library.list.confirmForever', { name })}
      </p>
      <p className="library-hint" id={`${id}-hint`}>
        {t('library.list.confirmForeverHint')}
      </p>
      <div className="library-form-actions">
        <button type="button" className="library-button library-button-danger-solid" onClick={onConfirm}>
          {t('library.list.deleteForever')}
        </button>
        <button ref={cancel} type="button" className="library-button" onClick={onCancel}>
          {t('library.list.cancel')}
        </button>
      </div>
    </div>
  );
}

function DeletedItem({
  entry,
  onRestore,
  onForever,
}: {
  entry: DeletedAssessment;
  onRestore: () => void;
  onForever: () => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const [confirming, setConfirming] = useState(false);
  const foreverButton = useRef<HTMLButtonElement>(null);
  const name = assessmentName(entry.assessment, language);
  return (
    <li className="library-deleted-item">
      <p className="library-deleted-name">{name}</p>
      <p className="library-hint">
        {municipalityName(entry.assessment.municipality, language)} ·{' '}
        {t('library.list.deletedAt', { time: formatMoment(entry.deletedAt, language) })}
      </p>
      <div className="library-actions">
        <button
          type="button"
          className="library-button"
          aria-label={t('library.list.restoreName', { name })}
          onClick={onRestore}
        >
          {t('library.list.restore')}
        </button>
        <button
          ref={foreverButton}
          type="button"
          className="library-button library-button-danger"
          aria-label={t('library.list.deleteForeverName', { name })}
          aria-expanded={confirming}
          onClick={() => setConfirming((value) => !value)}
        >
          {t('library.list.deleteForever')}
        </button>
      </div>
      {confirming && (
        <ConfirmForever
          name={name}
          onConfirm={onForever}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => foreverButton.current?.focus());
          }}
        />
      )}
    </li>
  );
}

/**
 * "Recently deleted": the deleted assessments still kept (for `trashRetentionDays` days in
 * storage, or this session when storage is blocked), collapsed under their count. Each can be
 * restored, or deleted for good after a confirmation that names it.
 */
export function DeletedList({
  announce,
  onRestored,
}: {
  announce: (text: string) => void;
  onRestored: (entry: DeletedAssessment, id: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const deleted = usePersistence((state) => state.deleted);
  const memory = usePersistence((state) => state.mode === 'memory');
  const summary = useRef<HTMLElement>(null);
  const busy = useRef(false);
  if (deleted.length === 0) return null;

  async function restore(entry: DeletedAssessment): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    try {
      const id = await restoreDeleted(entry);
      if (id) onRestored(entry, id);
      else announce(t('library.list.restoreFailed', { name: assessmentName(entry.assessment, language) }));
    } finally {
      busy.current = false;
    }
  }

  async function forever(entry: DeletedAssessment): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    try {
      await deleteForever(entry);
      const gone = !usePersistence.getState().deleted.some((candidate) => candidate.key === entry.key);
      if (gone) {
        announce(t('library.list.deletedForever', { name: assessmentName(entry.assessment, language) }));
        // its buttons are gone: focus goes back to the list's summary (or the library's title)
        requestAnimationFrame(() =>
          (summary.current?.isConnected
            ? summary.current
            : document.getElementById('library-title')
          )?.focus(),
        );
      }
    } finally {
      busy.current = false;
    }
  }

  return (
    <details className="library-deleted">
      <summary ref={summary}>{t('library.list.trashTitle', { count: deleted.length })}</summary>
      <p className="library-hint">
        {memory
          ? t('library.list.trashHintMemory')
          : t('library.list.trashHint', { days: trashRetentionDays })}
      </p>
      <ul className="library-deleted-list">
        {deleted.map((entry) => (
          <DeletedItem
            key={entry.key}
            entry={entry}
            onRestore={() => void restore(entry)}
            onForever={() => void forever(entry)}
          />
        ))}
      </ul>
    </details>
  );
}
