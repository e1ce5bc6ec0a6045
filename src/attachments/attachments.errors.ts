import { AppError } from '../common/errors/app-error.js';
import { MAX_FILE_BYTES, MAX_FILES_PER_REPLY } from './attachment-kinds.js';

export class AttachmentNotFound extends AppError {
  constructor() {
    super(404, 'attachment not found', 'attachment_not_found');
  }
}

/** The messenger will not hand the file over (Telegram: bots may download files up to 20 MB). */
export class AttachmentUnavailable extends AppError {
  constructor(reason: string) {
    super(422, `the file cannot be downloaded: ${reason}`, 'attachment_unavailable');
  }
}

/** The messenger could not be reached or failed; the download can be tried again. */
export class AttachmentFetchFailed extends AppError {
  constructor(reason: string) {
    super(502, `fetching the file from the messenger failed: ${reason}`, 'attachment_fetch_failed');
  }
}

export class MalformedMultipart extends AppError {
  constructor(reason: string) {
    super(400, `malformed multipart/form-data body: ${reason}`, 'malformed_multipart');
  }
}

/** The client closed the connection mid-body: nobody reads this answer, it ends the handler at once. */
export class UploadAborted extends AppError {
  constructor() {
    super(400, 'the client closed the request before the multipart body ended', 'request_aborted');
  }
}

export class UnexpectedMultipartPart extends AppError {
  constructor(name: string, kind: 'file' | 'field') {
    super(
      400,
      kind === 'file'
        ? `unexpected file part "${name}": files go in parts named "files"`
        : `unknown field "${name}": allowed fields are text, internal, member_id`,
      'unexpected_part',
    );
  }
}

export class FileTooLarge extends AppError {
  constructor(fileName: string) {
    super(413, `file "${fileName}" is larger than ${MAX_FILE_BYTES} bytes (20 MiB)`, 'file_too_large');
  }
}

export class TooManyFiles extends AppError {
  constructor() {
    super(422, `at most ${MAX_FILES_PER_REPLY} files per reply`, 'too_many_files');
  }
}

export class EmptyFile extends AppError {
  constructor(fileName: string) {
    super(422, `file "${fileName}" is empty`, 'empty_file');
  }
}

export class UnsupportedFileType extends AppError {
  constructor(fileName: string, mimeType: string | null) {
    super(
      415,
      `file "${fileName}" has a type the messenger cannot send (${mimeType ?? 'no valid Content-Type'})`,
      'unsupported_file_type',
    );
  }
}
