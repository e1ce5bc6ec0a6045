import { useEffect, useRef } from 'react';
import type { TicketDetails, TicketMessage } from '../../api/client';
import { useI18n } from '../../i18n/i18n';

/** An attachment as the API describes it; older servers sent only type and the messenger's file id. */
interface Attachment {
  id?: string;
  type: string;
  file_name?: string | null;
  mime_type?: string | null;
  size?: number | null;
  url?: string;
  caption?: string;
}

function attachmentsOf(message: TicketMessage): Attachment[] {
  const list = (message as { attachments?: unknown }).attachments;
  return Array.isArray(list) ? (list as Attachment[]) : [];
}

function kindOf(message: TicketMessage): string {
  if (message.author === 'system') return 'system';
  if (message.internal) return 'note';
  return message.author;
}

export function Conversation({
  ticket,
  nameOf,
}: {
  ticket: TicketDetails;
  nameOf(id: string | null | undefined): string | null;
}) {
  const { t, formatDateTime } = useI18n();
  const end = useRef<HTMLDivElement>(null);
  useEffect(() => {
    end.current?.scrollIntoView?.({ block: 'end' });
  }, [ticket.messages.length]);
  return (
    <div className="conversation">
      {ticket.messages.map((message) => {
        const kind = kindOf(message);
        const author =
          kind === 'customer'
            ? (ticket.customer.first_name ?? t('author.customer'))
            : kind === 'system'
              ? t('author.system')
              : (nameOf(message.member_id) ?? t('author.agent'));
        return (
          <article key={message.id} className={`message message-${kind}`} data-kind={kind}>
            <header>
              <strong>{author}</strong>
              {kind === 'note' && <span className="badge note-badge">{t('message.internalNote')}</span>}
              <time dateTime={message.created_at}>{formatDateTime(message.created_at)}</time>
              {message.author === 'agent' && !message.internal && message.delivery && (
                <span className={`delivery delivery-${message.delivery}`} data-delivery={message.delivery}>
                  {t(`delivery.${message.delivery}`)}
                </span>
              )}
            </header>
            {message.text && <p className="text">{message.text}</p>}
            {attachmentsOf(message).map((attachment, index) => (
              <AttachmentView key={attachment.id ?? index} attachment={attachment} />
            ))}
          </article>
        );
      })}
      <div ref={end} />
    </div>
  );
}

function AttachmentView({ attachment }: { attachment: Attachment }) {
  const { t } = useI18n();
  const label =
    attachment.file_name || attachment.caption || t(`attachment.${attachment.type}` as 'attachment.document');
  if (!attachment.url) return <p className="attachment">📎 {label}</p>;
  const isImage =
    attachment.type === 'photo' || attachment.type === 'sticker' || (attachment.mime_type ?? '').startsWith('image/');
  if (isImage)
    return (
      <a className="attachment image" href={attachment.url} target="_blank" rel="noreferrer">
        <img src={attachment.url} alt={label} loading="lazy" />
      </a>
    );
  const size = attachment.size ? ` · ${Math.max(1, Math.round(attachment.size / 1024))} KB` : '';
  return (
    <p className="attachment">
      <a href={attachment.url} target="_blank" rel="noreferrer" download={attachment.file_name ?? undefined}>
        📎 {label}
      </a>
      <span className="hint">{size}</span>
    </p>
  );
}
