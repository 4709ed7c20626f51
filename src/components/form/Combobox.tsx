import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type Ref,
} from 'react';
import { exactOption, filterOptions, type ComboboxOption } from './combobox-filter';
import './form.css';

export type { ComboboxOption } from './combobox-filter';

/** Props of an editable combobox with a list of suggestions (WAI-ARIA APG "list autocomplete"). */
export interface ComboboxProps {
  /** Id of the text input; a `<label htmlFor={id}>` names it (use `Field`). */
  id: string;
  /** Id of that label, which also names the list of options. */
  labelId: string;
  options: readonly ComboboxOption[];
  /** The chosen option's value, or null while nothing is chosen. */
  value: string | null;
  /** Called with an option's value when one is chosen, and with null when the text no longer names one. */
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  /** Receives the input element (react-hook-form's `field.ref`, for focusing). */
  inputRef?: Ref<HTMLInputElement>;
  /** Ids of the hint and error texts. */
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  /** Accessible name of the button that opens the whole list (mouse and touch users). */
  toggleLabel: string;
  /** Shown in the list and announced when nothing matches. */
  noResultsText: string;
  /** Announced to screen readers as the user types: "12 municipalities found". */
  resultsText: (count: number) => string;
  /** Defaults to matching the label and keywords, best matches first. */
  filter?: (options: readonly ComboboxOption[], query: string) => ComboboxOption[];
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) (ref as { current: T | null }).current = value;
}

function optionDomId(comboboxId: string, value: string): string {
  return `${comboboxId}-option-${value.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const preventBlur = (event: MouseEvent) => event.preventDefault();

/**
 * A text input that suggests options as the user types and lets them pick one with the arrow keys
 * and Enter, Escape or the mouse. The input keeps DOM focus; the highlighted option is conveyed
 * with `aria-activedescendant`. Leaving the field with text that names exactly one option (by
 * label or keyword) chooses it; any other text leaves the value empty, for the form to report.
 */
export function Combobox({
  id,
  labelId,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  'aria-describedby': describedBy,
  'aria-invalid': invalid,
  toggleLabel,
  noResultsText,
  resultsText,
  filter = filterOptions,
}: ComboboxProps) {
  const listId = `${id}-listbox`;
  const input = useRef<HTMLInputElement | null>(null);
  // null: the input shows the chosen option's label; a string: what the user has typed since
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const selected = useMemo(() => options.find((o) => o.value === value) ?? null, [options, value]);
  const text = typed ?? selected?.label ?? '';
  const results = useMemo(
    () => (typed === null || typed.trim() === '' ? [...options] : filter(options, typed)),
    [filter, options, typed],
  );
  const activeOption = open && active >= 0 ? results[active] : undefined;
  const listShown = open && results.length > 0;

  const attachInput = useCallback(
    (element: HTMLInputElement | null) => {
      input.current = element;
      setRef(inputRef, element);
    },
    [inputRef],
  );

  useEffect(() => {
    if (!activeOption) return;
    // jsdom has no scrollIntoView; browsers keep the highlighted option in view
    document.getElementById(optionDomId(id, activeOption.value))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeOption, id]);

  const choose = (option: ComboboxOption) => {
    setTyped(null);
    setOpen(false);
    setActive(-1);
    if (option.value !== value) onChange(option.value);
  };

  const close = () => {
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = results.length;
    switch (event.key) {
      case 'ArrowDown': {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          const current = selected ? results.indexOf(selected) : -1;
          setActive(event.altKey ? -1 : Math.max(0, current));
        } else if (count > 0) {
          setActive((i) => (i + 1) % count);
        }
        break;
      }
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          setOpen(true);
          setActive(count - 1);
        } else if (count > 0) {
          setActive((i) => (i <= 0 ? count - 1 : i - 1));
        }
        break;
      }
      case 'Enter': {
        if (!open) {
          // a closed list lets Enter submit the form, with an exactly typed name taken first
          const exact = typed !== null ? exactOption(options, typed) : undefined;
          if (exact) choose(exact);
          break;
        }
        event.preventDefault();
        const option =
          activeOption ??
          (count === 1 ? results[0] : typed !== null ? exactOption(options, typed) : undefined);
        if (option) choose(option);
        else close();
        break;
      }
      case 'Escape': {
        if (open) {
          event.preventDefault();
          close();
        } else if (text !== '') {
          // a second Escape clears the field, as the APG pattern suggests
          event.preventDefault();
          setTyped('');
          if (value !== null) onChange(null);
        }
        break;
      }
      case 'Tab':
        close();
        break;
    }
  };

  const onBlurInput = () => {
    close();
    if (typed !== null) {
      const match = exactOption(options, typed);
      if (match) choose(match);
    }
    onBlur?.();
  };

  const announcement =
    open && typed !== null && typed.trim() !== ''
      ? results.length > 0
        ? resultsText(results.length)
        : noResultsText
      : '';

  return (
    <div className="combobox">
      <div className="combobox-control">
        <input
          ref={attachInput}
          id={id}
          type="text"
          role="combobox"
          className="text-input combobox-input"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={listShown}
          aria-controls={listId}
          aria-activedescendant={activeOption ? optionDomId(id, activeOption.value) : undefined}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={text}
          onChange={(event) => {
            setTyped(event.target.value);
            setOpen(true);
            setActive(-1);
            if (value !== null) onChange(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={onBlurInput}
        />
        <button
          type="button"
          className="combobox-toggle"
          tabIndex={-1}
          aria-label={toggleLabel}
          aria-expanded={listShown}
          aria-controls={listId}
          onMouseDown={preventBlur}
          onClick={() => {
            input.current?.focus();
            if (open) close();
            else {
              setOpen(true);
              setActive(selected ? results.indexOf(selected) : -1);
            }
          }}
        >
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            <path d="M5 7.5 10 12.5 15 7.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
        </button>
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-labelledby={labelId}
        className="combobox-listbox"
        hidden={!listShown}
      >
        {listShown &&
          results.map((option, index) => (
            <li
              key={option.value}
              id={optionDomId(id, option.value)}
              role="option"
              aria-selected={index === active}
              className={
                option.value === value ? 'combobox-option combobox-option--chosen' : 'combobox-option'
              }
              onMouseDown={preventBlur}
              onClick={() => choose(option)}
            >
              <span className="combobox-option-label">{option.label}</span>
              {option.detail && <span className="combobox-option-detail">{option.detail}</span>}
            </li>
          ))}
      </ul>
      {open && results.length === 0 && (
        <p className="combobox-empty" aria-hidden="true">
          {noResultsText}
        </p>
      )}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </div>
  );
}
