import { useTranslation } from 'react-i18next';
import { assessmentName, formatMoment } from '../../components/assessmentName';
import { describeFileProblem } from '../../components/fileProblemText';
import { useLocalize } from '../../components/useLocalize';
import type { FileProblem } from '../../domain/files/problems';
import { hrefFor } from '../../state/router';
import { useLibrary } from '../../state/store';
import type { Flow, Ready } from './import-flow';

function Refused({ fileName, problem }: { fileName: string; problem: FileProblem }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const text = describeFileProblem(problem, t, language);
  return (
    <>
      <p className="start-feedback-title" id="start-feedback-title">
        {t('library.problems.title', { file: fileName })}
      </p>
      <p>{text.summary}</p>
      {text.details.length > 0 && (
        <ul className="start-issues">
          {text.details.map((detail, index) => (
            <li key={index}>
              <code>{detail}</code>
            </li>
          ))}
        </ul>
      )}
      {text.more > 0 && <p>{t('library.problems.more', { count: text.more })}</p>}
      <p>{t('library.problems.nothingChanged')}</p>
    </>
  );
}

function Done({ flow, onUndo }: { flow: Extract<Flow, { step: 'done' }>; onUndo: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const assessment = useLibrary((state) =>
    Object.hasOwn(state.assessments, flow.id) ? state.assessments[flow.id] : undefined,
  );
  const { prepared } = flow;
  const name = assessmentName(assessment ?? prepared.assessment, language);
  return (
    <>
      <p className="start-feedback-title" id="start-feedback-title">
        {t('library.import.doneTitle')}
      </p>
      {flow.extraFiles && <p>{t('start.oneFile', { file: prepared.fileName })}</p>}
      <p>{flow.replaced ? t('library.import.replaced') : t('library.import.done', { name })}</p>
      {prepared.migratedFrom !== null && (
        <p>{t('library.import.migrated', { version: prepared.migratedFrom })}</p>
      )}
      {prepared.upgradedFrom !== null && (
        <p>
          {t('library.import.upgraded', { from: prepared.upgradedFrom, to: prepared.questionnaireVersion })}
        </p>
      )}
      {prepared.unmapped.length > 0 && (
        <div className="start-unmapped">
          <p className="start-feedback-subtitle">{t('library.import.unmappedTitle')}</p>
          <p>{t('library.import.unmapped')}</p>
          <ul>
            {prepared.unmapped.map((id) => (
              <li key={id}>
                <code>{id}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="start-feedback-actions">
        <a
          className="start-button start-button-primary"
          href={hrefFor({ page: 'assessment', id: flow.id, view: 'answer' })}
        >
          {t('library.import.open')}
        </a>
        {flow.replaced && (
          <button type="button" className="start-button" onClick={onUndo}>
            {t('library.import.undoReplace')}
          </button>
        )}
      </div>
    </>
  );
}

function Choose({
  prepared,
  onChoose,
}: {
  prepared: Ready;
  onChoose: (choice: 'copy' | 'replace' | 'cancel') => void;
}) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const existing = prepared.existing!;
  return (
    <>
      <p className="start-feedback-title" id="start-feedback-title">
        {t('library.import.existsTitle')}
      </p>
      <p>
        {t('library.import.exists', {
          name: assessmentName(existing, language),
          time: formatMoment(existing.updatedAt, language),
        })}
      </p>
      <div className="start-feedback-actions">
        <button type="button" className="start-button start-button-primary" onClick={() => onChoose('copy')}>
          {t('library.import.keepBoth')}
        </button>
        <button type="button" className="start-button" onClick={() => onChoose('replace')}>
          {t('library.import.replace')}
        </button>
        <button type="button" className="start-button" onClick={() => onChoose('cancel')}>
          {t('library.import.cancel')}
        </button>
      </div>
    </>
  );
}

function Same({ id }: { id: string }) {
  const { t } = useTranslation();
  const { language } = useLocalize();
  const assessment = useLibrary((state) =>
    Object.hasOwn(state.assessments, id) ? state.assessments[id] : undefined,
  );
  return (
    <>
      <p className="start-feedback-title" id="start-feedback-title">
        {t('library.import.sameTitle')}
      </p>
      <p>{t('library.import.same', { name: assessment ? assessmentName(assessment, language) : id })}</p>
      <div className="start-feedback-actions">
        <a
          className="start-button start-button-primary"
          href={hrefFor({ page: 'assessment', id, view: 'answer' })}
        >
          {t('library.import.open')}
        </a>
      </div>
    </>
  );
}

/**
 * What became of a file the user opened: refused (what and where, in the user's language),
 * a choice when the library already has the assessment, or opened (with anything the user should
 * know: an older format, an older questionnaire, items that no longer map). Loaded on demand.
 */
export function ImportFeedback({
  flow,
  onChoose,
  onUndoReplace,
}: {
  flow: Flow;
  onChoose: (choice: 'copy' | 'replace' | 'cancel') => void;
  onUndoReplace: () => void;
}) {
  const { t } = useTranslation();
  switch (flow.step) {
    case 'refused':
      return <Refused fileName={flow.fileName} problem={flow.problem} />;
    case 'choose':
      return <Choose prepared={flow.prepared} onChoose={onChoose} />;
    case 'done':
      return <Done flow={flow} onUndo={onUndoReplace} />;
    case 'same':
      return <Same id={flow.id} />;
    case 'cancelled':
      return (
        <p className="start-feedback-title" id="start-feedback-title">
          {t('library.import.cancelled')}
        </p>
      );
    case 'replaceUndone':
      return (
        <p className="start-feedback-title" id="start-feedback-title">
          {t('library.import.replaceUndone')}
        </p>
      );
    default:
      return null;
  }
}
