import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LevelPicker } from '../../components/LevelPicker';
import { answerFor } from '../../domain/assessment/create';
import type { AnswerValue } from '../../domain/assessment/schema';
import type { Level } from '../../domain/questionnaire/schema';
import { agreeItem, agreementProblem, type AgreementProblem } from '../../domain/workshop/edits';
import { isAgreed } from '../../domain/workshop/items';
import { isHalfway, voteStats, type VoteStats } from '../../domain/workshop/votes';
import { useLevelOptions, useMedianText, useValueText, type WorkshopContext } from './use-workshop';

const allLevels: readonly Level[] = [0, 1, 2, 3, 4, 5];
/** Longest rationale the file format takes. */
const maxRationale = 5000;

export interface AgreeState {
  level: AnswerValue | null;
  setLevel: (value: AnswerValue) => void;
  target: Level | null;
  setTarget: (value: Level | null) => void;
  rationale: string;
  setRationale: (value: string) => void;
  problem: AgreementProblem | 'level-required' | null;
  suggestion: AnswerValue | null;
  /** The revealed votes' statistics (the median, whether the spread is wide). */
  stats: VoteStats;
  wide: boolean;
  /** Counts refused attempts, so the form can move focus to what is missing each time. */
  attempts: number;
  /** Records the agreement; returns false (and focuses what is missing) when it cannot yet. */
  submit: () => boolean;
}

/**
 * The agreement of one revealed item: the consensus level (the median suggested, or what was
 * agreed before), the target and the rationale, and the check that a wide spread has its reason.
 * Shared by the facilitator's screen and the projector, which drives it from the keyboard.
 */
export function useAgreeState(
  ctx: WorkshopContext,
  itemId: string,
  onAgreed?: (value: AnswerValue) => void,
): AgreeState {
  const answer = answerFor(ctx.assessment, itemId);
  const stats = useMemo(() => voteStats(answer.votes), [answer.votes]);
  // only an agreement recorded in the workshop counts, not an answer that was there before
  const agreedBefore = isAgreed(ctx.workshop, itemId, answer);
  // until someone picks a level, the form shows what was agreed before, else the votes' suggestion
  // (derived, so that it follows the votes revealed after the item was opened)
  const [picked, setLevel] = useState<AnswerValue | undefined>(undefined);
  const level = picked !== undefined ? picked : agreedBefore ? answer.current : stats.suggestion;
  const [target, setTarget] = useState<Level | null>(() => answer.target);
  // a rationale written before the workshop is not the group's: the field starts empty and the
  // form offers the earlier text to build on, so that it cannot pass for the group's reason
  const [rationale, setRationale] = useState(() => (agreedBefore ? answer.rationale : ''));
  const [problem, setProblem] = useState<AgreeState['problem']>(null);
  const [attempts, setAttempts] = useState(0);

  const submit = () => {
    if (level === null) {
      setProblem('level-required');
      setAttempts((n) => n + 1);
      return false;
    }
    const found = agreementProblem(ctx.assessment, itemId, stats.wide, rationale);
    setProblem(found);
    if (found) {
      setAttempts((n) => n + 1);
      return false;
    }
    ctx.act((q, a) => agreeItem(q, a, itemId, { current: level, target, rationale }));
    onAgreed?.(level);
    return true;
  };

  return {
    level,
    setLevel: (value) => {
      setLevel(value);
      if (problem === 'level-required') setProblem(null);
    },
    target,
    setTarget,
    rationale,
    setRationale: (value) => {
      setRationale(value.slice(0, maxRationale));
      if (problem === 'rationale-required' && value.trim() !== '') setProblem(null);
    },
    problem,
    suggestion: stats.suggestion,
    stats,
    wide: stats.wide,
    attempts,
    submit,
  };
}

