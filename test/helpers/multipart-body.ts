import { createHash } from 'node:crypto';

/** One uploaded file part, parsed byte for byte. */
export interface UploadedFile {
  filename: string | null;
  data: Buffer;
  sha256: string;
}

/** A text field that may hold JSON (reply_markup, media). */
export function parseMaybeJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/**
 * A request body as the fake APIs receive it: JSON, a form, or multipart/form-data (Telegraf uploads files so,
 * Bot API "Sending files"; Max uploads to its upload URL so). Fields are text (JSON for objects such as
 * `media`), file parts keep their bytes exactly.
 */
export function parseBody(
  raw: Buffer,
  contentType: string,
): { fields: Record<string, any>; files: Record<string, UploadedFile> } {
  const files: Record<string, UploadedFile> = {};
  if (raw.length === 0) return { fields: {}, files };
  if (contentType.includes('application/json'))
    return { fields: JSON.parse(raw.toString('utf8')) as Record<string, any>, files };
  if (contentType.includes('application/x-www-form-urlencoded'))
    return { fields: Object.fromEntries(new URLSearchParams(raw.toString('utf8'))), files };
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) return { fields: { raw: raw.toString('utf8') }, files };
  const fields: Record<string, any> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let position = raw.indexOf(delimiter);
  while (position !== -1) {
    const start = position + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, start);
    if (next === -1) break;
    // A part: CRLF, headers, CRLF CRLF, body, CRLF before the next delimiter.
    const part = raw.subarray(start + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const data = part.subarray(headerEnd + 4);
    const name = /name="([^"]+)"/.exec(headers)?.[1];
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (name && filename !== undefined) {
      files[name] = { filename, data: Buffer.from(data), sha256: createHash('sha256').update(data).digest('hex') };
      fields[name] = `<file ${filename}>`;
    } else if (name) {
      fields[name] = parseMaybeJson(data.toString('utf8'));
    }
    position = next;
  }
  return { fields, files };
}
