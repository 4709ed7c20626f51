import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import {
  assessmentName,
  formatAssessmentDate,
  formatMoment,
  municipalityName,
} from '../../components/assessmentName';
import { DateInput } from '../../components/form/DateInput';
import { useLocalize } from '../../components/useLocalize';
import { resolveScope } from '../../domain/assessment/scope';
import type { Assessment } from '../../domain/assessment/schema';
import { isIsoDate } from '../../domain/dates';
import { answeredItemIds, byLastEdited, progressOver } from '../../domain/library/summary';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useLibraryReady } from '../../state/persist';
import { hrefFor } from '../../state/router';
import { useLibrary } from '../../state/store';
import { useQuestionnaire } from '../../state/use-evaluation';
import { ExportMenu } from './ExportMenu';
import './library.css';

/** Today as YYYY-MM-DD in the user's time zone (the day a re-assessment is made). */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function RenameForm({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState(assessment.title ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const tooLong = value.trim().length > 200;
  return (
    <form
      className="library-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLong) return;
        useLibrary.getState().rename(assessment.id, value);
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p className="library-form-title" id={`${id}-title`}>
        {t('library.rename.title')}
      </p>
      <label htmlFor={`${id}-name`}>{t('library.rename.label')}</label>
      <input
        ref={input}
        id={`${id}-name`}
        type="text"
        value={value}
        maxLength={250}
        autoComplete="off"
        aria-describedby={`${id}-hint${tooLong ? ` ${id}-error` : ''}`}
        aria-invalid={tooLong || undefined}
        onChange={(event) => setValue(event.target.value)}
      />
      <p className="library-hint" id={`${id}-hint`}>
        {t('library.rename.hint')}
      </p>
      {tooLong && (
        <p className="library-error" id={`${id}-error`}>
          {t('library.rename.tooLong')}
        </p>
      )}
      <div className="library-form-actions">
        <button type="submit" className="library-button library-button-primary">
          {t('library.rename.save')}
        </button>
        <button type="button" className="library-button" onClick={onClose}>
          {t('library.rename.cancel')}
        </button>
      </div>
    </form>
  );
}

function DuplicateForm({
  assessment,
  onClose,
  onCreated,
}: {
  assessment: Assessment;
  onClose: () => void;
  onCreated: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const id = useId();
  const [title, setTitle] = useState(() =>
    t('library.duplicate.defaultTitle', { name: assessmentName(assessment, language) }),
  );
  const [date, setDate] = useState(today);
  const [keepAnswers, setKeepAnswers] = useState(true);
  const [dateError, setDateError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  return (
    <form
      className="library-form"
      aria-labelledby={`${id}-title`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!isIsoDate(date)) {
          setDateError(true);
          return;
        }
        const newId = useLibrary
          .getState()
          .duplicate(assessment.id, { title: title.slice(0, 200), date, keepAnswers });
        if (newId)
          onCreated(
            newId,
            title.trim() || assessmentName({ ...assessment, title: undefined, date }, language),
          );
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <p className="library-form-title" id={`${id}-title`}>
        {t('library.duplicate.title')}
      </p>
      <label htmlFor={`${id}-name`}>{t('library.duplicate.titleLabel')}</label>
      <input
        ref={input}
        id={`${id}-name`}
        type="text"
        value={title}
        maxLength={200}
        autoComplete="off"
        onChange={(event) => setTitle(event.target.value)}
      />
      <label htmlFor={`${id}-date`}>{t('library.duplicate.dateLabel')}</label>
      <p className="library-hint" id={`${id}-date-hint`}>
        {t('library.duplicate.dateHint')}
      </p>
      <DateInput
        id={`${id}-date`}
        value={date}
        required
        aria-invalid={dateError || undefined}
        aria-describedby={dateError ? `${id}-date-hint ${id}-date-error` : `${id}-date-hint`}
        onChange={(value) => {
          setDate(value);
          setDateError(false);
        }}
      />
      {dateError && (
        <p className="library-error" id={`${id}-date-error`}>
          {t('library.duplicate.dateInvalid')}
        </p>
      )}
      <div className="library-checkbox">
        <input
          id={`${id}-keep`}
          type="checkbox"
          checked={keepAnswers}
          aria-describedby={`${id}-keep-hint`}
          onChange={(event) => setKeepAnswers(event.target.checked)}
        />
        <label htmlFor={`${id}-keep`}>{t('library.duplicate.keepAnswers')}</label>
      </div>
      <p className="library-hint" id={`${id}-keep-hint`}>
        {t('library.duplicate.keepAnswersHint')}
      </p>
      <div className="library-form-actions">
        <button type="submit" className="library-button library-button-primary">
          {t('library.duplicate.create')}
        </button>
        <button type="button" className="library-button" onClick={onClose}>
          {t('library.duplicate.cancel')}
        </button>
      </div>
    </form>
  );
}

function LibraryItem({
  assessment,
  questionnaire,
  onDeleted,
  onCreated,
}: {
  assessment: Assessment;
  questionnaire: Questionnaire | undefined;
  onDeleted: () => void;
  onCreated: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const [form, setForm] = useState<'rename' | 'duplicate' | null>(null);
  const headingId = useId();
  const renameButton = useRef<HTMLButtonElement>(null);
  const duplicateButton = useRef<HTMLButtonElement>(null);
  const name = assessmentName(assessment, language);
  const progress = useMemo(() => {
    if (!questionnaire || questionnaire.id !== assessment.questionnaire.id) return null;
    return progressOver(
      assessment,
      resolveScope(questionnaire, assessment.scope).items.map((scoped) => scoped.item.id),
    );
  }, [assessment, questionnaire]);
  const close = (button: HTMLButtonElement | null) => {
    setForm(null);
    // back to the button that opened the form, after it is rendered again
    requestAnimationFrame(() => button?.focus());
  };
  return (
    <li className="library-item">
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="library-item-title">
          {name}
        </h3>
        <dl className="library-facts">
          <div>
            <dt>{t('library.list.municipality')}</dt>
            <dd>{municipalityName(assessment, language)}</dd>
          </div>
          <div>
            <dt>{t('library.list.date')}</dt>
            <dd>{formatAssessmentDate(assessment.date, language)}</dd>
          </div>
          <div>
            <dt>{t('library.list.progress')}</dt>
            <dd>
              {progress ? (
                <>
                  <progress max={Math.max(progress.total, 1)} value={progress.answered} aria-hidden="true" />{' '}
                  {t('library.list.progressOf', { answered: progress.answered, total: progress.total })}
                </>
              ) : (
                t('library.list.progressCount', { answered: answeredItemIds(assessment).length })
              )}
            </dd>
          </div>
        </dl>
        <p className="library-edited">
          {t('library.list.edited', { time: formatMoment(assessment.updatedAt, language) })}
        </p>
        <div className="library-actions">
          <a
            className="library-button library-button-primary"
            href={hrefFor({ page: 'assessment', id: assessment.id, view: 'answer' })}
            aria-label={t('library.list.continueName', { name })}
          >
            {t('library.list.continue')}
          </a>
          <button
            ref={renameButton}
            type="button"
            className="library-button"
            aria-expanded={form === 'rename'}
            aria-describedby={headingId}
            onClick={() => setForm(form === 'rename' ? null : 'rename')}
          >
            {t('library.list.rename')}
          </button>
          <button
            ref={duplicateButton}
            type="button"
            className="library-button"
            aria-expanded={form === 'duplicate'}
            aria-describedby={headingId}
            onClick={() => setForm(form === 'duplicate' ? null : 'duplicate')}
          >
            {t('library.list.duplicate')}
          </button>
          <ExportMenu assessmentId={assessment.id} named />
          <button
            type="button"
            className="library-button library-button-danger"
            aria-describedby={headingId}
            onClick={() => {
              useLibrary.getState().deleteAssessment(assessment.id);
              onDeleted();
            }}
          >
            {t('library.list.delete')}
          </button>
        </div>
        {form === 'rename' && (
          <RenameForm assessment={assessment} onClose={() => close(renameButton.current)} />
        )}
        {form === 'duplicate' && (
          <DuplicateForm
            assessment={assessment}
            onClose={() => close(duplicateButton.current)}
            onCreated={(id, copyName) => {
              setForm(null);
              onCreated(id, copyName);
            }}
          />
        )}
      </article>
    </li>
  );
}

/**
 * The assessments saved on this device, most recently edited first: continue, rename, duplicate
 * (or re-assess from the answers as a baseline), export, and delete with undo.
 */
export function LibraryPanel() {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const ready = useLibraryReady();
  const assessments = useLibrary(useShallow((state) => Object.values(state.assessments)));
  const lastChange = useLibrary((state) => state.lastChange);
  const sorted = useMemo(() => [...assessments].sort(byLastEdited), [assessments]);
  // the progress of each needs its questionnaire; in practice every assessment shares one
  const { questionnaire } = useQuestionnaire(sorted[0]?.questionnaire.id);
  const [message, setMessage] = useState('');
  const undoButton = useRef<HTMLButtonElement>(null);
  const messageRef = useRef<HTMLParagraphElement>(null);
  const focusUndo = useRef(false);
  const deleted = lastChange?.kind === 'deleted' ? lastChange.previous : null;

  useEffect(() => {
    // after a delete, focus goes to its Undo (the deleted item's buttons are gone)
    if (deleted && focusUndo.current) {
      focusUndo.current = false;
      undoButton.current?.focus();
    }
  }, [deleted]);

  return (
    <section className="library" aria-labelledby="library-title">
      <h2 id="library-title" tabIndex={-1}>
        {t('library.list.title')}
      </h2>
      <p className="library-message" role="status" ref={messageRef} tabIndex={-1}>
        {message}
      </p>
      {deleted && (
        <div className="library-toast" role="status">
          <p>{t('library.list.deleted', { name: assessmentName(deleted, language) })}</p>
          <button
            ref={undoButton}
            type="button"
            className="library-button library-button-primary"
            onClick={() => {
              useLibrary.getState().undoLibraryChange();
              setMessage(t('library.list.restored', { name: assessmentName(deleted, language) }));
              messageRef.current?.focus();
            }}
          >
            {t('library.list.undo')}
          </button>
          <button
            type="button"
            className="library-button"
            onClick={() => {
              useLibrary.getState().dismissLibraryChange();
              document.getElementById('library-title')?.focus();
            }}
          >
            {t('library.list.dismiss')}
          </button>
        </div>
      )}
      {!ready ? (
        <p className="library-loading" role="status">
          {t('library.list.loading')}
        </p>
      ) : sorted.length === 0 ? (
        <p className="library-empty">{t('library.list.empty')}</p>
      ) : (
        <ul className="library-list">
          {sorted.map((assessment) => (
            <LibraryItem
              key={assessment.id}
              assessment={assessment}
              questionnaire={questionnaire}
              onDeleted={() => {
                setMessage('');
                focusUndo.current = true;
              }}
              onCreated={(_id, name) => {
                setMessage(t('library.duplicate.created', { name }));
                messageRef.current?.focus();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
