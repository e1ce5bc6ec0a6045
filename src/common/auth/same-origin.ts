import type { Request } from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/**
 * CSRF defence for cookie-authenticated changes: browsers always send `Origin` on cross-site POST/PUT/
 * PATCH/DELETE, and a page cannot forge it. Same origin means PUBLIC_URL's origin — scheme, host and
 * port, so `https://host` is not `http://host` — or, for a server reached by another name than
 * PUBLIC_URL, exactly the origin the request was sent to: its Host under the connection's own scheme.
 */
export function isSameOrigin(request: Request, publicUrl: string): boolean {
  const origin = request.headers.origin;
  if (!origin || origin === 'null') return false;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (parsed.origin === new URL(publicUrl).origin) return true;
  const host = request.headers.host;
  if (host === undefined) return false;
  try {
    return parsed.origin === new URL(`${request.protocol}://${host}`).origin;
  } catch {
    return false;
  }
}
