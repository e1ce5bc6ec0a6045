import { request as httpRequest } from 'node:http';

/** An upload the test drives by hand: bytes are written when asked, and the client can give up mid-body. */
export interface ManualUpload {
  /** Resolves once the bytes are handed to the socket. */
  write(bytes: Buffer): Promise<void>;
  /**
   * Destroys the socket (a client that gives up mid-upload) and resolves once it is closed. `settleMs`
   * first lets the server read what was written, so the abort lands mid-body rather than before it.
   */
  abort(settleMs?: number): Promise<void>;
  /** The status, if the server answered before the abort. */
  answered(): number | null;
}

export function startUpload(port: number, path: string, headers: Record<string, string>): ManualUpload {
  let status: number | null = null;
  const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
    status = res.statusCode ?? null;
    res.resume();
  });
  // The server may cut the connection first (an early refusal); either way the test reads the outcome elsewhere.
  req.on('error', () => undefined);
  const closed = new Promise<void>((resolve) => req.on('close', resolve));
  return {
    write: (bytes) =>
      new Promise((resolve) => {
        if (req.destroyed) return resolve();
        req.write(bytes, () => resolve());
      }),
    async abort(settleMs = 200) {
      await new Promise((resolve) => setTimeout(resolve, settleMs));
      req.destroy();
      await closed;
    },
    answered: () => status,
  };
}
