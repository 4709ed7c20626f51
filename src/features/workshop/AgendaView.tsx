import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalize } from '../../components/useLocalize';
import type { AgendaEntry } from '../../domain/assessment/schema';
import {
  elapsedSeconds,
  finishSection,
  maxSectionMinutes,
  pauseSection,
  plannedMinutes,
  runningEntry,
  setSectionMinutes,
  startSection,
  timerState,
} from '../../domain/workshop/agenda';
import { editAgenda, setWorkshopOption } from '../../domain/workshop/edits';
import { useNow, useSectionName, type WorkshopContext } from './use-workshop';

/** A time box field: typed freely, saved when it is a whole number of minutes in range. */
function MinutesField({ ctx, entry, label }: { ctx: WorkshopContext; entry: AgendaEntry; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(entry.minutes));
  const [synced, setSynced] = useState(entry.minutes);
  if (synced !== entry.minutes) {
    // the time box changed elsewhere (undo, another tab): show it
    setSynced(entry.minutes);
    setText(String(entry.minutes));
  }
  const value = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= maxSectionMinutes;
  return (
    <div className="workshop-minutes">
      <label htmlFor={id} className="workshop-sr-only">
        {t('workshop.agenda.minutesLabel', { section: label })}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        max={maxSectionMinutes}
        step={1}
        value={text}
        aria-invalid={!valid || undefined}
        aria-describedby={valid ? undefined : `${id}-error`}
        onChange={(event) => {
          const raw = event.currentTarget.value;
          setText(raw);
          const n = Number(raw);
          if (raw.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= maxSectionMinutes) {
            setSynced(n);
            ctx.act((q, a) => editAgenda(q, a, (agenda) => setSectionMinutes(agenda, entry.id, n)), {
              group: `agenda-minutes:${entry.id}`,
            });
          }
        }}
      />
      <span aria-hidden="true"> {t('workshop.agenda.minutesUnit')}</span>
      {!valid && (
        <p className="workshop-error" id={`${id}-error`}>
          {t('workshop.agenda.minutesInvalid', { max: maxSectionMinutes })}
        </p>
      )}
    </div>
  );
}

/**
 * The day's agenda: the brochure's sections with their time boxes (editable), the time each has
 * actually run, and the buttons that start, pause and finish each countdown. The times are kept
 * with the assessment and go into the report.
 */
export function AgendaView({ ctx }: { ctx: WorkshopContext }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const sectionName = useSectionName(ctx.questionnaire);
  const now = useNow(runningEntry(ctx.agenda) !== undefined);
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`; // Finland's conventions: 12.00, not 12:00
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const number = new Intl.NumberFormat(locale);
  const stamp = () => new Date().toISOString();
  const total = plannedMinutes(ctx.agenda);
  const used = Math.round(ctx.agenda.reduce((sum, e) => sum + elapsedSeconds(e, now), 0) / 60);

  return (
    <section className="workshop-agenda" aria-labelledby="workshop-agenda-title">
      <h2 id="workshop-agenda-title">{t('workshop.agenda.title')}</h2>
      <p className="workshop-lead">{t('workshop.agenda.lead')}</p>
      <div className="workshop-table-wrap">
        <table className="workshop-table">
          <caption className="workshop-sr-only">{t('workshop.agenda.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workshop.agenda.section')}</th>
              <th scope="col">{t('workshop.agenda.minutes')}</th>
              <th scope="col">{t('workshop.agenda.used')}</th>
              <th scope="col">{t('workshop.agenda.state')}</th>
              <th scope="col">{t('workshop.agenda.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {ctx.agenda.map((entry) => {
              const name = sectionName(entry);
              const state = timerState(entry);
              const seconds = elapsedSeconds(entry, now);
              const over = seconds >= entry.minutes * 60 && state !== 'not-started';
              return (
                <tr key={entry.id} className={state === 'running' ? 'workshop-agenda-running' : undefined}>
                  <th scope="row">{name}</th>
                  <td>
                    <MinutesField ctx={ctx} entry={entry} label={name} />
                  </td>
                  <td>
                    {state === 'not-started'
                      ? '–'
                      : t('workshop.agenda.usedValue', { minutes: number.format(Math.floor(seconds / 60)) })}
                    {over && <span className="workshop-over-mark"> {t('workshop.agenda.over')}</span>}
                  </td>
                  <td>
                    {t(`workshop.agenda.states.${state}`)}
                    {entry.startedAt && (
                      <span className="workshop-times">
                        {' '}
                        {entry.endedAt
                          ? t('workshop.agenda.ran', {
                              start: time.format(new Date(entry.startedAt)),
                              end: time.format(new Date(entry.endedAt)),
                            })
                          : t('workshop.agenda.since', { start: time.format(new Date(entry.startedAt)) })}
                      </span>
                    )}
                  </td>
                  <td>
                    <span className="workshop-row-actions">
                      {state === 'running' ? (
                        <button
                          type="button"
                          className="workshop-button"
                          onClick={() =>
                            ctx.act((q, a) =>
                              editAgenda(q, a, (agenda) => pauseSection(agenda, entry.id, stamp())),
                            )
                          }
                        >
                          {t('workshop.agenda.pause', { section: name })}
                        </button>
                      ) : (
                        <button
                          type="button"
                          className="workshop-button"
                          onClick={() =>
                            ctx.act((q, a) =>
                              editAgenda(q, a, (agenda) => startSection(agenda, entry.id, stamp())),
                            )
                          }
                        >
                          {state === 'not-started'
                            ? t('workshop.agenda.start', { section: name })
                            : t('workshop.agenda.resume', { section: name })}
                        </button>
                      )}
                      {state !== 'finished' && state !== 'not-started' && (
                        <button
                          type="button"
                          className="workshop-button"
                          onClick={() =>
                            ctx.act((q, a) =>
                              editAgenda(q, a, (agenda) => finishSection(agenda, entry.id, stamp())),
                            )
                          }
                        >
                          {t('workshop.agenda.finish', { section: name })}
                        </button>
                      )}
                    </span>
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('workshop.agenda.total')}</th>
              <td>
                {t('workshop.agenda.totalPlanned', {
                  minutes: number.format(total),
                  hours: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(total / 60),
                })}
              </td>
              <td>{t('workshop.agenda.usedValue', { minutes: number.format(used) })}</td>
              <td colSpan={2} />
            </tr>
          </tfoot>
        </table>
      </div>
      <label className="workshop-choice">
        <input
          type="checkbox"
          checked={ctx.workshop.soundOn}
          onChange={(event) => {
            const checked = event.currentTarget.checked;
            ctx.act((q, a) => setWorkshopOption(q, a, 'soundOn', checked));
          }}
        />
        <span>
          <span className="workshop-choice-label">{t('workshop.agenda.sound')}</span>
          <span className="workshop-choice-hint">{t('workshop.agenda.soundHint')}</span>
        </span>
      </label>
    </section>
  );
}
