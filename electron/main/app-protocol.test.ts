import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_SCHEMES, createAppProtocolHandler, isAppUrl, resolveAppPath } from './app-protocol.ts';

const root = path.resolve('/srv/hearth/out/renderer');
const files = new Map<string, string>([
  [path.join(root, 'index.html'), '<!doctype html><title>Hearth</title>'],
  [path.join(root, 'assets', 'app.js'), 'console.log(1)'],
  [path.join(root, 'assets', 'app.css'), 'body{}'],
  [path.join(root, 'assets', 'govuk.woff2'), 'font'],
  [path.join(root, 'assets', 'logo.svg'), '<svg/>'],
  [path.join(root, 'assets', 'cmap.bcmap'), 'binary'],
  // Files a traversal would reach: beside the build folder and at the top of the disk.
  [path.resolve(root, '..', 'secret.txt'), 'outside'],
  [path.resolve(root, '..', '..', 'secret.txt'), 'outside'],
  [path.resolve('/etc/passwd'), 'root:x:0:0'],
]);

function setUp() {
  const readFile = vi.fn(async (filePath: string) => {
    const text = files.get(filePath);
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return new TextEncoder().encode(text);
  });
  const handle = createAppProtocolHandler({ rootDir: root, readFile, gatewayUrl: 'http://127.0.0.1:8787/' });
  const get = (url: string) => handle({ url, method: 'GET' });
  return { readFile, get };
}

describe('the app:// scheme registration', () => {
  it('is standard, secure and fetchable, and does not bypass the CSP', () => {
    expect(APP_SCHEMES).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('isAppUrl', () => {
  it.each(['app://hearth/', 'app://hearth/index.html', 'app://hearth/children/1?x=1#top'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
    },
  );
  it.each([
    'https://hearth/',
    'file:///index.html',
    'app://hearth.evil.example/',
    'app://evil/',
    'app://hearth:8080/',
    'app://user@hearth/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('serving the renderer from app://hearth/', () => {
  it('serves index.html for the root, as HTML, with the CSP naming only itself and the gateway', async () => {
    const { get } = setUp();
    const response = await get('app://hearth/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Hearth</title>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:8787;");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each([
    ['app://hearth/assets/app.js', 'text/javascript; charset=utf-8'],
    ['app://hearth/assets/app.css', 'text/css; charset=utf-8'],
    ['app://hearth/assets/govuk.woff2', 'font/woff2'],
    ['app://hearth/assets/logo.svg', 'image/svg+xml'],
    ['app://hearth/assets/cmap.bcmap', 'application/octet-stream'],
  ])('serves %s as %s', async (url, mime) => {
    const { get } = setUp();
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(mime);
  });

  it('sends the CSP with every response, including refusals', async () => {
    const { get } = setUp();
    const response = await get('app://hearth/..%2fsecret.txt');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers a client-side route with the app page, but a missing asset with 404', async () => {
    const { get } = setUp();
    expect(await (await get('app://hearth/children/123')).text()).toContain('<title>Hearth</title>');
    expect((await get('app://hearth/assets/missing.js')).status).toBe(404);
  });

  it('refuses anything but GET and HEAD', async () => {
    const { readFile } = setUp();
    const handle = createAppProtocolHandler({ rootDir: root, readFile, gatewayUrl: 'http://127.0.0.1:8787' });
    expect((await handle({ url: 'app://hearth/index.html', method: 'POST' })).status).toBe(405);
    expect(readFile).not.toHaveBeenCalled();
  });

  it.each([
    'app://hearth/..%2fsecret.txt',
    'app://hearth/..%2f..%2fsecret.txt',
    // An encoded '..' is refused even where it would stay inside the folder: no request needs one.
    'app://hearth/assets/..%2findex.html',
    'app://hearth/assets/..%2f..%2f..%2fsecret.txt',
    'app://hearth/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://hearth/..%5c..%5csecret.txt',
    'app://hearth/%2fetc%2fpasswd',
    'app://hearth//etc/passwd',
    'app://hearth/C:%5cWindows%5cwin.ini',
    'app://hearth/C:/Windows/win.ini',
    'app://hearth/index.html%00.png',
    'app://hearth/%E0%A4%A',
    'app://evil/index.html',
    'https://hearth/index.html',
  ])('refuses %s with 404 and never reads outside the build folder', async (url) => {
    const { get, readFile } = setUp();
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('Not found');
    for (const [filePath] of readFile.mock.calls) {
      expect(path.relative(root, filePath).startsWith('..')).toBe(false);
    }
  });

  it('resolves only paths inside the build folder', () => {
    expect(resolveAppPath(root, 'app://hearth/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveAppPath(root, 'app://hearth/a/%2e%2e/%2e%2e/secret.txt')).toBe(
      path.join(root, 'secret.txt'),
    );
    expect(resolveAppPath(root, 'app://hearth/..%2f..%2fsecret.txt')).toBeNull();
  });
});
