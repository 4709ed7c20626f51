import { memo, useId, type ChangeEvent, type ReactNode } from 'react';
import type { AnswerValue } from '../domain/assessment/schema';
import type { Level } from '../domain/questionnaire/schema';
import './LevelPicker.css';

/** One level as the picker shows it. */
export interface LevelOption {
  level: Level;
  /** The scale's short name, e.g. "Määritelty". */
  label: string;
  /** What is observable at this level for this item. */
  descriptor: string;
}

/** "Not applicable" or "don't know": chosen in the same group as the levels. */
export interface OtherOption {
  label: string;
  /** One line on what choosing it means (how it counts in the scores). */
  description: string;
}

export interface LevelPickerProps {
  /** Radio group name; unique on the page. */
  name: string;
  /** Visible group label ("Nykyinen taso"). */
  legend: string;
  /** Ids of further elements that name the group, read before the legend (the item's question). */
  labelledBy?: string;
  /** The six levels 0–5, in order. */
  levels: readonly LevelOption[];
  notApplicable: OtherOption;
  unknown: OtherOption;
  value: AnswerValue | null;
  onChange: (value: AnswerValue) => void;
}

function parseValue(raw: string): AnswerValue | null {
  if (raw === 'not-applicable' || raw === 'unknown') return raw;
  const level = Number(raw);
  return Number.isInteger(level) && level >= 0 && level <= 5 ? (level as Level) : null;
}

/**
 * Picks an item's level: a radio group of native radios, one per level showing its number, the
 * scale label and the item's own descriptor (all visible, none in a tooltip), followed by "not
 * applicable" and "don't know" in the same group. The chosen option has a thick border, a check
 * mark and bold text besides the radio itself, so the state never relies on colour alone.
 * Arrow keys move between options as with any radio group.
 */
export const LevelPicker = memo(function LevelPicker({
  name,
  legend,
  labelledBy,
  levels,
  notApplicable,
  unknown,
  value,
  onChange,
}: LevelPickerProps) {
  const id = useId();
  const legendId = `${id}-legend`;
  const change = (event: ChangeEvent<HTMLInputElement>) => {
    const next = parseValue(event.currentTarget.value);
    if (next !== null) onChange(next);
  };
  // Kept lean, as a section renders dozens of pickers: a label holds the radio, the title and the
  // descriptor; the check mark of the chosen option is drawn by CSS (LevelPicker.css).
  const option = (optionValue: string, title: ReactNode, description: string, extraClass = '') => {
    const titleId = `${id}-${optionValue}-title`;
    const descriptionId = `${id}-${optionValue}-description`;
    return (
      <label key={optionValue} className={`level-option${extraClass}`}>
        <input
          type="radio"
          name={name}
          value={optionValue}
          checked={String(value) === optionValue}
          onChange={change}
          aria-labelledby={titleId}
          aria-describedby={descriptionId}
          data-level-option={optionValue}
        />
        <span className="level-option-title" id={titleId}>
          {title}
        </span>
        <span className="level-option-description" id={descriptionId}>
          {description}
        </span>
      </label>
    );
  };
  return (
    <fieldset
      className="level-picker"
      role="radiogroup"
      aria-labelledby={labelledBy ? `${labelledBy} ${legendId}` : legendId}
    >
      <legend id={legendId} className="level-picker-legend">
        {legend}
      </legend>
      <div className="level-picker-levels">
        {levels.map((level) =>
          option(
            String(level.level),
            <>
              <span className="level-number">{level.level}</span>
              {` ${level.label}`}
            </>,
            level.descriptor,
          ),
        )}
      </div>
      <div className="level-picker-other">
        {option('not-applicable', notApplicable.label, notApplicable.description, ' level-option-other')}
        {option('unknown', unknown.label, unknown.description, ' level-option-other')}
      </div>
    </fieldset>
  );
});
