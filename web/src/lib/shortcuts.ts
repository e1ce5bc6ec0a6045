import { useEffect, useRef } from 'react';

/** The single-key shortcuts of the console, listed by `?` (ShortcutsHelp). */
export const SHORTCUTS = [
  { key: 'j', where: 'list', label: 'shortcuts.next' },
  { key: 'k', where: 'list', label: 'shortcuts.previous' },
  { key: 'Enter', where: 'list', label: 'shortcuts.open' },
  { key: 'x', where: 'list', label: 'shortcuts.check' },
  { key: 'r', where: 'ticket', label: 'shortcuts.reply' },
  { key: 'n', where: 'ticket', label: 'shortcuts.note' },
  { key: 'e', where: 'ticket', label: 'shortcuts.close' },
  { key: 'a', where: 'ticket', label: 'shortcuts.assignMe' },
  { key: '?', where: 'any', label: 'shortcuts.help' },
  { key: 'Ctrl+Enter', where: 'reply', label: 'shortcuts.send' },
  { key: '/', where: 'reply', label: 'shortcuts.canned' },
] as const;

/** Whether a key press belongs to a field being typed in (then it is text, not a shortcut). */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // A checkbox (a list row's) takes no text: the list's keys keep working after one is clicked.
  if (target instanceof HTMLInputElement && target.type === 'checkbox') return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Calls the handler of a pressed key (no Ctrl, Alt or Meta; not while typing in a field) while mounted.
 * A handler that returns false lets the key do what it does by default.
 */
export function useShortcuts(handlers: Record<string, (event: KeyboardEvent) => boolean | void>): void {
  const current = useRef(handlers);
  current.current = handlers;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typingIn(event.target)) return;
      const handler = current.current[event.key];
      if (handler && handler(event) !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
