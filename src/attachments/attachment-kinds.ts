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

/** RFC 6838 allows 127 characters for each of type and subtype. */
const MAX_MIME_TYPE_LENGTH = 255;
/** What is kept of a customer's file name (Telegram and Max names are far shorter). */
const MAX_STORED_FILE_NAME_LENGTH = 255;
const FALLBACK_MIME_TYPE = 'application/octet-stream';
// A UTF-16 surrogate without its pair: encodeURIComponent throws on one, and no header or JSON wants it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// eslint-disable-next-line no-control-regex -- control characters (CR, LF, NUL…) are exactly what must go
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `image/jpeg; charset=…` → `image/jpeg`; null for something that is not a MIME type (or not a string). */
export function normalizeMimeType(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const value = raw.split(';')[0].trim().toLowerCase();
  return value.length <= MAX_MIME_TYPE_LENGTH && /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(value) ? value : null;
}

/**
 * The Content-Type a stored file is served with. A messenger's MIME type is the customer's input (CR/LF,
 * non-ASCII, 5000 characters…) and rows written before it was normalised may hold one: anything that is not
 * a MIME type is served as application/octet-stream, so a download never fails on its header.
 */
export function servedMimeType(raw: unknown): string {
  return normalizeMimeType(raw) ?? FALLBACK_MIME_TYPE;
}

/** A customer file's MIME type as stored: none when the messenger gave none, else a valid header value. */
export function inboundMimeType(raw: unknown): string | null {
  return raw === null || raw === undefined ? null : servedMimeType(raw);
}

/** Cut to `max` code points, never inside a surrogate pair, lone surrogates replaced. */
function wellFormed(value: string, max: number): string {
  return Array.from(value.replace(LONE_SURROGATE, '\uFFFD')).slice(0, max).join('');
}

/** A customer's file name as stored and shown: control characters out, well-formed, at most 255 characters. */
export function storedFileName(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const cleaned = wellFormed(raw.replace(CONTROL_CHARACTERS, '_'), MAX_STORED_FILE_NAME_LENGTH).trim();
  return cleaned || null;
}

export function isSendableMimeType(mimeType: string): boolean {
  return SENDABLE_TYPES.has(mimeType) || mimeType.startsWith('audio/') || mimeType.startsWith('video/');
}

/** How an agent's file is shown in the chat: a photo when the messenger can show it as one. */
export function outboundTypeOf(mimeType: string, size: number): 'photo' | 'document' {
  return PHOTO_TYPES.has(mimeType) && size <= MAX_PHOTO_BYTES ? 'photo' : 'document';
}

/**
 * A file name safe in a Content-Disposition header and a multipart part: no quotes, slashes, controls or
 * lone surrogates (which encodeURIComponent refuses), at most 200 characters (never half a surrogate pair).
 */
export function safeFileName(name: string | null | undefined, fallback: string): string {
  const cleaned = wellFormed((name ?? '').replace(CONTROL_CHARACTERS, '_').replace(/["\\/]/g, '_'), 200).trim();
  return cleaned || fallback;
}
