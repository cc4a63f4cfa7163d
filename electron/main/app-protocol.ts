/**
 * Hearth's own protocol, `app://hearth/`. The renderer is served from here rather than from
 * file://, because every file:// page shares one origin with every file on the disk: here the page
 * has an origin of its own (which the IPC sender check and the navigation guard rely on), gets the
 * Content Security Policy as a real response header, and can only ever read files inside the
 * renderer's build folder (out/renderer).
 */
import path from 'node:path';
import type { CustomScheme } from 'electron';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hearth';
/** The page's origin as Chromium reports it (`location.origin`). */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Registered before `ready`. `standard` gives the scheme real origins and relative URLs, `secure`
 * makes it a secure context (WebCrypto, IndexedDB), `supportFetchAPI` lets the page fetch its own
 * files (pdf.js workers, fonts). Deliberately not `bypassCSP`.
 */
export const APP_SCHEMES = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
] satisfies CustomScheme[];

/**
 * True for URLs on Hearth's own origin. Node's URL gives non-special schemes an opaque origin
 * ('null'), so this compares the parts rather than `url.origin`.
 */
export function isAppUrl(value: string | URL): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.hostname === APP_HOST &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

export function mimeTypeOf(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
}

/**
 * Maps a request URL to a file inside `rootDir`, or null when it must be refused. Chromium already
 * removes plain `..` segments, so the danger is what *decodes* into one: `..%2f`, `%5c`, `%00`, a
 * drive letter. Anything odd is refused outright, and the final containment check stands behind it.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  // Control characters, backslashes and colons (drive letters, NTFS streams) never name our files.
  if (hasControlCharacter(decoded) || /[\\:]/.test(decoded) || decoded.includes('//')) return null;
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  let relative = segments.join('/');
  if (relative === '' || relative.endsWith('/')) relative += 'index.html';
  const root = path.resolve(rootDir);
  const full = path.resolve(root, relative);
  const fromRoot = path.relative(root, full);
  if (
    fromRoot === '' ||
    fromRoot === '..' ||
    fromRoot.startsWith(`..${path.sep}`) ||
    path.isAbsolute(fromRoot)
  )
    return null;
  return full;
}

export interface AppProtocolOptions {
  /** The renderer's build folder (out/renderer). */
  rootDir: string;
  /** Injected so the resolution can be tested without the disk; rejects when there is no such file. */
  readFile(filePath: string): Promise<Uint8Array<ArrayBuffer>>;
  /** The configured gateway: the only origin besides its own that the page may connect to. */
  gatewayUrl: string;
}

/** Turns an `app://hearth/...` request into a response: the file, or 404 for anything refused. */
export function createAppProtocolHandler(options: AppProtocolOptions) {
  const securityHeaders = {
    'Content-Security-Policy': contentSecurityPolicy({ connectTo: [new URL(options.gatewayUrl).origin] }),
    'X-Content-Type-Options': 'nosniff',
  };
  const notFound = () =>
    new Response('Not found', {
      status: 404,
      headers: { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    });

  async function read(filePath: string): Promise<Uint8Array<ArrayBuffer> | null> {
    try {
      return await options.readFile(filePath);
    } catch {
      return null; // missing file, or a folder
    }
  }

  return async function handle(request: { url: string; method: string }): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders });
    }
    const filePath = resolveAppPath(options.rootDir, request.url);
    if (!filePath) return notFound();
    let servedPath = filePath;
    let body = await read(filePath);
    // The renderer may route on the path (e.g. /children/123): a name without an extension that is
    // not a file gets the app's page, as a static web server for a single-page app would do.
    if (!body && path.extname(filePath) === '') {
      servedPath = path.join(path.resolve(options.rootDir), 'index.html');
      body = await read(servedPath);
    }
    if (!body) return notFound();
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: { ...securityHeaders, 'Content-Type': mimeTypeOf(servedPath) },
    });
  };
}
