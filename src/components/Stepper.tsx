import { memo, useId } from 'react';
import './Stepper.css';

/** One step: a link with its progress. */
export interface StepperStep {
  id: string;
  label: string;
  href: string;
  /** How many of the step's tasks are done, out of `total`. */
  done: number;
  total: number;
}

/** Steps under one heading (a phase, for example). */
export interface StepperGroup {
  id: string;
  label: string;
  steps: readonly StepperStep[];
}

export interface StepperProps {
  /** Accessible name of the navigation landmark. */
  label: string;
  groups: readonly StepperGroup[];
  /** Id of the step being shown; it gets `aria-current="step"`. */
  currentId: string;
  /** What a screen reader hears after a step's label, e.g. "3 of 5 answered". */
  progressText: (step: StepperStep) => string;
  /** Word read for a finished step, e.g. "done". */
  doneText: string;
  /** Level of the group headings, to fit the page's outline. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * A step navigation: ordered lists of links grouped under headings, each link with its progress
 * ("3/5") and a done mark. The current step is marked with `aria-current="step"` and, for sighted
 * users, by a bar, bold text and a pointer — never by colour alone. Numbering runs across groups.
 */
export const Stepper = memo(function Stepper({
  label,
  groups,
  currentId,
  progressText,
  doneText,
  headingLevel = 2,
}: StepperProps) {
  const Heading = `h${headingLevel}` as const;
  const idPrefix = useId();
  let number = 0;
  return (
    <nav className="stepper" aria-label={label}>
      {groups.map((group) => {
        const start = number + 1;
        number += group.steps.length;
        const headingId = `${idPrefix}-${group.id}`;
        return (
          <div key={group.id} className="stepper-group">
            <Heading id={headingId} className="stepper-heading">
              {group.label}
            </Heading>
            <ol className="stepper-list" start={start} aria-labelledby={headingId}>
              {group.steps.map((step, index) => {
                const current = step.id === currentId;
                const complete = step.total > 0 && step.done >= step.total;
                return (
                  <li
                    key={step.id}
                    className="stepper-item"
                    data-complete={complete || undefined}
                    data-current={current || undefined}
                  >
                    <a href={step.href} aria-current={current ? 'step' : undefined} className="stepper-link">
                      <span className="stepper-marker" aria-hidden="true">
                        {complete ? '✓' : start + index}
                      </span>
                      <span className="stepper-label">
                        {step.label}{' '}
                        {/* a space, not a comma: browsers put one before an out-of-flow span anyway */}
                        <span className="stepper-sr-only">
                          {progressText(step)}
                          {complete ? `, ${doneText}` : ''}
                        </span>
                      </span>
                      <span className="stepper-progress" aria-hidden="true">
                        {step.done}/{step.total}
                      </span>
                    </a>
                  </li>
                );
              })}
            </ol>
          </div>
        );
      })}
    </nav>
  );
});
