import type { ReactNode } from 'react';
import './form.css';

/** Attributes that tie a form control to its label, hint and error; spread them on the control. */
export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/** Joins the ids that are present into an `aria-describedby` value. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id !== '');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** Ids of a field's parts, derived from the control's id. */
export function fieldIds(id: string): { label: string; hint: string; error: string } {
  return { label: `${id}-label`, hint: `${id}-hint`, error: `${id}-error` };
}

export interface FieldProps {
  /** Id of the control; the error summary links to it. */
  id: string;
  label: ReactNode;
  /** Help shown between the label and the control. */
  hint?: ReactNode;
  /** The error message in the user's language; the field is marked invalid while it is set. */
  error?: string;
  className?: string;
  /** Renders the control with the given attributes (id, aria-describedby, aria-invalid) and label id. */
  children: (control: FieldControlProps, labelId: string) => ReactNode;
}

/**
 * One labelled form control with its hint and error message, in the order a screen-reader user
 * meets them (label, hint, error, control), and wired with `aria-describedby` and `aria-invalid`.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const ids = fieldIds(id);
  const control: FieldControlProps = {
    id,
    'aria-describedby': describedBy(hint ? ids.hint : undefined, error ? ids.error : undefined),
    ...(error ? { 'aria-invalid': true as const } : {}),
  };
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label id={ids.label} htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      )}
      {children(control, ids.label)}
    </div>
  );
}

export interface FieldsetProps {
  /** Prefix for the hint and error ids. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A group of checkboxes or radio buttons with a legend, a hint and one error message for the
 * group; the fieldset is described by the hint and the error so both are read on entering it.
 */
export function Fieldset({ id, legend, hint, error, className, children }: FieldsetProps) {
  const ids = fieldIds(id);
  return (
    <fieldset
      className={['fieldset', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}
      aria-describedby={describedBy(hint ? ids.hint : undefined, error ? ids.error : undefined)}
    >
      <legend className="fieldset-legend">{legend}</legend>
      {hint && (
        <p id={ids.hint} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="field-error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
