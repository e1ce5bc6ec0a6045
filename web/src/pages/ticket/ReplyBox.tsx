import { ClipboardEvent, DragEvent, FormEvent, KeyboardEvent, useEffect, useMemo, useRef, useState } from 'react';
import { api, ApiError, call, fieldProblemsOf, Schemas, TicketDetails } from '../../api/client';
import { useCannedResponses } from '../../api/queries';
import { ticketsChanged } from '../../api/query-keys';
import { ErrorText } from '../../components/ErrorText';
import { useI18n } from '../../i18n/i18n';
import { useAction } from '../../lib/use-action';
import { useSession } from '../../session';
import { ChosenFiles, MAX_FILE_BYTES, MAX_FILES } from './ChosenFiles';

type Canned = Schemas['CannedResponseResponse'];
const NO_CANNED: Canned[] = [];

/** The word being typed at the caret when it starts with "/": a canned-response shortcut in progress. */
function shortcutAt(text: string, caret: number): { start: number; word: string } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)(\/[\p{L}\p{N}_-]*)$/u.exec(before);
  if (!match) return null;
  return { start: caret - match[2].length, word: match[2].toLowerCase() };
}

/**
 * Sends the reply as JSON, or as multipart with its files; either way with the last message the agent saw,
 * so a reply written while someone else answered is refused (409 ticket_changed) instead of sent twice.
 */
async function postReply(
  ticketId: string,
  body: { text: string; internal: boolean; after_message_id?: string },
  files: File[],
): Promise<void> {
  if (files.length === 0) {
    await call(api.POST('/v1/helpdesk/tickets/{id}/reply', { params: { path: { id: ticketId } }, body }));
    return;
  }
  const form = new FormData();
  if (body.text.trim()) form.append('text', body.text);
  form.append('internal', String(body.internal));
  if (body.after_message_id) form.append('after_message_id', body.after_message_id);
  for (const file of files) form.append('files', file, file.name);
  const response = await fetch(`/v1/helpdesk/tickets/${encodeURIComponent(ticketId)}/reply`, {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
  }).catch(() => {
    throw new ApiError('network', 0);
  });
  if (!response.ok) {
    const refusal = (await response.json().catch(() => ({}))) as { error?: string; code?: string; details?: unknown };
    throw new ApiError(
      refusal.error ?? response.statusText,
      response.status,
      refusal.code,
      fieldProblemsOf(refusal.details),
    );
  }
}

