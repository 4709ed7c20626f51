import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentName } from '../../components/assessmentName';
import { useLocalize } from '../../components/useLocalize';
import { useAssessment } from '../../state/store';
import { exportCsv, exportJson } from './export';

/**
 * "Export to a file": a disclosure button that opens the two exports (assessment file, answers as
 * CSV). Escape closes it and returns focus to the button. The outcome is announced politely.
 */
export function ExportMenu({ assessmentId, named = false }: { assessmentId: string; named?: boolean }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const assessment = useAssessment(assessmentId);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (container.current && !container.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  if (!assessment) return null;
  const name = assessmentName(assessment, language);

  async function run(kind: 'json' | 'csv'): Promise<void> {
    if (!assessment) return;
    setOpen(false);
    toggle.current?.focus();
    try {
      const fileName =
        kind === 'json' ? await exportJson(assessment) : await exportCsv(assessment, language, t);
      setMessage(
        fileName
          ? { text: t('library.export.done', { file: fileName }), failed: false }
          : { text: t('library.export.failed'), failed: true },
      );
    } catch {
      setMessage({ text: t('library.export.failed'), failed: true });
    }
  }

  return (
    <div
      className="export-menu"
      ref={container}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="library-button"
        aria-expanded={open}
        aria-controls={`${id}-menu`}
        aria-label={named ? t('library.export.menuFor', { name }) : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {t('library.export.menu')}
        <span className="export-menu-caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul className="export-menu-list" id={`${id}-menu`} hidden={!open}>
        <li>
          <button type="button" aria-describedby={`${id}-json`} onClick={() => void run('json')}>
            {t('library.export.json')}
          </button>
          <span className="export-menu-hint" id={`${id}-json`}>
            {t('library.export.jsonHint')}
          </span>
        </li>
        <li>
          <button type="button" aria-describedby={`${id}-csv`} onClick={() => void run('csv')}>
            {t('library.export.csv')}
          </button>
          <span className="export-menu-hint" id={`${id}-csv`}>
            {t('library.export.csvHint')}
          </span>
        </li>
      </ul>
      <p
        className={message?.failed ? 'export-menu-message export-menu-failed' : 'export-menu-message'}
        role="status"
      >
        {message?.text ?? ''}
      </p>
    </div>
  );
}
