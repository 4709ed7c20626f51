import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SaveIndicator } from '../../components/SaveIndicator';
import { useLibrary, useUndoState } from '../../state/store';
import { ExportMenu } from './ExportMenu';
import './library.css';

/** True when the key belongs to a text field, which has its own undo for what is typed in it. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['radio', 'checkbox', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
      target.type,
    )
  );
}

/** Ctrl/Cmd+Z undoes; Ctrl+Y, Ctrl/Cmd+Shift+Z redo. */
export function undoCommandFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/**
 * The tools of an open assessment, shown in its frame on every screen: undo and redo of the
 * edits made in it (buttons and Ctrl/Cmd+Z, Ctrl+Y, Ctrl/Cmd+Shift+Z), and the export menu.
 */
export function AssessmentToolbar({ assessmentId }: { assessmentId: string }) {
  const { t } = useTranslation();
  const { canUndo, canRedo } = useUndoState(assessmentId);
  const [announcement, setAnnouncementText] = useState('');
  // the same message twice in a row must still be heard: vary it invisibly
  const setAnnouncement = (text: string) =>
    setAnnouncementText((previous) => (previous === text ? `${text}\u00a0` : text));

  const onShortcut = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTextEntry(event.target)) return;
    const command = undoCommandFor(event);
    if (!command) return;
    event.preventDefault();
    const store = useLibrary.getState();
    const history = Object.hasOwn(store.history, assessmentId) ? store.history[assessmentId] : undefined;
    if (command === 'undo' && history && history.past.length > 0) {
      store.undo(assessmentId);
      setAnnouncement(t('library.undo.undone'));
    } else if (command === 'redo' && history && history.future.length > 0) {
      store.redo(assessmentId);
      setAnnouncement(t('library.undo.redone'));
    }
  });

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => onShortcut(event);
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="assessment-toolbar">
      <SaveIndicator />
      <div className="undo-buttons" role="group" aria-label={t('library.undo.label')}>
        <button
          type="button"
          className="library-button"
          aria-disabled={!canUndo}
          aria-keyshortcuts="Control+Z Meta+Z"
          title={t('library.undo.undoShortcut')}
          onClick={() => {
            // aria-disabled rather than disabled: the button keeps focus when the history runs out
            if (!canUndo) return;
            useLibrary.getState().undo(assessmentId);
            setAnnouncement(t('library.undo.undone'));
          }}
        >
          <span aria-hidden="true">↶ </span>
          {t('library.undo.undo')}
        </button>
        <button
          type="button"
          className="library-button"
          aria-disabled={!canRedo}
          aria-keyshortcuts="Control+Y Control+Shift+Z Meta+Shift+Z"
          title={t('library.undo.redoShortcut')}
          onClick={() => {
            if (!canRedo) return;
            useLibrary.getState().redo(assessmentId);
            setAnnouncement(t('library.undo.redone'));
          }}
        >
          <span aria-hidden="true">↷ </span>
          {t('library.undo.redo')}
        </button>
      </div>
      <ExportMenu assessmentId={assessmentId} />
      <p className="visually-hidden-library" role="status">
        {announcement}
      </p>
    </div>
  );
}
