// renderer.initial_js_gzip_kb: the JavaScript a browser fetches before the sign-in screen shows —
// every script and modulepreload that the built index.html names, gzipped as a server would send it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Figure } from './figure.ts';

export function initialJsFigure(webRoot: string): Figure {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1] ?? '');
  const files = [...new Set(srcs.filter(Boolean))];
  if (files.length === 0) throw new Error(`no script found in ${webRoot}/index.html`);
  const bytes = files.reduce((sum, src) => sum + gzipSync(readFileSync(join(webRoot, src))).byteLength, 0);
  return {
    id: 'renderer.initial_js_gzip_kb',
    value: Math.round((bytes / 1024) * 10) / 10,
    unit: 'KB',
    goal: 350,
    better: 'lower',
    runs: 1,
    note: `${files.length} file(s) named by index.html, gzip level 6`,
  };
}
