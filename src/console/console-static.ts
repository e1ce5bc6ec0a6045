import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';

/** Paths the server answers itself: the console never shadows them, even for an unknown sub-path. */
const SERVER_PATHS = [
  '/v1',
  '/mcp',
  '/docs',
  '/openapi.json',
  '/openapi.yaml',
  '/health',
  '/metrics',
  '/telegram',
  '/max',
];

export function isServerPath(path: string): boolean {
  return SERVER_PATHS.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
}

/** The build's `.gz` copy of a hashed asset, when the browser accepts gzip (scripts/build-console.mjs writes them). */
function gzippedTwin(directory: string, request: Request): string | null {
  if (!request.path.startsWith('/assets/') || !/\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) return null;
  const file = resolve(directory, `.${request.path}.gz`);
  if (!file.startsWith(join(directory, 'assets')) || !existsSync(file)) return null;
  return file;
}

/** Where `npm run build` puts the console (scripts/build-console.mjs); CONSOLE_DIR overrides it. */
export function consoleDirectory(): string {
  return resolve(process.env.CONSOLE_DIR ?? join(process.cwd(), 'dist', 'console'));
}

/**
 * The agent console at `/`: its hashed assets with a long cache, and index.html (never cached, so a new
 * build is picked up at once) for every other GET of a non-server path, so that /tickets/<id> or
 * /invite/<token> opened directly boots the app, which then routes on the client.
 */
export function consoleHandlers(directory = consoleDirectory()): RequestHandler[] {
  const index = join(directory, 'index.html');
  const assets = express.static(directory, {
    index: false,
    setHeaders: (response, path) => {
      response.setHeader(
        'Cache-Control',
        path.includes(`${join(directory, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const onlyConsolePaths: RequestHandler = (request, response, next) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServerPath(request.path)) return next();
    const precompressed = gzippedTwin(directory, request);
    if (precompressed) {
      response.setHeader('Content-Encoding', 'gzip');
      response.setHeader('Vary', 'Accept-Encoding');
      response.type(extname(request.path));
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      response.sendFile(precompressed);
      return;
    }
    assets(request, response, next);
  };
  const appShell = (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServerPath(request.path)) return next();
    if (!existsSync(index)) {
      response
        .status(503)
        .type('text/plain')
        .send('The console is not built yet: run `npm run build` (npm start does it).\n');
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(index);
  };
  return [onlyConsolePaths, appShell];
}
