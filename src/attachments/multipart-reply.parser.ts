import busboy from 'busboy';
import type { Request } from 'express';
import type { AuthenticatedProject } from '../common/auth/authenticated-project.js';
import { isSendableMimeType, MAX_FILE_BYTES, MAX_FILES_PER_REPLY, normalizeMimeType, outboundTypeOf, safeFileName } from './attachment-kinds.js';
import { AttachmentStorageService, type StoredUpload } from './attachment-storage.service.js';
import { EmptyFile, FileTooLarge, MalformedMultipart, TooManyFiles, UnexpectedMultipartPart, UnsupportedFileType } from './attachments.errors.js';

const FIELDS = ['text', 'internal', 'member_id'] as const;
type FieldName = (typeof FIELDS)[number];
// A 4096-character text is at most 16 KiB of UTF-8; anything longer is refused as a too-long text.
const FIELD_BYTES = 64 * 1024;

export interface MultipartReply {
  fields: Partial<Record<FieldName, string>>;
  uploads: StoredUpload[];
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
export async function parseMultipartReply(req: Request, project: AuthenticatedProject, ticketId: string, storage: AttachmentStorageService): Promise<MultipartReply> {
  const stored: string[] = [];
  const uploads: StoredUpload[] = [];
  const fields: Partial<Record<FieldName, string>> = {};
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      limits: { fileSize: MAX_FILE_BYTES, files: MAX_FILES_PER_REPLY, fields: FIELDS.length, fieldSize: FIELD_BYTES, parts: MAX_FILES_PER_REPLY + FIELDS.length },
    });
  } catch (error) {
    throw new MalformedMultipart((error as Error).message);
  }

  let failure: Error | null = null;
  // Files are handled one after another: busboy does not parse further until a file stream is read.
  let work: Promise<void> = Promise.resolve();
  const fail = (error: Error) => {
    failure ??= error;
  };

  parser.on('file', (name, stream, info) => {
    work = work.then(async () => {
      if (failure) return void stream.resume();
      const fileName = safeFileName(info.filename, 'file');
      if (name !== 'files') return void (fail(new UnexpectedMultipartPart(name, 'file')), stream.resume());
      const mimeType = normalizeMimeType(info.mimeType);
      if (!mimeType || !isSendableMimeType(mimeType)) return void (fail(new UnsupportedFileType(fileName, mimeType)), stream.resume());
      // The type shown in the chat depends on the size, known at the end; stored as a document meanwhile.
      const id = await storage.createUpload(project, ticketId, { type: 'document', fileName, mimeType });
      stored.push(id);
      let truncated = false;
      stream.on('limit', () => (truncated = true));
      try {
        const result = await storage.writeBytes(id, stream, fileName, MAX_FILE_BYTES);
        if (truncated) throw new FileTooLarge(fileName);
        if (result.size === 0) throw new EmptyFile(fileName);
        await storage.completeUpload(id, result);
        uploads.push({ id, type: outboundTypeOf(mimeType, result.size), fileName, mimeType, size: result.size, sha256: result.sha256 });
      } catch (error) {
        fail(error as Error);
        stream.resume();
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

  const finished = new Promise<void>((resolve) => {
    parser.on('close', resolve);
    parser.on('error', (error: Error) => {
      fail(new MalformedMultipart(error.message));
      resolve();
    });
    req.on('aborted', () => {
      fail(new MalformedMultipart('the request was aborted'));
      resolve();
    });
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
