import { memo, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelPicker, type LevelOption } from '../../components/LevelPicker';
import { useLocalize } from '../../components/useLocalize';
import { emptyAnswer } from '../../domain/assessment/create';
import type { Answer, AnswerValue, Confidence } from '../../domain/assessment/schema';
import type { Item, Level, ScaleLevel } from '../../domain/questionnaire/schema';
import { useAnswer, useLibrary } from '../../state/store';
import { EvidenceLinks } from './EvidenceLinks';

/** Longest note the file format takes (src/domain/assessment/schema.ts). */
export const maxNotesLength = 5000;

const confidences: readonly Confidence[] = ['low', 'medium', 'high'];
const confidenceKey = {
  low: 'answer.confidenceLow',
  medium: 'answer.confidenceMedium',
  high: 'answer.confidenceHigh',
} as const;
const allLevels: readonly Level[] = [0, 1, 2, 3, 4, 5];

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Number formats are costly to create and a section renders dozens of cards: one per language. */
function numberFormat(language: string): Intl.NumberFormat {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : language);
    numberFormats.set(language, format);
  }
  return format;
}

/** Shared so that an unanswered item renders with a stable object, not a new one each time. */
const noAnswer: Answer = emptyAnswer();

export interface AnswerItemProps {
  assessmentId: string;
  item: Item;
  /** Position within the section, from 1, and the section's item count. */
  number: number;
  total: number;
  /** The item's dimension in the current language. */
  dimensionName: string;
  /** The questionnaire's 0–5 scale, for the level names. */
  scale: readonly ScaleLevel[];
}

/**
 * One question with everything recorded about it. It subscribes to its own answer only, so
 * answering it re-renders this card and nothing else on the page.
 */
export const AnswerItem = memo(function AnswerItem({
  assessmentId,
  item,
  number,
  total,
  dimensionName,
  scale,
}: AnswerItemProps) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const answer = useAnswer(assessmentId, item.id) ?? noAnswer;
  const id = useId();
  const questionId = `${id}-question`;
  const targetId = `${id}-target`;
  const targetNoteId = `${id}-target-note`;
  const notesId = `${id}-notes`;
  const notesCountId = `${id}-notes-count`;

  const save = useCallback(
    (patch: Partial<Answer>) => useLibrary.getState().setAnswer(assessmentId, item.id, patch),
    [assessmentId, item.id],
  );
  const setCurrent = useCallback((current: AnswerValue) => save({ current }), [save]);
  const setEvidence = useCallback((evidence: string[]) => save({ evidence }), [save]);

  const levels = useMemo<LevelOption[]>(
    () =>
      item.levels.map((descriptor, level) => ({
        level: level as Level,
        label: scale[level] ? localize(scale[level].label) : String(level),
        descriptor: localize(descriptor),
      })),
    [item.levels, scale, localize],
  );
  const notApplicable = useMemo(
    () => ({ label: t('answer.notApplicable'), description: t('answer.notApplicableDescription') }),
    [t],
  );
  const unknown = useMemo(
    () => ({ label: t('answer.unknown'), description: t('answer.unknownDescription') }),
    [t],
  );

  const current = typeof answer.current === 'number' ? answer.current : null;
  const targetBelow = current !== null && answer.target !== null && answer.target < current;
  const levelOption = (level: Level) => (
    <option key={level} value={level}>
      {t('answer.targetOption', { level, label: levels[level]?.label ?? '' })}
    </option>
  );
  const format = numberFormat(language);

  return (
    <article className="answer-item" data-item-id={item.id} aria-labelledby={questionId}>
      <p className="answer-item-meta">
        <span>{t('answer.itemNumber', { number, total })}</span>
        <span className="answer-item-dimension">{dimensionName}</span>
      </p>
      <h3 className="answer-item-question" id={questionId}>
        {localize(item.question)}
      </h3>
      <p className="answer-item-help">{localize(item.help)}</p>

      <LevelPicker
        name={`current-${item.id}`}
        legend={t('answer.current')}
        labelledBy={questionId}
        levels={levels}
        notApplicable={notApplicable}
        unknown={unknown}
        value={answer.current}
        onChange={setCurrent}
      />

      <div className="answer-item-details">
        <div className="answer-field">
          <label htmlFor={targetId}>{t('answer.target')}</label>
          <select
            id={targetId}
            value={answer.target ?? ''}
            aria-describedby={targetBelow ? targetNoteId : undefined}
            onChange={(event) => {
              const raw = event.currentTarget.value;
              save({ target: raw === '' ? null : (Number(raw) as Level) });
            }}
          >
            <option value="">{t('answer.targetNone')}</option>
            {current !== null && current > 0 ? (
              <>
                <optgroup label={t('answer.targetSuggested')}>
                  {allLevels.filter((level) => level >= current).map(levelOption)}
                </optgroup>
                <optgroup label={t('answer.targetLower')}>
                  {allLevels.filter((level) => level < current).map(levelOption)}
                </optgroup>
              </>
            ) : (
              allLevels.map(levelOption)
            )}
          </select>
          {targetBelow && (
            <p className="answer-note" id={targetNoteId}>
              <span aria-hidden="true">⚠ </span>
              {t('answer.targetBelowCurrent', { target: answer.target, current })}
            </p>
          )}
        </div>

        <fieldset className="answer-field answer-confidence">
          <legend>{t('answer.confidence')}</legend>
          <div className="answer-choice-row">
            {confidences.map((confidence) => (
              <label key={confidence} className="answer-choice">
                <input
                  type="radio"
                  name={`confidence-${item.id}`}
                  value={confidence}
                  checked={answer.confidence === confidence}
                  onChange={() => save({ confidence })}
                />
                {t(confidenceKey[confidence])}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="answer-field answer-notes">
          <label htmlFor={notesId}>{t('answer.notes')}</label>
          <textarea
            id={notesId}
            rows={3}
            maxLength={maxNotesLength}
            value={answer.notes}
            aria-describedby={notesCountId}
            onChange={(event) => save({ notes: event.currentTarget.value.slice(0, maxNotesLength) })}
          />
          <p className="answer-hint" id={notesCountId}>
            {t('answer.notesCount', {
              used: format.format(answer.notes.length),
              max: format.format(maxNotesLength),
            })}
          </p>
        </div>

        <EvidenceLinks links={answer.evidence} onChange={setEvidence} />
      </div>
    </article>
  );
});
