import { FormEvent, KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { api, call, Schemas, TicketDetails } from '../../api/client';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../session';

type Canned = Schemas['CannedResponseResponse'];

/** The word being typed at the caret when it starts with "/": a canned-response shortcut in progress. */
function shortcutAt(text: string, caret: number): { start: number; word: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)(\/[\p{L}\p{N}_-]*)$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length, word: match[2].toLowerCase() };
}

export function ReplyBox({ ticket, onSent }: { ticket: TicketDetails; onSent(): Promise<void> }) {
  const { t } = useI18n();
  const session = useSession();
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(false);
  const [canned, setCanned] = useState<Canned[]>([]);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [token, setToken] = useState<{ start: number; word: string } | null>(null);
  const [highlight, setHighlight] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    call(api.GET('/v1/helpdesk/canned-responses'))
      .then((body) => setCanned(body.canned_responses))
      .catch(() => undefined);
  }, []);

  const suggestions = useMemo(() => {
    if (token) return canned.filter((item) => item.shortcut?.startsWith(token.word));
    if (pickerOpen) {
      const needle = filter.trim().toLowerCase();
      return canned.filter(
        (item) =>
          !needle ||
          item.title.toLowerCase().includes(needle) ||
          (item.shortcut ?? '').includes(needle) ||
          item.text.toLowerCase().includes(needle),
      );
    }
    return [];
  }, [canned, token, pickerOpen, filter]);

  const updateToken = (value: string, caret: number) => {
    const found = shortcutAt(value, caret);
    setToken(found);
    setHighlight(0);
  };

  /** Puts the canned response, its variables filled in by the server for this ticket, into the box. */
  const insert = async (item: Canned) => {
    setError(null);
    try {
      const rendered = await call(
        api.POST('/v1/helpdesk/canned-responses/{canned_id}/render', {
          params: { path: { canned_id: item.id } },
          body: { ticket_id: ticket.id, member_id: session.member.id },
        }),
      );
      const start = token ? token.start : (box.current?.selectionStart ?? text.length);
      const end = token ? token.start + token.word.length : (box.current?.selectionEnd ?? text.length);
      const next = text.slice(0, start) + rendered.text + text.slice(end);
      setText(next);
      setToken(null);
      setPickerOpen(false);
      setFilter('');
      requestAnimationFrame(() => {
        box.current?.focus();
        const caret = start + rendered.text.length;
        box.current?.setSelectionRange(caret, caret);
      });
    } catch (caught) {
      setError(caught);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (suggestions.length && token) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        setHighlight(
          (current) => (current + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length,
        );
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        void insert(suggestions[Math.min(highlight, suggestions.length - 1)]);
        return;
      }
      if (event.key === 'Escape') {
        setToken(null);
        return;
      }
    }
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void send();
    }
  };

  const send = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(null);
    try {
      await call(
        api.POST('/v1/helpdesk/tickets/{id}/reply', { params: { path: { id: ticket.id } }, body: { text, internal } }),
      );
      setText('');
      setInternal(false);
      await onSent();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className={`reply-box${internal ? ' internal' : ''}`} onSubmit={send} aria-label={t('reply.title')}>
      <textarea
        ref={box}
        name="reply"
        aria-label={t('reply.title')}
        placeholder={internal ? t('reply.notePlaceholder') : t('reply.placeholder')}
        value={text}
        maxLength={4096}
        rows={4}
        onChange={(event) => {
          setText(event.target.value);
          updateToken(event.target.value, event.target.selectionStart);
        }}
        onKeyDown={onKeyDown}
        onClick={(event) => updateToken(text, event.currentTarget.selectionStart)}
      />
      {suggestions.length > 0 && (
        <ul className="canned-suggestions" role="listbox" aria-label={t('reply.canned')}>
          {pickerOpen && !token && (
            <li className="canned-filter">
              <input
                autoFocus
                placeholder={t('reply.cannedSearch')}
                aria-label={t('reply.cannedSearch')}
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
              />
            </li>
          )}
          {suggestions.map((item, index) => (
            <li
              key={item.id}
              role="option"
              aria-selected={token ? index === highlight : false}
              className={token && index === highlight ? 'highlight' : undefined}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void insert(item)}
            >
              <strong>{item.title}</strong> {item.shortcut && <code>{item.shortcut}</code>}
              <span className="hint"> {item.text.length > 80 ? `${item.text.slice(0, 80)}…` : item.text}</span>
            </li>
          ))}
        </ul>
      )}
      {pickerOpen && !token && suggestions.length === 0 && (
        <p className="hint">{canned.length ? t('reply.cannedNone') : t('reply.cannedEmpty')}</p>
      )}
      <div className="reply-actions">
        <label className="toggle">
          <input
            type="checkbox"
            name="internal"
            checked={internal}
            onChange={(event) => setInternal(event.target.checked)}
          />
          {t('reply.internal')}
        </label>
        <button type="button" onClick={() => setPickerOpen((open) => !open)} aria-expanded={pickerOpen}>
          {t('reply.canned')}
        </button>
        <span className="hint">{t('reply.shortcutHint')}</span>
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          {internal ? t('reply.sendNote') : t('reply.send')}
        </button>
      </div>
      <ErrorText error={error} />
    </form>
  );
}
