import busboy from 'busboy';
import type { Request } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import {
  isSendableMimeType,
  MAX_FILE_BYTES,
  MAX_FILES_PER_REPLY,
  normalizeMimeType,
  outboundTypeOf,
  safeFileName,
} from './attachment-kinds.js';
import { AttachmentStorageService, type StoredUpload } from './attachment-storage.service.js';
import {
  EmptyFile,
  FileTooLarge,
  MalformedMultipart,
  TooManyFiles,
  UnexpectedMultipartPart,
  UnsupportedFileType,
} from './attachments.errors.js';

const FIELDS = ['text', 'internal', 'member_id'] as const;
type FieldName = (typeof FIELDS)[number];
// A 4096-character text is at most 16 KiB of UTF-8; anything longer is refused as a too-long text.
const FIELD_BYTES = 64 * 1024;

export interface MultipartReply {
  fields: Partial<Record<FieldName, string>>;
  uploads: StoredUpload[];
}

/** The file's pieces up to `max` bytes; beyond it the rest is read and dropped (busboy must see the whole part). */
async function* capped(stream: AsyncIterable<Buffer>, max: number, cap: { exceeded: boolean }): AsyncGenerator<Buffer> {
  let size = 0;
  for await (const piece of stream) {
    size += piece.length;
    if (size > max) {
      cap.exceeded = true;
      continue;
    }
    yield piece;
  }
}

export function isMultipart(req: Request): boolean {
  return /^multipart\/form-data\b/i.test(req.headers['content-type'] ?? '');
}

/**
 * Streams a multipart reply body: each part named `files` goes straight into PostgreSQL chunk by chunk
 * (never whole in memory); `text`, `internal` and `member_id` are collected. Any problem (a part over
 * 20 MiB, an 11th file, an empty or unsendable file, an unknown part, a broken body) deletes what was
 * stored and throws the matching 4xx: nothing of a refused request stays.
 */
export async function parseMultipartReply(
  req: Request,
  project: AuthenticatedProject,
  ticketId: string,
  storage: AttachmentStorageService,
): Promise<MultipartReply> {
  const stored: string[] = [];
  const uploads: StoredUpload[] = [];
  const fields: Partial<Record<FieldName, string>> = {};
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      // File names are UTF-8 in what browsers and HTTP clients send.
      defParamCharset: 'utf8',
      // One byte over the limit lets busboy pass exactly 20 MiB; writeBytes refuses the byte beyond.
      limits: {
        fileSize: MAX_FILE_BYTES + 1,
        files: MAX_FILES_PER_REPLY,
        fields: FIELDS.length,
        fieldSize: FIELD_BYTES,
        parts: MAX_FILES_PER_REPLY + FIELDS.length,
      },
    });
  } catch (error) {
    throw new MalformedMultipart((error as Error).message);
  }

  let failure: Error | null = null;
  // Files are handled one after another: busboy does not parse further until a file stream is read.
  let work: Promise<void> = Promise.resolve();
  let stop: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (stop = resolve));
  const fail = (error: Error) => {
    failure ??= error;
  };

  parser.on('file', (name, stream, info) => {
    work = work.then(async () => {
      if (failure) return void stream.resume();
      // Browsers and form-data escape a quote in a file name as %22 (HTML form encoding).
      const fileName = safeFileName(info.filename?.replace(/%22/g, '"'), 'file');
      if (name !== 'files') return void (fail(new UnexpectedMultipartPart(name, 'file')), stream.resume());
      const mimeType = normalizeMimeType(info.mimeType);
      if (!mimeType || !isSendableMimeType(mimeType))
        return void (fail(new UnsupportedFileType(fileName, mimeType)), stream.resume());
      // The type shown in the chat depends on the size, known at the end; stored as a document meanwhile.
      const id = await storage.createUpload(project, ticketId, { type: 'document', fileName, mimeType });
      stored.push(id);
      const cap = { exceeded: false };
      stream.on('limit', () => (cap.exceeded = true));
      try {
        const result = await storage.writeBytes(id, capped(stream, MAX_FILE_BYTES, cap), fileName, MAX_FILE_BYTES);
        if (cap.exceeded) throw new FileTooLarge(fileName);
        if (result.size === 0) throw new EmptyFile(fileName);
        await storage.completeUpload(id, result);
        uploads.push({
          id,
          type: outboundTypeOf(mimeType, result.size),
          fileName,
          mimeType,
          size: result.size,
          sha256: result.sha256,
        });
      } catch (error) {
        // Storage failed under a file: stop parsing here; the rest of the body is drained below.
        fail(error as Error);
        stop();
      }
    });
  });
  parser.on('field', (name, value, info) => {
    if (!(FIELDS as readonly string[]).includes(name)) return fail(new UnexpectedMultipartPart(name, 'field'));
    if (info.valueTruncated) return fail(new MalformedMultipart(`field "${name}" is too long`));
    if (fields[name as FieldName] !== undefined) return fail(new MalformedMultipart(`field "${name}" is given twice`));
    fields[name as FieldName] = value;
  });
  parser.on('filesLimit', () => fail(new TooManyFiles()));
  parser.on('fieldsLimit', () => fail(new MalformedMultipart('too many fields')));
  parser.on('partsLimit', () => fail(new TooManyFiles()));

  parser.on('close', stop);
  parser.on('error', (error: Error) => {
    fail(new MalformedMultipart(error.message));
    stop();
  });
  req.on('aborted', () => {
    fail(new MalformedMultipart('the request was aborted'));
    stop();
  });
  req.pipe(parser);
  await finished;
  await work.catch(fail);
  if (failure) {
    req.unpipe(parser);
    // Read (and drop) the rest of the body so the error answer reaches the client.
    req.resume();
    await storage.discardUnclaimed(stored);
    throw failure;
  }
  return { fields, uploads };
}
