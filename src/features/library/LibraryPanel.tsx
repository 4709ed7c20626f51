import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { assessmentName, formatAssessmentDate, formatMoment } from '../../components/assessmentName';
import { DateInput } from '../../components/form/DateInput';
import { useLocalize } from '../../components/useLocalize';
import { municipalityName } from '../../domain/assessment/municipality';
import { resolveScope } from '../../domain/assessment/scope';
import type { Assessment } from '../../domain/assessment/schema';
import { isIsoDate } from '../../domain/dates';
import { answeredItemIds, byLastEdited, progressOver } from '../../domain/library/summary';
import { trashRetentionDays } from '../../domain/library/trash';
import type { Questionnaire } from '../../domain/questionnaire/schema';
import { useLibraryReady, usePersistence } from '../../state/persist';
import { hrefFor } from '../../state/router';
import { useLibrary } from '../../state/store';
import { useQuestionnaire } from '../../state/use-evaluation';
import { DeletedList } from './DeletedList';
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
  const { language } = useLocalize();
  const id = useId();
  // the field starts with the name as shown, selected: type over it, or edit it
  const [shownName] = useState(() => assessmentName(assessment, language));
  const [value, setValue] = useState(shownName);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const tooLong = value.trim().length > 200;
  return (
    <form
      className="library-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLong) return;
        // an untitled assessment whose shown name was kept stays untitled: its name then follows
        // the display language (municipality and date), rather than freezing in this one
        if (!assessment.title && value.trim() === shownName) {
          onClose();
          return;
        }
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
  /** What the user typed in the name field; null while the suggestion is left as it is. */
  const [typed, setTyped] = useState<string | null>(null);
  const [date, setDate] = useState(today);
  const [keepAnswers, setKeepAnswers] = useState(true);
  const [dateError, setDateError] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const sourceName = assessmentName(assessment, language);
  const derivedName = assessmentName({ ...assessment, title: undefined, date }, language);
  // An untitled assessment's copy is suggested its own municipality-and-date name, which is stored
  // as no title at all and so is shown in whatever language the library is read in. A titled one
  // (a name the user wrote, in one language) is suggested a title of its own.
  const suggestion = !assessment.title
    ? { text: derivedName, title: '' }
    : {
        text: t('library.duplicate.defaultTitle', { name: sourceName }),
        title: t('library.duplicate.defaultTitle', { name: sourceName }),
      };
  const title = typed ?? suggestion.text;
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
        const kept = typed === null || typed.trim() === suggestion.text;
        const stored = kept ? suggestion.title : typed;
        const newId = useLibrary
          .getState()
          .duplicate(assessment.id, { title: stored.slice(0, 200), date, keepAnswers });
        if (newId) onCreated(newId, stored.trim() || derivedName);
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
        aria-describedby={suggestion.title === '' ? `${id}-name-hint` : undefined}
        onChange={(event) => setTyped(event.target.value)}
      />
      {suggestion.title === '' && (
        <p className="library-hint" id={`${id}-name-hint`}>
          {t('library.duplicate.titleHint')}
          {/* a copy on the source's own day would be named the same: say so while it would be */}
          {typed === null && derivedName === sourceName && <> {t('library.duplicate.sameName')}</>}
        </p>
      )}
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
        {/* takes focus when the card is new (a copy) or back (an undo, a restore) */}
        <h3 id={headingId} className="library-item-title" tabIndex={-1} data-assessment-id={assessment.id}>
          {name}
        </h3>
        <dl className="library-facts">
          <div>
            <dt>{t('library.list.municipality')}</dt>
            <dd>{municipalityName(assessment.municipality, language)}</dd>
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
            aria-label={t('library.list.renameName', { name })}
            onClick={() => setForm(form === 'rename' ? null : 'rename')}
          >
            {t('library.list.rename')}
          </button>
          <button
            ref={duplicateButton}
            type="button"
            className="library-button"
            aria-expanded={form === 'duplicate'}
            aria-label={t('library.list.duplicateName', { name })}
            onClick={() => setForm(form === 'duplicate' ? null : 'duplicate')}
          >
            {t('library.list.duplicate')}
          </button>
          <ExportMenu assessmentId={assessment.id} named />
          <button
            type="button"
            className="library-button library-button-danger"
            aria-label={t('library.list.deleteName', { name })}
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

/** Moves focus to the heading of assessment `id`'s card, once it is rendered. */
function focusCard(id: string): boolean {
  const heading = Array.from(document.querySelectorAll<HTMLElement>('.library-item-title')).find(
    (element) => element.dataset.assessmentId === id,
  );
  heading?.focus();
  return heading !== undefined;
}

/**
 * The assessments saved on this device, most recently edited first: continue, rename, duplicate
 * (or re-assess from the answers as a baseline), export, and delete with undo. Deleted ones are
 * kept in "recently deleted" below the list, to restore or delete for good.
 */
export function LibraryPanel() {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const ready = useLibraryReady();
  const assessments = useLibrary(useShallow((state) => Object.values(state.assessments)));
  const lastChange = useLibrary((state) => state.lastChange);
  const trashKept = usePersistence((state) => state.mode === 'ready' || state.mode === 'memory');
  const sorted = useMemo(() => [...assessments].sort(byLastEdited), [assessments]);
  // the progress of each needs its questionnaire; in practice every assessment shares one
  const { questionnaire } = useQuestionnaire(sorted[0]?.questionnaire.id);
  // kept with its language: after a language switch the old message is not shown half-translated
  const [message, setMessage] = useState<{ text: string; language: string } | null>(null);
  /** The card to focus once it is rendered: a copy, or one back after an undo or a restore. */
  const focusId = useRef<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const focusUndo = useRef(false);
  const deleted = lastChange?.kind === 'deleted' ? lastChange.previous : null;
  // the same message twice in a row must still be heard: vary it invisibly
  const announce = (text: string) =>
    setMessage((previous) => ({ text: previous?.text === text ? `${text}\u00a0` : text, language }));

  useEffect(() => {
    // after a delete, focus goes to its Undo (the deleted item's buttons are gone)
    if (deleted && focusUndo.current) {
      focusUndo.current = false;
      undoButton.current?.focus();
    }
  }, [deleted]);

  useEffect(() => {
    if (focusId.current !== null && focusCard(focusId.current)) focusId.current = null;
  }, [sorted]);
  const focusWhenShown = (id: string) => {
    focusId.current = id;
    // already rendered (or rendered before this runs): focus it now
    requestAnimationFrame(() => {
      if (focusId.current === id && focusCard(id)) focusId.current = null;
    });
  };

  return (
    <section className="library" aria-labelledby="library-title">
      <h2 id="library-title" tabIndex={-1}>
        {t('library.list.title')}
      </h2>
      <p className="library-message" role="status">
        {message?.language === language ? message.text : ''}
      </p>
      {deleted && (
        <div className="library-toast" role="status">
          <p>
            {t('library.list.deleted', { name: assessmentName(deleted, language) })}
            {trashKept && <> {t('library.list.deletedKept', { days: trashRetentionDays })}</>}
          </p>
          <button
            ref={undoButton}
            type="button"
            className="library-button library-button-primary"
            onClick={() => {
              useLibrary.getState().undoLibraryChange();
              announce(t('library.list.restored', { name: assessmentName(deleted, language) }));
              focusWhenShown(deleted.id);
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
                setMessage(null);
                focusUndo.current = true;
              }}
              onCreated={(id, name) => {
                announce(t('library.duplicate.created', { name }));
                focusWhenShown(id);
              }}
            />
          ))}
        </ul>
      )}
      {ready && (
        <DeletedList
          announce={announce}
          onRestored={(entry, id) => {
            // the toast of the same deletion has nothing left to undo
            const change = useLibrary.getState().lastChange;
            if (change?.kind === 'deleted' && change.previous.id === entry.id) {
              useLibrary.getState().dismissLibraryChange();
            }
            announce(t('library.list.restored', { name: assessmentName(entry.assessment, language) }));
            focusWhenShown(id);
          }}
        />
      )}
    </section>
  );
}
