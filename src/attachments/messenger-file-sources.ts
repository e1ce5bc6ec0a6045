import { Injectable } from '@nestjs/common';

/** The bytes of a messenger's file, as a stream, with the size the messenger reports (if any). */
export interface RemoteFile {
  body: AsyncIterable<Uint8Array>;
  size: number | null;
}

/** Where customers' files come from: each messenger adapter registers one for its channel. */
export interface MessengerFileSource {
  fetch(fileRef: string, signal: AbortSignal): Promise<RemoteFile>;
}

/** The messenger will never hand this file over (too big, gone): recorded on the attachment as its error. */
export class RemoteFileRefused extends Error {}

/**
 * Registry of file sources by channel. Messenger modules register into it, so the attachments feature
 * downloads customers' files without depending on any messenger module (no import cycle).
 */
@Injectable()
export class MessengerFileSources {
  private readonly sources = new Map<string, MessengerFileSource>();

  register(channel: string, source: MessengerFileSource): void {
    this.sources.set(channel, source);
  }

  get(channel: string): MessengerFileSource | null {
    return this.sources.get(channel) ?? null;
  }
}
