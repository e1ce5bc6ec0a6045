import { Logger } from '@nestjs/common';
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
  UploadAborted,
} from './attachments.errors.js';

const logger = new Logger('Attachments');

const FIELDS = ['text', 'internal', 'member_id', 'after_message_id'] as const;
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

/** A part of type multipart/* (RFC 7578 §4.3 deprecates nested multipart/mixed): not a file we can send. */
function isNestedMultipart(mimeType: string | undefined): boolean {
  return /^\s*multipart\//i.test(mimeType ?? '');
}

/**
 * Streams a multipart reply body: each part named `files` goes straight into PostgreSQL chunk by chunk
 * (never whole in memory); `text`, `internal`, `member_id` and `after_message_id` are collected. Any
 * problem (a part over 20 MiB, an 11th file, an empty or unsendable file, an unknown part, a broken body)
 * deletes what was stored and throws the matching 4xx: nothing of a refused request stays.
 *
 * Every stream on the way has an error handler from the moment it exists (the request, the parser, each
 * file part: busboy destroys a part's stream with an error when the body ends inside it, and an
 * unhandled 'error' event would end the process). A client that closes the connection mid-body ends the
 * parse at once: the parser and the part being stored are destroyed, the uploads stored so far are
 * deleted before this returns, and UploadAborted is thrown (logged once here).
 */
export async function parseMultipartReply(
  req: Request,
  project: AuthenticatedProject,
  ticketId: string,
  storage: AttachmentStorageService,
): Promise<MultipartReply> {
  // Gone while the ticket was looked up: nothing was read, nothing to store.
  if (clientGone(req)) {
    logAbort(project, ticketId, 0, 0);
    throw new UploadAborted();
  }
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
  let aborted = false;
  // Set once the parse is over: the parser's own end-of-form error, when it is destroyed below, is not news.
  let closing = false;
  // A broken body is refused as such, whatever was refused in it before (an unknown part, an 11th file).
  const malformed = (error: Error) => {
    if (!closing && !aborted && !(failure instanceof MalformedMultipart))
      failure = new MalformedMultipart(error.message);
    stop();
  };
  const onAbort = () => {
    if (aborted || req.complete) return;
    aborted = true;
    // The client's abort wins over whatever the parse found so far: nobody will read the answer.
    failure = new UploadAborted();
    req.unpipe(parser);
    // Ends the part being stored (its stream errors, the chunk loop stops) and any part still queued.
    parser.destroy(new Error('the client closed the request'));
    stop();
  };

  parser.on('file', (name, stream, info) => {
    // At once, before any await: the body may end inside this part while earlier parts are still stored.
    stream.on('error', malformed);
    work = work.then(async () => {
      if (failure) return void stream.resume();
      // Browsers and form-data escape a quote in a file name as %22 (HTML form encoding).
      const fileName = safeFileName(info.filename?.replace(/%22/g, '"'), 'file');
      if (name !== 'files') return void (fail(new UnexpectedMultipartPart(name, 'file')), stream.resume());
      if (isNestedMultipart(info.mimeType))
        return void (fail(new MalformedMultipart('a part may not be a nested multipart body')), stream.resume());
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
    if (isNestedMultipart(info.mimeType))
      return fail(new MalformedMultipart('a part may not be a nested multipart body'));
    if (info.valueTruncated) return fail(new MalformedMultipart(`field "${name}" is too long`));
    if (fields[name as FieldName] !== undefined) return fail(new MalformedMultipart(`field "${name}" is given twice`));
    fields[name as FieldName] = value;
  });
  parser.on('filesLimit', () => fail(new TooManyFiles()));
  parser.on('fieldsLimit', () => fail(new MalformedMultipart('too many fields')));
  parser.on('partsLimit', () => fail(new TooManyFiles()));

  parser.on('close', stop);
  parser.on('error', malformed);
  let receivedBytes = 0;
  req.on('data', (chunk: Buffer) => (receivedBytes += chunk.length));
  req.on('error', malformed);
  req.on('aborted', onAbort);
  req.on('close', onAbort);
  req.pipe(parser);
  await finished;
  await work.catch(fail);
  closing = true;
  if (failure) {
    req.unpipe(parser);
    // A part still open (parsing stopped under it) is ended; its stream and the parser have handlers.
    parser.destroy();
    // Read (and drop) the rest of the body so the error answer reaches the client.
    if (!aborted) req.resume();
    await storage.discardUnclaimed(stored);
    if (aborted) logAbort(project, ticketId, receivedBytes, stored.length);
    throw failure;
  }
  return { fields, uploads };
}

/** One line per aborted upload: who and how much, never a header or a byte of the body. */
function logAbort(project: AuthenticatedProject, ticketId: string, receivedBytes: number, discarded: number): void {
  logger.warn({
    msg: 'upload aborted by the client',
    project_id: project.id,
    ticket_id: ticketId,
    received_bytes: receivedBytes,
    discarded_uploads: discarded,
  });
}

/** The connection closed before the whole body arrived. */
function clientGone(req: Request): boolean {
  return !req.complete && (req.destroyed || req.socket?.destroyed === true);
}
