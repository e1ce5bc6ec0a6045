import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { SHORTCUTS, useShortcuts } from '../lib/shortcuts';

/** `?` opens the list of keyboard shortcuts; Esc or the button closes it. */
export function ShortcutsHelp() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useShortcuts({ '?': () => setOpen(true) });
  useEffect(() => {
    if (open && dialog.current && !dialog.current.open) dialog.current.showModal?.();
  }, [open]);
  if (!open) return null;
  return (
    <dialog ref={dialog} className="shortcuts" aria-labelledby="shortcuts-title" onClose={() => setOpen(false)}>
      <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
      <table>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.key + shortcut.where}>
              <td>
                <kbd>{shortcut.key}</kbd>
              </td>
              <td>{t(shortcut.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" autoFocus onClick={() => setOpen(false)}>
        {t('shortcuts.closeHelp')}
      </button>
    </dialog>
  );
}
