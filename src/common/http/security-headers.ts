import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';

type HeaderMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The console's policy, and the one every other response gets: only this origin's scripts, styles,
 * fonts and API; images also from `data:` (the favicon) and `blob:` (a local preview of a file to send). The
 * built console has no inline script or style (Vite emits one module script and one stylesheet).
 */
const CONSOLE_DIRECTIVES = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * Swagger UI at /docs: its scripts are files (the generated `swagger-ui-init.js` included), but the page
 * carries two `<style>` blocks and `style` attributes, and its icons are `data:` images.
 */
const DOCS_DIRECTIVES = {
  ...CONSOLE_DIRECTIVES,
  'style-src': ["'self'", "'unsafe-inline'"],
};

function headersWith(directives: Record<string, string[]>, https: boolean): HeaderMiddleware {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      // Upgrading requests on a plain-HTTP server (localhost) would break the page: only under https.
      directives: https ? { ...directives, 'upgrade-insecure-requests': [] } : directives,
    },
    // Framing: `frame-ancestors 'none'` above, and X-Frame-Options for browsers that predate it.
    xFrameOptions: { action: 'deny' },
    // An invite or reset link carries its token in the path: no page sends it on as a Referer.
    referrerPolicy: { policy: 'no-referrer' },
    // HSTS only when PUBLIC_URL is https; never includeSubDomains (other hosts of the domain are not ours).
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
  }) as HeaderMiddleware;
}

/**
 * Browser-facing headers for every response (helmet): a CSP (strict, Swagger UI's allowances under
 * /docs only), no framing, no Referer, nosniff; and `Cache-Control: no-store` unless the handler sets its
 * own (console assets, attachment downloads, the event stream), so API answers and errors — which carry
 * tickets, members and tokens — are kept by no cache.
 */
export function securityHeaders(publicUrl: string): HeaderMiddleware {
  const https = new URL(publicUrl).protocol === 'https:';
  const everywhere = headersWith(CONSOLE_DIRECTIVES, https);
  const docs = headersWith(DOCS_DIRECTIVES, https);
  return (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    const path = req.url ?? '/';
    const isDocs = path === '/docs' || path.startsWith('/docs/') || path.startsWith('/docs?');
    (isDocs ? docs : everywhere)(req, res, next);
  };
}
