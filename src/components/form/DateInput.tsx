import { useState, type InputHTMLAttributes, type Ref } from 'react';
import { dateText, readDateText } from '../../domain/dates';

export interface DateInputProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'value' | 'onChange' | 'type' | 'defaultValue'
> {
  /** An ISO date (YYYY-MM-DD), or the text as typed while it is not a date. */
  value: string;
  /** Receives the ISO date once the text reads as one, otherwise the text as typed (for validation). */
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A date typed as 26.11.2026, the way dates are written in Finland, whatever the browser's own
 * language: a native date input would show the browser's format (11/26/2026 in an English
 * browser), not the app's. ISO dates and slashes are read too; the text is tidied on leaving.
 */
export function DateInput({ value, onChange, onBlur, inputRef, className, ...rest }: DateInputProps) {
  const [text, setText] = useState(() => dateText(value));
  const [shown, setShown] = useState(value);
  // a value set from outside (a reset, another tab) replaces what is typed
  if (value !== shown) {
    setShown(value);
    if (value !== toValue(text)) setText(dateText(value));
  }
  return (
    <input
      {...rest}
      ref={inputRef}
      type="text"
      inputMode="text"
      autoComplete="off"
      spellCheck={false}
      className={className}
      value={text}
      onChange={(event) => {
        const next = event.target.value;
        setText(next);
        const emitted = toValue(next);
        setShown(emitted);
        onChange(emitted);
      }}
      onBlur={(event) => {
        const reading = readDateText(text);
        if ('iso' in reading) setText(dateText(reading.iso));
        onBlur?.(event);
      }}
    />
  );
}

function toValue(text: string): string {
  const reading = readDateText(text);
  return 'iso' in reading ? reading.iso : text;
}
