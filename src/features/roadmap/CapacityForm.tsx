import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HorizonId } from '../../domain/assessment/schema';
import {
  capacityMax,
  parseCapacity,
  type Capacity,
  type CapacityProblem,
} from '../../domain/roadmap/edit-actions';
import { horizonIds } from '../../domain/roadmap/horizons';
import { useRoadmapView } from './context';

type Draft = Record<HorizonId, string>;
const toDraft = (capacity: Capacity): Draft => ({
  now: String(capacity.now),
  next: String(capacity.next),
  later: String(capacity.later),
});

/** How many steps each horizon takes (settings.capacity); the engine schedules the rest later. */
export function CapacityForm({
  capacity,
  onSave,
}: {
  capacity: Capacity;
  onSave: (capacity: Capacity) => void;
}) {
  const { t } = useTranslation();
  const { columnLabel } = useRoadmapView();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(() => toDraft(capacity));
  const [seen, setSeen] = useState(capacity);
  const [errors, setErrors] = useState<Partial<Record<HorizonId, CapacityProblem>>>({});
  if (seen !== capacity) {
    // Saved elsewhere (an undo, another tab): show the saved figures.
    setSeen(capacity);
    setDraft(toDraft(capacity));
    setErrors({});
  }
  const inputs = useRef<Partial<Record<HorizonId, HTMLInputElement | null>>>({});

  const message = (problem: CapacityProblem): string =>
    problem === 'required'
      ? t('roadmap.capacity.errorRequired')
      : problem === 'not-whole'
        ? t('roadmap.capacity.errorNotWhole')
        : t('roadmap.capacity.errorOutOfRange', { max: capacityMax });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseCapacity(draft);
    setErrors(parsed.errors);
    if (parsed.capacity) {
      onSave(parsed.capacity);
      return;
    }
    const first = horizonIds.find((h) => parsed.errors[h]);
    if (first) inputs.current[first]?.focus();
  };

  return (
    <form className="capacity-form" noValidate onSubmit={submit}>
      <div className="capacity-fields">
        {horizonIds.map((horizon) => {
          const inputId = `${id}-${horizon}`;
          const errorId = `${inputId}-error`;
          const problem = errors[horizon];
          return (
            <div className="capacity-field" key={horizon}>
              <label htmlFor={inputId}>
                {t('roadmap.capacity.label', { horizon: columnLabel(horizon) })}
              </label>
              <input
                ref={(element) => {
                  inputs.current[horizon] = element;
                }}
                id={inputId}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                size={5}
                value={draft[horizon]}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? errorId : undefined}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setDraft((current) => ({ ...current, [horizon]: value }));
                }}
              />
              {problem && (
                <p id={errorId} className="field-error">
                  {message(problem)}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <button type="submit" className="button-primary">
        {t('roadmap.capacity.submit')}
      </button>
    </form>
  );
}
