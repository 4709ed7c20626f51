import { useEffect, useId, useRef, type MouseEvent } from 'react';
import './form.css';

/** One entry of the summary: the message and the id of the control it is about. */
export interface ErrorSummaryItem {
  /** Id of the element that takes focus when the link is followed. */
  fieldId: string;
  message: string;
}

export interface ErrorSummaryProps {
  /** Heading, e.g. "Korjaa nämä kohdat". */
  title: string;
  errors: readonly ErrorSummaryItem[];
  /** Increase it after a failed submit: the summary then takes focus (and is read out). */
  focusSignal: number;
}

/** Moves focus to a form control and brings it into view without changing the URL hash (the router's). */
export function focusField(fieldId: string): void {
  const element = document.getElementById(fieldId);
  if (!element) return;
  element.scrollIntoView?.({ block: 'center' });
  element.focus({ preventScroll: true });
}

/**
 * The list of a form's errors at its top, as in the GOV.UK and suomifi design systems: announced
 * when it appears (role alert), focused after a failed submit, each error a link that moves focus
 * to its field. Renders nothing when there are no errors.
 */
export function ErrorSummary({ title, errors, focusSignal }: ErrorSummaryProps) {
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  // the last failed submit that moved focus here; the errors may arrive a render after the signal
  const handled = useRef(0);
  useEffect(() => {
    if (hasErrors && focusSignal > handled.current) {
      handled.current = focusSignal;
      ref.current?.scrollIntoView?.({ block: 'start' });
      ref.current?.focus({ preventScroll: true });
    }
  }, [focusSignal, hasErrors]);

  if (!hasErrors) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <h2 id={headingId} className="error-summary-title">
        {title}
      </h2>
      <ul className="error-summary-list">
        {errors.map((error) => (
          <li key={`${error.fieldId}:${error.message}`}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                // the hash holds the route: focus the field instead of following the link
                event.preventDefault();
                focusField(error.fieldId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
