import { useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import { addNote, removeNote, type NoteList } from '../../domain/workshop/edits';
import { workshopSummary } from '../../domain/workshop/summary';
import { hrefFor } from '../../state/router';
import { useSectionName, useValueText, type WorkshopContext } from './use-workshop';

/** Longest note the file format takes. */
const maxNote = 2000;

function NotesEditor({ ctx, list }: { ctx: WorkshopContext; list: NoteList }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const notes = ctx.workshop[list];
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(true);
      field.current?.focus();
      return;
    }
    ctx.act((q, a) => addNote(q, a, list, text));
    setAnnouncement(t(`workshop.summary.${list}.added`));
    setText('');
    setError(false);
    field.current?.focus();
  };
  return (
    <section className="workshop-panel" aria-labelledby={`${id}-title`}>
      <h3 className="workshop-panel-title" id={`${id}-title`}>
        {t(`workshop.summary.${list}.title`)}
      </h3>
      {notes.length === 0 ? (
        <p className="workshop-hint">{t(`workshop.summary.${list}.none`)}</p>
      ) : (
        <ol className="workshop-notes">
          {notes.map((note, index) => (
            <li key={`${index}:${note}`}>
              <span className="workshop-note-text">{note}</span>{' '}
              <button
                type="button"
                className="workshop-link-button"
                aria-label={t(`workshop.summary.${list}.removeLabel`, { number: index + 1 })}
                onClick={() => {
                  ctx.act((q, a) => removeNote(q, a, list, index));
                  setAnnouncement(t(`workshop.summary.${list}.removed`));
                  field.current?.focus();
                }}
              >
                {t('workshop.summary.remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="workshop-note-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-text`}>{t(`workshop.summary.${list}.label`)}</label>
        <textarea
          id={`${id}-text`}
          ref={field}
          rows={2}
          maxLength={maxNote}
          value={text}
          aria-invalid={error || undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setText(event.currentTarget.value);
            if (error && event.currentTarget.value.trim() !== '') setError(false);
          }}
        />
        {error && (
          <p className="workshop-error" id={`${id}-error`}>
            {t(`workshop.summary.${list}.empty`)}
          </p>
        )}
        <button type="submit" className="workshop-button">
          {t(`workshop.summary.${list}.add`)}
        </button>
      </form>
      <p className="workshop-sr-only" role="status">
        {announcement}
      </p>
    </section>
  );
}

/**
 * The end of the day: the decisions and open questions the group records, and the workshop
 * summary as the report will print it (agreed levels, wide spreads and how they were settled, the
 * top priorities after the dot vote, the agenda's planned and actual times).
 */
export function SummaryView({ ctx }: { ctx: WorkshopContext }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const { value: valueText } = useValueText(ctx.questionnaire);
  const sectionName = useSectionName(ctx.questionnaire);
  const summary = useMemo(
    () => workshopSummary(ctx.questionnaire, ctx.assessment, language),
    [ctx.questionnaire, ctx.assessment, language],
  );
  const number = new Intl.NumberFormat(language === 'en' ? 'en-GB' : language, { maximumFractionDigits: 1 });

  return (
    <section className="workshop-summary" aria-labelledby="workshop-summary-title">
      <h2 id="workshop-summary-title">{t('workshop.summary.title')}</h2>
      <p className="workshop-lead">{t('workshop.summary.lead')}</p>
      <div className="workshop-columns">
        <NotesEditor ctx={ctx} list="decisions" />
        <NotesEditor ctx={ctx} list="openQuestions" />
      </div>

      {!summary ? (
        <p className="workshop-hint">{t('workshop.summary.notYet')}</p>
      ) : (
        <>
          <dl className="workshop-figures">
            <div>
              <dt>{t('workshop.summary.participants')}</dt>
              <dd>{summary.participants.length}</dd>
            </div>
            <div>
              <dt>{t('workshop.summary.agreed')}</dt>
              <dd>{t('workshop.summary.ofItems', { count: summary.agreed, total: summary.items })}</dd>
            </div>
            <div>
              <dt>{t('workshop.summary.wideCount')}</dt>
              <dd>{summary.wideSpread.length}</dd>
            </div>
            <div>
              <dt>{t('workshop.summary.dotsCast')}</dt>
              <dd>{summary.dotsCast}</dd>
            </div>
          </dl>

          <div className="workshop-table-wrap">
            <table className="workshop-table">
              <caption>{t('workshop.summary.wideCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshop.summary.item')}</th>
                  <th scope="col">{t('workshop.summary.votes')}</th>
                  <th scope="col">{t('workshop.summary.settled')}</th>
                  <th scope="col">{t('workshop.summary.rationale')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.wideSpread.length === 0 ? (
                  <tr>
                    <td colSpan={4}>{t('workshop.summary.noWide')}</td>
                  </tr>
                ) : (
                  summary.wideSpread.map((item) => (
                    <tr key={item.itemId}>
                      <th scope="row">
                        <span className="workshop-list-number">{item.number}.</span> {item.question}
                      </th>
                      <td>
                        {t('workshop.summary.votesValue', {
                          min: item.stats.min ?? '–',
                          max: item.stats.max ?? '–',
                          median: item.stats.median === null ? '–' : number.format(item.stats.median),
                        })}
                      </td>
                      <td>
                        {item.agreed === null ? t('workshop.summary.notSettled') : valueText(item.agreed)}
                      </td>
                      <td>{item.rationale || '–'}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>

          <h3>{t('workshop.summary.prioritiesTitle')}</h3>
          {summary.priorities.length === 0 ? (
            <p className="workshop-hint">{t('workshop.summary.noPriorities')}</p>
          ) : (
            <ol className="workshop-ranking">
              {summary.priorities.map((p) => (
                <li key={p.itemId}>
                  <span className="workshop-ranking-question">{p.question}</span>{' '}
                  <span className="workshop-ranking-meta">
                    {t('workshop.dots.rankingMeta', {
                      dots: p.dots,
                      score: number.format(p.score),
                      quadrant: t(`workshop.quadrants.${p.quadrant}`),
                    })}
                  </span>
                </li>
              ))}
            </ol>
          )}

          {summary.unknownItems.length > 0 && (
            <>
              <h3>{t('workshop.summary.unknownTitle')}</h3>
              <ul>
                {summary.unknownItems.map((item) => (
                  <li key={item.itemId}>
                    {item.number}. {item.question}
                  </li>
                ))}
              </ul>
            </>
          )}

          <div className="workshop-table-wrap">
            <table className="workshop-table">
              <caption>{t('workshop.summary.agendaCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('workshop.agenda.section')}</th>
                  <th scope="col">{t('workshop.summary.planned')}</th>
                  <th scope="col">{t('workshop.summary.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {summary.agenda.map((e) => (
                  <tr key={e.id}>
                    <th scope="row">{sectionName(e)}</th>
                    <td>{t('workshop.summary.minutes', { count: e.plannedMinutes })}</td>
                    <td>
                      {e.actualMinutes === null
                        ? t('workshop.summary.notRun')
                        : t('workshop.summary.minutes', { count: e.actualMinutes })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a
              href={hrefFor({
                page: 'assessment',
                id: ctx.assessmentId,
                view: 'report',
                section: 'workshop',
              })}
            >
              {t('workshop.summary.toReport')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}
