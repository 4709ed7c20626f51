import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HorizonId } from '../../domain/assessment/schema';
import {
  noteMaxLength,
  ownerMaxLength,
  ownTitleMaxLength,
  validateOwnStep,
  type OwnStepErrors,
  type OwnStepInput,
} from '../../domain/roadmap/edit-actions';
import { horizonIds } from '../../domain/roadmap/horizons';
import { useRoadmapView } from './context';

type Field = keyof OwnStepErrors;
const fieldOrder: readonly Field[] = ['title', 'owner', 'note'];

const emptyInput = (): OwnStepInput => ({ title: '', horizon: 'now', areas: [], owner: '', note: '' });

/**
 * "Add own step": a title (required), the horizon, areas, owner and note. Errors show next to their
 * field, and focus goes to the first field with an error.
 */
export function OwnStepForm({ onAdd }: { onAdd: (input: OwnStepInput) => void }) {
  const { t } = useTranslation();
  const { scopeAreas, areaName, columnLabel, ownerList } = useRoadmapView();
  const [input, setInput] = useState<OwnStepInput>(emptyInput);
  const [errors, setErrors] = useState<OwnStepErrors>({});
  const id = useId();
  const ids = {
    title: `${id}-title`,
    titleHint: `${id}-title-hint`,
    owner: `${id}-owner`,
    note: `${id}-note`,
    error: (field: Field) => `${id}-${field}-error`,
  };
  const titleRef = useRef<HTMLInputElement>(null);
  const ownerRef = useRef<HTMLInputElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const focusField = (field: Field) => {
    const element =
      field === 'title' ? titleRef.current : field === 'owner' ? ownerRef.current : noteRef.current;
    element?.focus();
  };

  const message = (field: Field): string | null => {
    const problem = errors[field];
    if (!problem) return null;
    if (field === 'title') {
      return problem === 'required'
        ? t('roadmap.own.errorTitleRequired')
        : t('roadmap.own.errorTitleTooLong', { max: ownTitleMaxLength });
    }
    return field === 'owner'
      ? t('roadmap.own.errorOwnerTooLong', { max: ownerMaxLength })
      : t('roadmap.own.errorNoteTooLong', { max: noteMaxLength });
  };

  const change = (patch: Partial<OwnStepInput>) => {
    const next = { ...input, ...patch };
    setInput(next);
    // Once an error is shown, it goes away as soon as the field is right.
    if (Object.keys(errors).length > 0) {
      const now = validateOwnStep(next);
      setErrors((shown) => {
        const kept: OwnStepErrors = {};
        for (const field of fieldOrder) if (shown[field] && now[field]) kept[field] = now[field];
        return kept;
      });
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = validateOwnStep(input);
    setErrors(found);
    const first = fieldOrder.find((field) => found[field]);
    if (first) {
      focusField(first);
      return;
    }
    onAdd(input);
    setInput(emptyInput());
  };

  const describedBy = (field: Field, ...more: string[]): string | undefined =>
    [...more, ...(errors[field] ? [ids.error(field)] : [])].join(' ') || undefined;

  const errorText = (field: Field) => {
    const text = message(field);
    return text ? (
      <p id={ids.error(field)} className="field-error">
        {text}
      </p>
    ) : null;
  };

  return (
    <form className="own-step-form" noValidate onSubmit={submit}>
      <div className="form-field">
        <label htmlFor={ids.title}>{t('roadmap.own.titleLabel')}</label>
        <p id={ids.titleHint} className="field-hint">
          {t('roadmap.own.titleHint')}
        </p>
        {errorText('title')}
        <input
          ref={titleRef}
          id={ids.title}
          type="text"
          autoComplete="off"
          value={input.title}
          aria-required="true"
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={describedBy('title', ids.titleHint)}
          onChange={(event) => change({ title: event.currentTarget.value })}
        />
      </div>
      <fieldset className="form-field">
        <legend>{t('roadmap.own.horizon')}</legend>
        <div className="choice-row">
          {horizonIds.map((horizon: HorizonId) => (
            <label key={horizon} className="choice">
              <input
                type="radio"
                name={`${id}-horizon`}
                value={horizon}
                checked={input.horizon === horizon}
                onChange={() => change({ horizon })}
              />
              {columnLabel(horizon)}
            </label>
          ))}
        </div>
      </fieldset>
      {scopeAreas.length > 0 && (
        <fieldset className="form-field">
          <legend>{t('roadmap.own.areas')}</legend>
          <div className="choice-grid">
            {scopeAreas.map((area) => (
              <label key={area} className="choice">
                <input
                  type="checkbox"
                  checked={input.areas.includes(area)}
                  onChange={(event) =>
                    change({
                      areas: event.currentTarget.checked
                        ? scopeAreas.filter((a) => a === area || input.areas.includes(a))
                        : input.areas.filter((a) => a !== area),
                    })
                  }
                />
                {areaName(area)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div className="form-field">
        <label htmlFor={ids.owner}>{t('roadmap.own.owner')}</label>
        {errorText('owner')}
        <input
          ref={ownerRef}
          id={ids.owner}
          type="text"
          autoComplete="off"
          value={input.owner}
          list={ownerList}
          aria-invalid={errors.owner ? true : undefined}
          aria-describedby={describedBy('owner')}
          onChange={(event) => change({ owner: event.currentTarget.value })}
        />
      </div>
      <div className="form-field">
        <label htmlFor={ids.note}>{t('roadmap.own.note')}</label>
        {errorText('note')}
        <textarea
          ref={noteRef}
          id={ids.note}
          rows={3}
          value={input.note}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={describedBy('note')}
          onChange={(event) => change({ note: event.currentTarget.value })}
        />
      </div>
      <button type="submit" className="button-primary">
        {t('roadmap.own.submit')}
      </button>
    </form>
  );
}
