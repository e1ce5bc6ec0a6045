/**
 * The channel-neutral media model. A messenger adapter turns its updates into InboundAttachment
 * descriptors; the attachments feature stores them; outbound files are described by OutboundFile.
 */
export const ATTACHMENT_TYPES = ['photo', 'document', 'video', 'audio', 'voice', 'sticker', 'animation'] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Largest file a part of a multipart reply may carry, and the largest file a bot may download (Bot API). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES_PER_REPLY = 10;
/** Telegram refuses photos above 10 MB in sendPhoto: larger images go as documents. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** A file a customer sent, as the messenger describes it; the bytes stay with the messenger until first download. */
export interface InboundAttachment {
  type: AttachmentType;
  /** The messenger's reference to fetch the file with (Telegram: file_id). */
  fileRef: string;
  fileName: string | null;
  mimeType: string | null;
  size: number | null;
}

/** Attachment metadata as stored with a message (ticket_message.attachments) and shown by the API (plus `url`). */
export interface MessageAttachment {
  id: string;
  type: AttachmentType;
  file_name: string | null;
  mime_type: string | null;
  size: number | null;
  /** Why the bytes cannot be had (e.g. the messenger refuses files over 20 MB); null when they can. */
  error: string | null;
}

/** A stored file to send to a chat, as a messenger adapter needs it. */
export interface OutboundFile {
  attachmentId: string;
  /** `photo` is shown inline; everything else goes as a document. */
  type: 'photo' | 'document';
  fileName: string;
  mimeType: string;
}

const PHOTO_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp']);

/**
 * MIME types an agent may send. Messengers deliver these as a photo or a document; executables, scripts
 * and HTML are refused (Telegram clients will not open them, Max refuses them), answered with 415.
 */
const SENDABLE_TYPES = new Set([
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/heic',
  'image/bmp',
  'application/pdf',
  'text/plain',
  'text/csv',
  'application/json',
  'application/xml',
  'text/xml',
  'application/rtf',
  'application/zip',
  'application/x-7z-compressed',
  'application/gzip',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-powerpoint',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/octet-stream',
]);

/** `image/jpeg; charset=…` → `image/jpeg`; null for something that is not a MIME type. */
export function normalizeMimeType(raw: string | null | undefined): string | null {
  const value = raw?.split(';')[0].trim().toLowerCase();
  return value && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(value) ? value : null;
}

export function isSendableMimeType(mimeType: string): boolean {
  return SENDABLE_TYPES.has(mimeType) || mimeType.startsWith('audio/') || mimeType.startsWith('video/');
}

/** How an agent's file is shown in the chat: a photo when the messenger can show it as one. */
export function outboundTypeOf(mimeType: string, size: number): 'photo' | 'document' {
  return PHOTO_TYPES.has(mimeType) && size <= MAX_PHOTO_BYTES ? 'photo' : 'document';
}

/** A file name safe in a Content-Disposition header and a multipart part: no quotes, slashes or controls. */
export function safeFileName(name: string | null | undefined, fallback: string): string {
  const cleaned = (name ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f"\\/]/g, '_')
    .trim()
    .slice(0, 200);
  return cleaned || fallback;
}
