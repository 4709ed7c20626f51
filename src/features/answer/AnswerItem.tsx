import { memo, useCallback, useId, useMemo } from 'react';
import { LevelPicker, type LevelOption } from '../../components/LevelPicker';
import { emptyAnswer } from '../../domain/assessment/create';
import type { Answer, AnswerValue, Confidence } from '../../domain/assessment/schema';
import type { Item, Level } from '../../domain/questionnaire/schema';
import { useAnswer, useLibrary } from '../../state/store';
import type { CardTexts } from './cardTexts';
import { EvidenceLinks } from './EvidenceLinks';

/** Longest note the file format takes (src/domain/assessment/schema.ts). */
export const maxNotesLength = 5000;

const confidences: readonly Confidence[] = ['low', 'medium', 'high'];
const allLevels: readonly Level[] = [0, 1, 2, 3, 4, 5];

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
  /** The other phases the item counts in ("Koskee myös: Tuotanto ja tuki"), when it has any. */
  alsoPhases?: string | undefined;
  /** The texts shared by all cards, looked up once per language (see cardTexts.ts). */
  texts: CardTexts;
}

/**
 * One question with everything recorded about it. It subscribes to its own answer only, so
 * answering it re-renders this card and nothing else on the page. It looks up no texts of its own
 * beyond those that carry its values: a section opens dozens of cards at once.
 */
export const AnswerItem = memo(function AnswerItem({
  assessmentId,
  item,
  number,
  total,
  dimensionName,
  alsoPhases,
  texts,
}: AnswerItemProps) {
  const { t, localize } = texts;
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
        label: texts.levelLabels[level] ?? String(level),
        descriptor: localize(descriptor),
      })),
    [item.levels, texts.levelLabels, localize],
  );

  const current = typeof answer.current === 'number' ? answer.current : null;
  const targetBelow = current !== null && answer.target !== null && answer.target < current;
  const levelOption = (level: Level) => (
    <option key={level} value={level}>
      {texts.targetOptions[level]}
    </option>
  );

  return (
    <article className="answer-item" data-item-id={item.id} aria-labelledby={questionId}>
      <p className="answer-item-meta">
        <span>{t('answer.itemNumber', { number, total })}</span>
        <span className="answer-item-dimension">{dimensionName}</span>
        {alsoPhases && <span className="answer-item-phases">{alsoPhases}</span>}
      </p>
      <h3 className="answer-item-question" id={questionId}>
        {localize(item.question)}
      </h3>
      <p className="answer-item-help">{localize(item.help)}</p>

      <LevelPicker
        name={`current-${item.id}`}
        legend={texts.current}
        labelledBy={questionId}
        levels={levels}
        notApplicable={texts.notApplicable}
        unknown={texts.unknown}
        value={answer.current}
        onChange={setCurrent}
      />

      <div className="answer-item-details">
        <div className="answer-field">
          <label htmlFor={targetId}>{texts.target}</label>
          <select
            id={targetId}
            value={answer.target ?? ''}
            aria-describedby={targetBelow ? targetNoteId : undefined}
            onChange={(event) => {
              const raw = event.currentTarget.value;
              save({ target: raw === '' ? null : (Number(raw) as Level) });
            }}
          >
            <option value="">{texts.targetNone}</option>
            {current !== null && current > 0 ? (
              <>
                <optgroup label={texts.targetSuggested}>
                  {allLevels.filter((level) => level >= current).map(levelOption)}
                </optgroup>
                <optgroup label={texts.targetLower}>
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
          <legend>{texts.confidence}</legend>
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
                {texts.confidenceLabels[confidence]}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="answer-field answer-notes">
          <label htmlFor={notesId}>{texts.notes}</label>
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
              used: texts.numbers.format(answer.notes.length),
              max: texts.numbers.format(maxNotesLength),
            })}
          </p>
        </div>

        <EvidenceLinks links={answer.evidence} onChange={setEvidence} texts={texts} />
      </div>
    </article>
  );
});
