import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import type { Assessment } from '../domain/assessment/schema';
import type { SetAsideEntry } from '../persistence/library-db';
import {
  dismissRecovered,
  downloadSetAside,
  removeSetAside,
  resolveConflict,
  usePersistence,
  type Conflict,
} from '../state/persist';
import { useLibrary } from '../state/store';
import { assessmentName } from './assessmentName';
import { describeFileProblem } from './fileProblemText';
import { useLocalize } from './useLocalize';
import './StorageNotice.css';

function ExportButton({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="notice-button notice-button-primary"
        onClick={async () => {
          try {
            const { exportAssessmentFile } = await import('../persistence/export');
            setFailed(exportAssessmentFile(assessment) === null);
          } catch {
            setFailed(true);
          }
        }}
      >
        {t('library.storage.exportThis', { name: assessmentName(assessment, language) })}
      </button>
      {failed && <p className="notice-error">{t('library.storage.exportFailed')}</p>}
    </>
  );
}

/** Storage blocked or failing: the app keeps working in memory, and the way out is export. */
function NotSavedNotice({ assessmentId }: { assessmentId?: string }) {
  const { t } = useTranslation();
  const { mode, failure } = usePersistence(
    useShallow((state) => ({ mode: state.mode, failure: state.failure })),
  );
  const assessment = useLibrary((state) =>
    assessmentId && Object.hasOwn(state.assessments, assessmentId)
      ? state.assessments[assessmentId]
      : undefined,
  );
  const reason =
    mode === 'memory' ? 'unavailable' : failure === 'quota' ? 'quota' : failure !== null ? 'failed' : null;
  if (reason === null) return null;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby="storage-notice-title">
      <p className="notice-title" id="storage-notice-title">
        {t('library.storage.title')}
      </p>
      <p>{t(`library.storage.${reason}`)}</p>
      <p>
        <strong>{t('library.storage.exportUrge')}</strong>
      </p>
      {assessment ? <ExportButton assessment={assessment} /> : <p>{t('library.storage.exportFromList')}</p>}
    </section>
  );
}

function SetAsideNotice() {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const entries = usePersistence((state) => state.setAside);
  if (entries.length === 0) return null;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby="set-aside-title">
      <p className="notice-title" id="set-aside-title">
        {t('library.storage.setAsideTitle')}
      </p>
      <p>{t('library.storage.setAside', { count: entries.length })}</p>
      <ul className="notice-list">
        {entries.map((entry: SetAsideEntry) => {
          const text = describeFileProblem(entry.problem, t, language);
          return (
            <li key={entry.key}>
              <p>
                <strong>{t('library.storage.setAsideItem', { id: entry.id })}</strong>: {text.summary}{' '}
                {text.details[0] ?? ''}
              </p>
              <div className="notice-actions">
                <button type="button" className="notice-button" onClick={() => void downloadSetAside(entry)}>
                  {t('library.storage.download')}
                </button>
                <button type="button" className="notice-button" onClick={() => void removeSetAside(entry)}>
                  {t('library.storage.remove')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function ConflictNotice({ conflict }: { conflict: Conflict }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const assessment = useLibrary((state) =>
    Object.hasOwn(state.assessments, conflict.id) ? state.assessments[conflict.id] : undefined,
  );
  const name = assessment ? assessmentName(assessment, language) : conflict.id;
  const titleId = `conflict-${conflict.id}`;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby={titleId}>
      <p className="notice-title" id={titleId}>
        {t('library.storage.conflictTitle')}
      </p>
      <p>
        {conflict.kind === 'deleted'
          ? t('library.storage.conflictDeleted', { name })
          : t('library.storage.conflictChanged', { name })}
      </p>
      <div className="notice-actions">
        <button
          type="button"
          className="notice-button"
          onClick={() => void resolveConflict(conflict.id, { choice: 'theirs' })}
        >
          {conflict.kind === 'deleted' ? t('library.storage.acceptDeletion') : t('library.storage.useTheirs')}
        </button>
        <button
          type="button"
          className="notice-button"
          onClick={() =>
            void resolveConflict(conflict.id, {
              choice: 'copy',
              title: t('library.storage.copyTitle', { name }),
            })
          }
        >
          {t('library.storage.keepBoth')}
        </button>
        <button
          type="button"
          className="notice-button"
          onClick={() => void resolveConflict(conflict.id, { choice: 'mine' })}
        >
          {t('library.storage.keepMine')}
        </button>
      </div>
    </section>
  );
}

function RecoveredNotice() {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const recovered = usePersistence((state) => state.recovered);
  const assessments = useLibrary((state) => state.assessments);
  if (recovered.length === 0) return null;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby="recovered-title">
      <p className="notice-title" id="recovered-title">
        {t('library.storage.recoveredTitle')}
      </p>
      {recovered.map((copy) => {
        const assessment = Object.hasOwn(assessments, copy.id) ? assessments[copy.id] : undefined;
        return (
          <p key={copy.id}>
            {t('library.storage.recovered', {
              name: assessment ? assessmentName(assessment, language) : copy.id,
            })}
          </p>
        );
      })}
      <div className="notice-actions">
        <button type="button" className="notice-button" onClick={dismissRecovered}>
          {t('library.storage.dismiss')}
        </button>
      </div>
    </section>
  );
}

/**
 * The persistent storage notice at the top of every page: storage blocked or full (urging export,
 * with an export button for the open assessment), entries set aside as damaged, and conflicts
 * with another tab. It stays until the problem is gone.
 */
export function StorageNotice({ assessmentId }: { assessmentId?: string }) {
  const conflicts = usePersistence(useShallow((state) => Object.values(state.conflicts)));
  return (
    <div className="storage-notices">
      <NotSavedNotice assessmentId={assessmentId} />
      <SetAsideNotice />
      <RecoveredNotice />
      {conflicts.map((conflict) => (
        <ConflictNotice key={conflict.id} conflict={conflict} />
      ))}
    </div>
  );
}