/** The agreement form: consensus level, target, rationale and the button that records them. */
export function AgreeForm({
  ctx,
  itemId,
  state,
  labelledBy,
  agreed,
  large = false,
}: {
  ctx: WorkshopContext;
  itemId: string;
  state: AgreeState;
  /** The question's id, read before the level group's legend. */
  labelledBy: string;
  /** The item was agreed before: the button updates it. */
  agreed: boolean;
  large?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const item = ctx.itemsById.get(itemId);
  const levels = useLevelOptions(item, ctx.questionnaire);
  const { value: valueText, label } = useValueText(ctx.questionnaire);
  const medianText = useMedianText(ctx.questionnaire);
  const earlierAnswer = agreed ? null : answerFor(ctx.assessment, itemId);
  const earlier = earlierAnswer?.current ?? null;
  const earlierRationale = earlierAnswer?.rationale.trim() ?? '';
  const notApplicable = useMemo(
    () => ({ label: t('answer.notApplicable'), description: t('answer.notApplicableDescription') }),
    [t],
  );
  const unknown = useMemo(
    () => ({ label: t('answer.unknown'), description: t('answer.unknownDescription') }),
    [t],
  );
  const rationaleId = `${id}-rationale`;
  const rationaleHint = `${id}-rationale-hint`;
  const rationaleError = `${id}-rationale-error`;
  const levelError = `${id}-level-error`;
  const current = typeof state.level === 'number' ? state.level : null;
  const rationaleField = useRef<HTMLTextAreaElement>(null);
  const { problem, attempts } = state;
  useEffect(() => {
    // a refused agreement takes focus to what is missing, every time it is refused
    if (attempts > 0 && problem === 'rationale-required') rationaleField.current?.focus();
  }, [attempts, problem]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    state.submit();
  };

  return (
    <form className={`workshop-agree${large ? ' workshop-agree-large' : ''}`} onSubmit={onSubmit} noValidate>
      <h3 className="workshop-panel-title">{t('workshop.agree.title')}</h3>
      <p className="workshop-hint">
        <SuggestionText
          suggestion={state.suggestion}
          median={state.stats.median}
          valueText={valueText}
          medianText={medianText}
        />
      </p>
      {earlier !== null && (
        <p className="workshop-hint workshop-earlier">
          {t('workshop.agree.earlier', { value: valueText(earlier) })}
        </p>
      )}
      <LevelPicker
        name={`agree-${itemId}`}
        legend={t('workshop.agree.level')}
        labelledBy={labelledBy}
        levels={levels}
        notApplicable={notApplicable}
        unknown={unknown}
        value={state.level}
        onChange={state.setLevel}
      />
      {state.problem === 'level-required' && (
        <p className="workshop-error" id={levelError} role="alert">
          {t('workshop.agree.levelRequired')}
        </p>
      )}
      <div className="workshop-agree-fields">
        <div className="workshop-field">
          <label htmlFor={`${id}-target`}>{t('answer.target')}</label>
          <select
            id={`${id}-target`}
            value={state.target ?? ''}
            disabled={current === null}
            onChange={(event) => {
              const raw = event.currentTarget.value;
              state.setTarget(raw === '' ? null : (Number(raw) as Level));
            }}
          >
            <option value="">{t('answer.targetNone')}</option>
            {allLevels.map((level) => (
              <option key={level} value={level}>
                {t('answer.targetOption', { level, label: label(level) })}
              </option>
            ))}
          </select>
        </div>
        <div className="workshop-field workshop-field-wide">
          <label htmlFor={rationaleId}>
            {state.wide ? t('workshop.agree.rationaleRequired') : t('workshop.agree.rationale')}
          </label>
          <p className="workshop-hint" id={rationaleHint}>
            {state.wide ? t('workshop.agree.rationaleWideHint') : t('workshop.agree.rationaleHint')}
          </p>
          <textarea
            id={rationaleId}
            ref={rationaleField}
            rows={large ? 2 : 3}
            maxLength={maxRationale}
            value={state.rationale}
            required={state.wide}
            aria-invalid={state.problem === 'rationale-required' || undefined}
            aria-describedby={
              state.problem === 'rationale-required' ? `${rationaleError} ${rationaleHint}` : rationaleHint
            }
            onChange={(event) => state.setRationale(event.currentTarget.value)}
          />
          {state.problem === 'rationale-required' && (
            <p className="workshop-error" id={rationaleError}>
              {t('workshop.agree.rationaleMissing')}
            </p>
          )}
          {earlierRationale !== '' && state.rationale.trim() !== earlierRationale && (
            <div className="workshop-earlier-rationale">
              <p className="workshop-hint">
                {t('workshop.agree.earlierRationale')} <q>{earlierRationale}</q>
              </p>
              <button
                type="button"
                className="workshop-button"
                onClick={() => {
                  state.setRationale(earlierRationale);
                  rationaleField.current?.focus();
                }}
              >
                {t('workshop.agree.useEarlierRationale')}
              </button>
            </div>
          )}
        </div>
      </div>
      <button
        type="submit"
        className="workshop-button workshop-button-primary"
        aria-keyshortcuts={large ? 'Enter A' : undefined}
      >
        {agreed ? t('workshop.agree.update') : t('workshop.agree.submit')}
      </button>
    </form>
  );
}

/**
 * Where the suggested level comes from: the median when it is a level; the lower of the two levels
 * a halfway median falls between, said as such; the more common of "not applicable" and "don't
 * know" when fewer than half gave a level (src/domain/workshop/votes.ts, docs/workshop.md).
 */
function SuggestionText({
  suggestion,
  median,
  valueText,
  medianText,
}: {
  suggestion: AnswerValue | null;
  median: number | null;
  valueText: (value: AnswerValue) => string;
  medianText: (median: number) => string;
}) {
  const { t } = useTranslation();
  if (suggestion === null) return t('workshop.agree.noSuggestion');
  if (typeof suggestion !== 'number' || median === null)
    return t('workshop.agree.suggestionOther', { value: valueText(suggestion) });
  if (isHalfway(median))
    return t('workshop.agree.suggestionHalfway', {
      median: medianText(median),
      value: valueText(suggestion),
    });
  return t('workshop.agree.suggestion', { value: valueText(suggestion) });
}
