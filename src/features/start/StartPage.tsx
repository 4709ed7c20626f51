import { lazy, Suspense, useEffect, useEffectEvent, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { assessmentName } from '../../components/assessmentName';
import { PageHeading } from '../../components/PageHeading';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLocalize } from '../../components/useLocalize';
import { loadFeatureMessages } from '../../i18n';
import { whenLibraryReady } from '../../state/persist';
import { hrefFor, navigate } from '../../state/router';
import { useLibrary } from '../../state/store';
import type { PreparedImport } from './import-file';
import type { Flow } from './import-flow';
import './start.css';

// Opening a file needs the validator and the feedback texts: both load when a file is chosen.
const loadFeedback = () => loadFeatureMessages().then(() => import('./ImportFeedback'));
const ImportFeedback = lazy(() => loadFeedback().then((m) => ({ default: m.ImportFeedback })));

/**
 * The landing page: start a new assessment, continue a saved one (the library, passed in by the
 * shell), open an assessment file by picker or by dropping it anywhere on the page, or open the
 * demo municipality. Then what the tool does and for whom.
 */
export function StartPage({ library }: { library?: ReactNode }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  useDocumentTitle(t('start.title'), t('app.name'));
  const [flow, setFlow] = useState<Flow>({ step: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [demo, setDemo] = useState<'idle' | 'loading' | 'failed'>('idle');
  const fileInput = useRef<HTMLInputElement>(null);
  const feedback = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    // the outcome of opening a file takes focus, so keyboard and screen-reader users land on it
    if (moveFocus.current && flow.step !== 'reading' && flow.step !== 'idle') {
      moveFocus.current = false;
      feedback.current?.focus();
    }
  }, [flow]);

  async function openFile(file: File, extraFiles: boolean): Promise<void> {
    setFlow({ step: 'reading', fileName: file.name, extraFiles });
    moveFocus.current = true;
    void loadFeedback();
    await whenLibraryReady();
    let prepared: PreparedImport;
    try {
      const { prepareImport } = await import('./import-file');
      prepared = await prepareImport(file, useLibrary.getState().assessments);
    } catch {
      prepared = { kind: 'refused', fileName: file.name, problem: { kind: 'unreadable' } };
    }
    if (prepared.kind === 'refused') {
      setFlow({ step: 'refused', fileName: prepared.fileName, problem: prepared.problem, extraFiles });
    } else if (prepared.identical) {
      setFlow({ step: 'same', id: prepared.assessment.id });
    } else if (prepared.existing) {
      setFlow({ step: 'choose', prepared });
    } else {
      const id = useLibrary.getState().importAssessment(prepared.assessment, { mode: 'new' });
      setFlow({ step: 'done', id, prepared, replaced: false, extraFiles });
    }
  }

  const onDroppedFile = useEffectEvent((file: File, extraFiles: boolean) => void openFile(file, extraFiles));

  useEffect(() => {
    // Dropping a file anywhere on the start page opens it; other drags (text, links) pass by.
    let depth = 0;
    const hasFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onLeave = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = event.dataTransfer?.files;
      const first = files?.[0];
      if (first) onDroppedFile(first, (files?.length ?? 0) > 1);
    };
    document.addEventListener('dragenter', onEnter);
    document.addEventListener('dragover', onOver);
    document.addEventListener('dragleave', onLeave);
    document.addEventListener('drop', onDrop);
    return () => {
      document.removeEventListener('dragenter', onEnter);
      document.removeEventListener('dragover', onOver);
      document.removeEventListener('dragleave', onLeave);
      document.removeEventListener('drop', onDrop);
    };
  }, []);

  function choose(choice: 'copy' | 'replace' | 'cancel'): void {
    if (flow.step !== 'choose') return;
    moveFocus.current = true;
    const { prepared } = flow;
    if (choice === 'cancel') {
      setFlow({ step: 'cancelled' });
      return;
    }
    const store = useLibrary.getState();
    if (choice === 'copy') {
      const title = t('library.import.copyTitle', { name: assessmentName(prepared.assessment, language) });
      const id = store.importAssessment(prepared.assessment, { mode: 'copy', title });
      setFlow({ step: 'done', id, prepared, replaced: false, extraFiles: false });
    } else {
      const id = store.importAssessment(prepared.assessment, { mode: 'replace' });
      setFlow({ step: 'done', id, prepared, replaced: true, extraFiles: false });
    }
  }

  async function openDemo(): Promise<void> {
    if (demo === 'loading') return;
    setDemo('loading');
    try {
      const { loadDemoAssessment, demoAssessmentId } = await import('../../state/demo');
      await whenLibraryReady();
      // opening the demo again returns to the same one, with whatever was changed in it
      if (!Object.hasOwn(useLibrary.getState().assessments, demoAssessmentId)) {
        const assessment = await loadDemoAssessment(new Date().toISOString());
        useLibrary.getState().importAssessment(assessment, { mode: 'new' });
      }
      navigate({ page: 'assessment', id: demoAssessmentId, view: 'results' });
    } catch {
      setDemo('failed');
    }
  }

  const feedbackKind =
    flow.step === 'refused'
      ? 'error'
      : flow.step === 'choose'
        ? 'question'
        : flow.step === 'idle' || flow.step === 'reading'
          ? null
          : 'info';

  return (
    <article className="page start-page">
      <PageHeading focusOnMount={false}>{t('start.title')}</PageHeading>
      <p className="lead">{t('start.lead')}</p>

      <section className="start-actions" aria-labelledby="start-actions-title">
        <h2 id="start-actions-title">{t('start.actionsTitle')}</h2>
        <div className="start-action-buttons">
          <a className="start-button start-button-primary" href={hrefFor({ page: 'new' })}>
            {t('start.newAssessment')}
          </a>
          <button type="button" className="start-button" onClick={() => fileInput.current?.click()}>
            {t('start.openFile')}
          </button>
          <button
            type="button"
            className="start-button"
            onClick={() => void openDemo()}
            aria-disabled={demo === 'loading' || undefined}
          >
            {demo === 'loading' ? t('start.demoLoading') : t('start.openDemo')}
          </button>
        </div>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          className="start-file-input"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = ''; // choosing the same file again opens it again
            if (file) void openFile(file, false);
          }}
        />
        <p className="start-hint">{t('start.dropHint')}</p>
        {demo === 'failed' && (
          <p className="start-error" role="alert">
            {t('start.demoFailed')}
          </p>
        )}
      </section>

      {flow.step === 'reading' && (
        <p className="start-reading" role="status">
          {t('start.reading', { file: flow.fileName })}
        </p>
      )}
      {/* the outcome takes focus (see above) and is named by its title */}
      <div
        ref={feedback}
        tabIndex={-1}
        className={feedbackKind ? `start-feedback start-feedback-${feedbackKind}` : 'start-feedback-empty'}
        role={feedbackKind ? 'group' : undefined}
        aria-labelledby={feedbackKind ? 'start-feedback-title' : undefined}
      >
        <Suspense fallback={null}>
          <ImportFeedback
            flow={flow}
            onChoose={choose}
            onUndoReplace={() => {
              moveFocus.current = true;
              useLibrary.getState().undoLibraryChange();
              setFlow({ step: 'replaceUndone' });
            }}
          />
        </Suspense>
      </div>

      <Suspense fallback={<p className="loading">{t('start.libraryLoading')}</p>}>{library}</Suspense>

      <div className="card-grid">
        <section className="card" aria-labelledby="start-what">
          <h2 id="start-what">{t('start.whatTitle')}</h2>
          <p>{t('start.what1')}</p>
          <p>{t('start.what2')}</p>
          <p>{t('start.what3')}</p>
        </section>
        <section className="card" aria-labelledby="start-who">
          <h2 id="start-who">{t('start.whoTitle')}</h2>
          <ul>
            <li>{t('start.who1')}</li>
            <li>{t('start.who2')}</li>
            <li>{t('start.who3')}</li>
          </ul>
        </section>
        <section className="card" aria-labelledby="start-privacy">
          <h2 id="start-privacy">{t('start.privacyTitle')}</h2>
          <p>{t('start.privacy')}</p>
        </section>
      </div>

      {dragging && (
        <div className="start-drop-overlay" aria-hidden="true">
          <p>{t('start.dropHere')}</p>
        </div>
      )}
    </article>
  );
}
