import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '../../domain/assessment/schema';
import { planTargets, type TargetRule } from '../../domain/assessment/targets';
import type { Level } from '../../domain/questionnaire/schema';
import { useRoadmapView } from './context';

type Choice = 'raise-1' | 'raise-2' | 'at-least';
const choices: readonly Choice[] = ['raise-1', 'raise-2', 'at-least'];
const levels: readonly Level[] = [1, 2, 3, 4, 5];

function ruleOf(choice: Choice, level: Level): TargetRule {
  return choice === 'at-least'
    ? { kind: 'at-least', level }
    : { kind: 'raise', by: choice === 'raise-2' ? 2 : 1 };
}

/**
 * Raises many target levels at once (src/domain/assessment/targets.ts): one level or two above the
 * current level, or at least a chosen level. Says how many items the choice changes before it is
 * applied; the page applies it as one undoable edit. Targets are only ever raised.
 */
export function TargetTool({
  answers,
  itemIds,
  onApply,
}: {
  answers: Readonly<Record<string, Answer>>;
  /** The assessment's in-scope items. */
  itemIds: readonly string[];
  onApply: (rule: TargetRule) => void;
}) {
  const { t } = useTranslation();
  const { questionnaire, localize } = useRoadmapView();
  const id = useId();
  const [choice, setChoice] = useState<Choice>('raise-1');
  const [level, setLevel] = useState<Level>(3);
  const count = useMemo(
    () => planTargets(answers, ruleOf(choice, level), itemIds).length,
    [answers, choice, level, itemIds],
  );
  const label = (n: Level): string => {
    const scale = questionnaire.scale.find((s) => s.level === n);
    return t('roadmap.targets.levelOption', { level: n, label: scale ? localize(scale.label) : '' });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(ruleOf(choice, level));
  };
  const choiceText: Record<Choice, string> = {
    'raise-1': t('roadmap.targets.raise1'),
    'raise-2': t('roadmap.targets.raise2'),
    'at-least': t('roadmap.targets.atLeast'),
  };
  return (
    <form className="target-tool" noValidate onSubmit={submit}>
      <fieldset aria-describedby={`${id}-hint`}>
        <legend>{t('roadmap.targets.rule')}</legend>
        <p id={`${id}-hint`} className="field-hint">
          {t('roadmap.targets.hint')}
        </p>
        {choices.map((value) => (
          <label key={value} className="choice">
            <input
              type="radio"
              name={`${id}-rule`}
              value={value}
              checked={choice === value}
              onChange={() => setChoice(value)}
            />
            {choiceText[value]}
          </label>
        ))}
        <div className="target-level">
          <label htmlFor={`${id}-level`}>{t('roadmap.targets.level')}</label>
          <select
            id={`${id}-level`}
            value={level}
            onChange={(event) => {
              setLevel(Number(event.currentTarget.value) as Level);
              setChoice('at-least');
            }}
          >
            {levels.map((n) => (
              <option key={n} value={n}>
                {label(n)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <p id={`${id}-preview`} className="target-preview" aria-live="polite">
        {count > 0 ? t('roadmap.targets.preview', { count }) : t('roadmap.targets.previewNone')}
      </p>
      <button type="submit" className="button-primary" aria-describedby={`${id}-preview`}>
        {t('roadmap.targets.submit')}
      </button>
    </form>
  );
}
