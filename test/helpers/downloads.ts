import { createHash } from 'node:crypto';
import type { ApiClient } from './test-app.js';

export const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** supertest: collect a binary body as a Buffer whatever its Content-Type. */
export function binary(res: NodeJS.ReadableStream, callback: (error: Error | null, body: Buffer) => void): void {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** GET of an attachment URL whose body is the file's bytes (a Buffer), byte for byte. */
export const download = (api: ApiClient, url: string) =>
  api
    .get(url)
    .buffer(true)
    .parse(binary as never);
