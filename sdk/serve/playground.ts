/**
 * The web playground's files (sdk/serve/playground/: index.html, app.js, style.css), read once at
 * start-up and served from memory with a strict Content-Security-Policy: only same-origin
 * scripts, styles and requests, so the page works offline and injected text cannot run.
 *
 * @example
 * const files = loadPlaygroundFiles();
 * files.get('/')?.type; // 'text/html; charset=utf-8'
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file to serve. @example const f: PlaygroundFile = { type: 'text/css; charset=utf-8', body: 'body{}' }; */
export interface PlaygroundFile {
  type: string;
  body: string;
}

/** Security headers of playground responses. @example reply.headers(PLAYGROUND_HEADERS); */
export const PLAYGROUND_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

const FILES: Record<string, { file: string; type: string }> = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/playground/app.js': { file: 'app.js', type: 'text/javascript; charset=utf-8' },
  '/playground/style.css': { file: 'style.css', type: 'text/css; charset=utf-8' },
};

/** The folder with the files: next to this module in the sources; from the build (dist/serve/) back to sdk/serve/. */
function playgroundDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, 'playground'), join(here, '..', '..', 'sdk', 'serve', 'playground')];
  const found = candidates.find((d) => existsSync(join(d, 'index.html')));
  if (!found) throw new Error(`playground files not found (looked in ${candidates.join(', ')}); start with playground: false (--no-playground) to serve the API only`);
  return found;
}

/**
 * URL path -> file, read now.
 *
 * @example
 * loadPlaygroundFiles().size; // 3
 */
export function loadPlaygroundFiles(): Map<string, PlaygroundFile> {
  const dir = playgroundDir();
  return new Map(Object.entries(FILES).map(([url, f]) => [url, { type: f.type, body: readFileSync(join(dir, f.file), 'utf8') }]));
}
