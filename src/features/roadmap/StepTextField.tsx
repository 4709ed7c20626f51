import { useEffect, useId, useRef, useState } from 'react';

/** Quiet time after the last keystroke before a text is saved while the person is still typing. */
const saveDelayMs = 600;

/**
 * A text field that saves itself: on blur (trimmed), and while typing after a short pause, so that
 * nothing typed is lost if the tab closes, yet the roadmap is not recomputed on every keystroke.
 * While the field has focus, a change from elsewhere does not overwrite what is being typed.
 */
export function StepTextField({
  label,
  value,
  onSave,
  multiline = false,
  maxLength,
  hintId,
  list,
}: {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  maxLength: number;
  hintId?: string;
  /** Id of a datalist whose entries the single-line field suggests (any text is still accepted). */
  list?: string;
}) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const [seen, setSeen] = useState(value);
  if (seen !== value) {
    // The saved value changed (our own save, an undo, another tab): show it unless typing.
    setSeen(value);
    if (!editing) setDraft(value);
  }

  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });
  const flush = useRef(() => {
    clearTimeout(timer.current);
    if (pending.current === null) return;
    const next = pending.current;
    pending.current = null;
    save.current(next);
  });
  // Leaving the page (or the step moving to another column) saves what was typed.
  useEffect(() => {
    const flushNow = flush.current;
    return () => flushNow();
  }, []);

  const onChange = (next: string) => {
    setDraft(next);
    pending.current = next;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush.current(), saveDelayMs);
  };
  const onBlur = (current: string) => {
    const trimmed = current.trim();
    setEditing(false);
    setDraft(trimmed);
    pending.current = trimmed;
    flush.current();
  };

  const common = {
    id,
    value: draft,
    maxLength,
    'aria-describedby': hintId,
    onFocus: () => setEditing(true),
  };
  return (
    <div className="step-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={2}
          onChange={(event) => onChange(event.currentTarget.value)}
          onBlur={(event) => onBlur(event.currentTarget.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          autoComplete="off"
          list={list}
          onChange={(event) => onChange(event.currentTarget.value)}
          onBlur={(event) => onBlur(event.currentTarget.value)}
        />
      )}
    </div>
  );
}
