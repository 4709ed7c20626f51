import { useId, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { shortcutList } from './shortcuts';

/**
 * The list of keyboard shortcuts in a native modal <dialog>: `showModal()` makes the rest of the
 * page inert (focus stays inside) and Escape closes it. The opener returns focus on `close`.
 */
export function ShortcutHelp({ ref, onClose }: { ref: Ref<HTMLDialogElement>; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <dialog ref={ref} className="shortcut-help" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{t('answer.shortcutsTitle')}</h2>
      <p>{t('answer.shortcutsIntro')}</p>
      <table className="shortcut-table">
        <thead>
          <tr>
            <th scope="col">{t('answer.shortcutsKeys')}</th>
            <th scope="col">{t('answer.shortcutsAction')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcutList.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>
                {shortcut.keys.map((key, index) => (
                  <span key={key}>
                    {index > 0 && (shortcut.id === 'level' ? ' ' : ` ${t('answer.or')} `)}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </td>
              <td>{t(`answer.shortcuts.${shortcut.id}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="answer-btn answer-btn-primary"
        onClick={(event) => event.currentTarget.closest('dialog')?.close()}
      >
        {t('answer.close')}
      </button>
    </dialog>
  );
}
