import { useId, useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  parseCatalog,
  planCatalogImport,
  type ChangeEntry,
  type ImportPlan,
} from '../../domain/offering/catalog';
import type { Catalog } from '../../domain/offering/schema';
import { formatIssue, type ValidationIssue } from '../../domain/validation';
import { useLocalize } from '../../components/useLocalize';
import { readFileBytes } from '../../persistence/files';
import { activateCatalog, type ActiveCatalog } from '../../state/catalog';
import { formatDate } from './format';

type ImportState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'failed'; message: string }
  | { kind: 'invalid'; issues: ValidationIssue[] }
  | { kind: 'ready'; incoming: Catalog; warnings: ValidationIssue[] };

const shownIssues = 25;

function ChangeGroup({ title, entries }: { title: string; entries: readonly ChangeEntry[] }) {
  const { t } = useTranslation();
  return (
    <div className="change-group">
      <h4>
        {title} ({entries.length})
      </h4>
      {entries.length === 0 ? (
        <p className="muted">{t('catalog.import.noneInGroup')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              {entry.name} <span className="muted">({entry.id})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Import of a catalog file (the network's current one): validated like any file, then the user
 * chooses to replace or merge and sees what is added, changed and removed before confirming.
 * Nothing changes until the user confirms.
 */
export function ImportCatalog({
  active,
  knownTags,
  onActivated,
}: {
  active: ActiveCatalog;
  knownTags: ReadonlySet<string> | undefined;
  onActivated: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { language, localize } = useLocalize();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const [mode, setMode] = useState<'replace' | 'merge'>('replace');
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const id = useId();

  const plan: ImportPlan | null = useMemo(
    () => (state.kind === 'ready' ? planCatalogImport(active.catalog, state.incoming, mode) : null),
    [state, active.catalog, mode],
  );

  const show = (next: ImportState) => {
    setState(next);
    // the result replaces the file picker's focus target: take the reader there
    requestAnimationFrame(() => resultRef.current?.focus());
  };

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setState({ kind: 'reading' });
    const read = await readFileBytes(file);
    if (!read.ok) {
      show({
        kind: 'failed',
        message: t(read.reason === 'tooLarge' ? 'catalog.import.tooLarge' : 'catalog.import.unreadable'),
      });
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(read.bytes));
    } catch {
      show({ kind: 'failed', message: t('catalog.import.notJson') });
      return;
    }
    if (json === null || typeof json !== 'object' || !('providers' in json) || !('offerings' in json)) {
      show({ kind: 'failed', message: t('catalog.import.notCatalog') });
      return;
    }
    const result = parseCatalog(json, { knownTags });
    if (!result.ok) show({ kind: 'invalid', issues: result.issues });
    else show({ kind: 'ready', incoming: result.catalog, warnings: result.warnings });
  }

  function reset() {
    setState({ kind: 'idle' });
    setMode('replace');
    if (inputRef.current) inputRef.current.value = '';
  }

  async function confirm() {
    if (!plan) return;
    setBusy(true);
    const outcome = await activateCatalog(plan.result, new Date().toISOString());
    setBusy(false);
    reset();
    onActivated(
      outcome.saved
        ? t('catalog.import.done', { title: localize(plan.result.title) })
        : `${t('catalog.import.done', { title: localize(plan.result.title) })} ${t('catalog.active.problemNotSaved')}`,
    );
  }

  return (
    <section className="catalog-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('catalog.import.title')}</h2>
      <p>{t('catalog.import.lead')}</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          {t('catalog.import.file')}
        </label>
        <input
          ref={inputRef}
          id={`${id}-file`}
          className="file-input"
          type="file"
          accept=".json,application/json"
          onChange={(event) => void onFile(event)}
        />
      </div>
      <div ref={resultRef} tabIndex={-1} className="import-result" aria-live="polite">
        {state.kind === 'reading' && <p>{t('catalog.import.reading')}</p>}
        {state.kind === 'failed' && (
          <p className="notice notice--error" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === 'invalid' && (
          <div className="notice notice--error" role="alert">
            <h3>{t('catalog.import.invalidTitle')}</h3>
            <p>{t('catalog.import.invalidLead')}</p>
            <ul className="issue-list">
              {state.issues.slice(0, shownIssues).map((issue) => (
                <li key={`${issue.path}:${issue.message}`}>
                  <code>{formatIssue(issue)}</code>
                </li>
              ))}
            </ul>
            {state.issues.length > shownIssues && (
              <p>{t('catalog.import.moreIssues', { count: String(state.issues.length - shownIssues) })}</p>
            )}
          </div>
        )}
        {state.kind === 'ready' && plan && (
          <div className="import-plan">
            <p className="notice notice--success">
              {t('catalog.import.valid', {
                title: localize(state.incoming.title),
                date: formatDate(state.incoming.updated, language),
              })}
            </p>
            <fieldset className="fieldset">
              <legend className="fieldset-legend">{t('catalog.import.mode')}</legend>
              {(['replace', 'merge'] as const).map((value) => (
                <div className="choice" key={value}>
                  <input
                    type="radio"
                    id={`${id}-${value}`}
                    name={`${id}-mode`}
                    value={value}
                    checked={mode === value}
                    onChange={() => setMode(value)}
                    aria-describedby={`${id}-${value}-hint`}
                  />
                  <label htmlFor={`${id}-${value}`}>
                    {t(`catalog.import.${value}`)}
                    <span id={`${id}-${value}-hint`} className="choice-hint">
                      {t(`catalog.import.${value}Hint`)}
                    </span>
                  </label>
                </div>
              ))}
            </fieldset>
            <h3>{t('catalog.import.summaryTitle')}</h3>
            <div className="change-groups">
              <ChangeGroup title={t('catalog.import.added')} entries={plan.offerings.added} />
              <ChangeGroup title={t('catalog.import.changed')} entries={plan.offerings.changed} />
              <ChangeGroup title={t('catalog.import.removed')} entries={plan.offerings.removed} />
            </div>
            <p>{t('catalog.import.unchanged', { count: String(plan.offerings.unchanged) })}</p>
            <p>
              {t('catalog.import.providers', {
                added: String(plan.providers.added.length),
                changed: String(plan.providers.changed.length),
                removed: String(plan.providers.removed.length),
              })}
            </p>
            {state.warnings.length > 0 && (
              <details>
                <summary>{t('catalog.import.warnings', { count: String(state.warnings.length) })}</summary>
                <ul className="issue-list">
                  {state.warnings.map((warning) => (
                    <li key={`${warning.path}:${warning.message}`}>
                      <code>{formatIssue(warning)}</code>
                    </li>
                  ))}
                </ul>
              </details>
            )}
            <div className="button-row">
              <button type="button" className="button-primary" disabled={busy} onClick={() => void confirm()}>
                {t('catalog.import.confirm')}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => {
                  reset();
                  onActivated(t('catalog.import.cancelled'));
                }}
              >
                {t('catalog.import.cancel')}
              </button>
            </div>
          </div>
        )}
      </div>
    </section>
  );
}
