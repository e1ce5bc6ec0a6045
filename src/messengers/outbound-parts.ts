import type { MessageAttachment, OutboundFile } from '../attachments/attachment-kinds.js';
import type { OutgoingChatMessage } from './chat-transport.js';
import { splitMessage } from './split-message.js';

/** A messenger's limits for one reply. */
export interface OutboundLimits {
  text: number;
  caption: number;
  /** Most files in one album message. */
  album: number;
}

export const TELEGRAM_LIMITS: OutboundLimits = { text: 4096, caption: 1024, album: 10 };

/** The files of an outbox payload (the reply's attachment metadata) as outbound files. */
export function outboundFilesOf(attachments: unknown): OutboundFile[] {
  if (!Array.isArray(attachments)) return [];
  return (attachments as MessageAttachment[])
    .filter((attachment) => typeof attachment?.id === 'string')
    .map((attachment) => ({
      attachmentId: attachment.id,
      type: attachment.type === 'photo' ? 'photo' : 'document',
      fileName: attachment.file_name ?? `${attachment.type}-${attachment.id}`,
      mimeType: attachment.mime_type ?? 'application/octet-stream',
    }));
}

/**
 * The chat messages of an agent reply, in order. Files go first: photos together and documents together
 * (messengers do not mix documents into a photo album), up to `album` per message; the text's first
 * `caption` characters are the caption of the first file message and the rest follows as text messages.
 */
export function composeReply(
  text: string,
  files: OutboundFile[],
  limits: OutboundLimits = TELEGRAM_LIMITS,
): OutgoingChatMessage[] {
  if (files.length === 0) return splitMessage(text, limits.text).map((part) => ({ text: part }));
  const groups: OutboundFile[][] = [];
  for (const type of ['photo', 'document'] as const) {
    const ofType = files.filter((file) => file.type === type);
    for (let index = 0; index < ofType.length; index += limits.album)
      groups.push(ofType.slice(index, index + limits.album));
  }
  const [caption, ...rest] = text ? splitMessage(text, limits.caption) : [''];
  const messages: OutgoingChatMessage[] = groups.map((group, index) => ({
    text: index === 0 ? caption : '',
    files: group,
  }));
  const remainder = rest.join('');
  if (remainder) messages.push(...splitMessage(remainder, limits.text).map((part) => ({ text: part })));
  return messages;
}