export function ReplyBox({
  ticket,
  onTyping,
  compose,
}: {
  ticket: TicketDetails;
  onTyping?(): void;
  /** A request (the `r` and `n` keys) to start writing a reply or a note: focus and mode. */
  compose?: { internal: boolean; at: number } | null;
}) {
  const { t } = useI18n();
  const session = useSession();
  const [text, setText] = useState('');
  const [internal, setInternal] = useState(false);
  const canned = useCannedResponses().data?.canned_responses ?? NO_CANNED;
  const [pickerOpen, setPickerOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [token, setToken] = useState<{ start: number; word: string } | null>(null);
  const [highlight, setHighlight] = useState(0);
  // A file that does not fit, or a canned response that would not render: said here, nothing was sent.
  const [error, setError] = useState<unknown>(null);
  // A sent reply (or one refused because the ticket changed) makes the ticket, the lists and the credits stale.
  const sending = useAction(ticketsChanged(ticket.id, { replied: true }));
  const [files, setFiles] = useState<File[]>([]);
  const [changed, setChanged] = useState(false);
  const box = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastSeenId = ticket.messages[ticket.messages.length - 1]?.id;
  // The last message when this draft was started: messages that arrive while it is written (live, above)
  // stop the first send once, so nobody answers over a colleague's reply without a look.
  const draftBase = useRef<string | undefined>(undefined);
  const startDraft = () => {
    if (draftBase.current === undefined) draftBase.current = lastSeenId;
  };

  useEffect(() => {
    if (!compose) return;
    setInternal(compose.internal);
    box.current?.focus();
  }, [compose]);

  /** Adds files (picked, dropped or pasted) up to the API's limits; what does not fit is said, not sent. */
  const addFiles = (incoming: File[]) => {
    if (incoming.length === 0) return;
    startDraft();
    const tooBig = incoming.find((file) => file.size > MAX_FILE_BYTES);
    if (tooBig) setError(new Error(t('reply.fileTooBig', { name: tooBig.name })));
    const fitting = incoming.filter((file) => file.size <= MAX_FILE_BYTES && file.size > 0);
    setFiles((current) => {
      const next = [...current, ...fitting];
      if (next.length > MAX_FILES) setError(new Error(t('reply.tooManyFiles', { n: MAX_FILES })));
      return next.slice(0, MAX_FILES);
    });
  };

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

  /** The search box of the picker: arrows move, Enter inserts (it never sends the reply), Esc closes. */
  const onPickerKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (suggestions.length === 0) return;
      setHighlight(
        (current) => (current + (event.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length,
      );
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (suggestions.length > 0) void insert(suggestions[Math.min(highlight, suggestions.length - 1)]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setPickerOpen(false);
      setFilter('');
      box.current?.focus();
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
    if ((!text.trim() && files.length === 0) || sending.busy) return;
    setError(null);
    setChanged(false);
    let changedMeanwhile = false;
    const done = await sending.run(async () => {
      try {
        await postReply(ticket.id, { text, internal, after_message_id: draftBase.current ?? lastSeenId }, files);
      } catch (caught) {
        // Someone else wrote meanwhile: nothing was sent. The ticket is fetched again (the new messages show
        // above) and the draft stays for a second look.
        if (!(caught instanceof ApiError && caught.code === 'ticket_changed')) throw caught;
        changedMeanwhile = true;
      }
    });
    if (!done) return;
    draftBase.current = undefined;
    if (changedMeanwhile) return setChanged(true);
    setText('');
    setInternal(false);
    setFiles([]);
  };

  const onDrop = (event: DragEvent<HTMLFormElement>) => {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    addFiles([...event.dataTransfer.files]);
  };
  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    if (event.clipboardData.files.length === 0) return;
    event.preventDefault();
    addFiles([...event.clipboardData.files]);
  };

  return (
    <form
      className={`reply-box${internal ? ' internal' : ''}`}
      onSubmit={send}
      aria-label={t('reply.title')}
      onDragOver={(event) => event.dataTransfer.types.includes('Files') && event.preventDefault()}
      onDrop={onDrop}
    >
      {changed && (
        <p className="notice ticket-changed" role="status">
          {t('reply.ticketChanged')}
        </p>
      )}
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
          if (event.target.value) startDraft();
          else draftBase.current = undefined;
          updateToken(event.target.value, event.target.selectionStart);
          onTyping?.();
        }}
        onPaste={onPaste}
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
                aria-activedescendant={suggestions[highlight] ? `canned-${suggestions[highlight].id}` : undefined}
                value={filter}
                onChange={(event) => {
                  setFilter(event.target.value);
                  setHighlight(0);
                }}
                onKeyDown={onPickerKeyDown}
              />
            </li>
          )}
          {suggestions.map((item, index) => (
            <li
              key={item.id}
              id={`canned-${item.id}`}
              role="option"
              aria-selected={index === highlight}
              className={index === highlight ? 'highlight' : undefined}
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
      <ChosenFiles files={files} onRemove={(index) => setFiles(files.filter((_, at) => at !== index))} />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        aria-label={t('reply.attach')}
        data-testid="reply-files"
        onChange={(event) => {
          addFiles([...(event.target.files ?? [])]);
          event.target.value = '';
        }}
      />
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
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('reply.attach')}
        </button>
        <span className="hint">{t('reply.shortcutHint')}</span>
        <button type="submit" className="primary" disabled={sending.busy || (!text.trim() && files.length === 0)}>
          {internal ? t('reply.sendNote') : t('reply.send')}
        </button>
      </div>
      <ErrorText error={sending.error ?? error} />
    </form>
  );
}
