import { memo, useId, useRef, useState, type FormEvent } from 'react';
import type { CardTexts } from './cardTexts';
import { checkEvidenceUrl, isWebAddress, type EvidenceError } from './evidence';

export interface EvidenceLinksProps {
  links: readonly string[];
  onChange: (links: string[]) => void;
  /** The texts shared by all cards (see cardTexts.ts). */
  texts: CardTexts;
}

/**
 * The evidence of one answer: links that can be opened, each with a remove button, and a field
 * to add one. Only complete http(s) addresses are accepted; an invalid one gets an inline error
 * next to the field, in the user's language, and nothing is saved.
 */
export const EvidenceLinks = memo(function EvidenceLinks({ links, onChange, texts }: EvidenceLinksProps) {
  const { t } = texts;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<EvidenceError | null>(null);
  const [status, setStatus] = useState('');
  const inputId = `${id}-input`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  const add = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = checkEvidenceUrl(draft, links);
    if (!result.ok) {
      setError(result.error);
      setStatus('');
      inputRef.current?.focus();
      return;
    }
    onChange([...links, result.url]);
    setDraft('');
    setError(null);
    setStatus(texts.evidence.added);
  };

  const remove = (url: string) => {
    onChange(links.filter((link) => link !== url));
    setStatus(texts.evidence.removed);
    // the button disappears with its link; the add field is the next stable place for focus
    inputRef.current?.focus();
  };

  return (
    <fieldset className="answer-field evidence">
      <legend>{texts.evidence.legend}</legend>
      <p className="answer-hint" id={hintId}>
        {texts.evidence.hint}
      </p>
      {links.length === 0 ? (
        <p className="evidence-none">{texts.evidence.none}</p>
      ) : (
        <ul className="evidence-list">
          {links.map((url) => (
            <li key={url}>
              {isWebAddress(url) ? (
                <a href={url} target="_blank" rel="noopener noreferrer" className="evidence-link">
                  {url}
                </a>
              ) : (
                // an address that slipped past validation (an old or edited file) stays plain text
                <span className="evidence-link">{url}</span>
              )}
              <button
                type="button"
                className="answer-btn answer-btn-small"
                aria-label={t('answer.evidence.removeLabel', { url })}
                onClick={() => remove(url)}
              >
                {texts.evidence.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="evidence-add" onSubmit={add} noValidate>
        <label htmlFor={inputId}>{texts.evidence.input}</label>
        <div className="evidence-add-row">
          <input
            ref={inputRef}
            id={inputId}
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://"
            value={draft}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            onChange={(event) => {
              setDraft(event.currentTarget.value);
              if (error) setError(null);
            }}
          />
          <button type="submit" className="answer-btn">
            {texts.evidence.add}
          </button>
        </div>
        <div aria-live="polite">
          {error && (
            <p className="field-error" id={errorId}>
              {t(`answer.evidence.errors.${error}`)}
            </p>
          )}
        </div>
      </form>
      <p className="answer-sr-only" role="status">
        {status}
      </p>
    </fieldset>
  );
});
