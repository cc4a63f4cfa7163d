/**
 * The renderer's web build, served from HEARTH_WEB_ROOT so a browser can use Hearth from the
 * gateway's own origin. A GET for a page that is not a file (e.g. /children/123 after a reload)
 * gets index.html, and the app's router takes over; API paths never fall back to the page.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { API_PREFIX } from '../../shared/api/route.ts';

/** Serves the web build if it exists; returns whether it does. */
export async function registerWeb(app: FastifyInstance, webRoot: string): Promise<boolean> {
  if (!existsSync(path.join(webRoot, 'index.html'))) {
    app.log.warn(
      { webRoot },
      `No web build at ${webRoot} (no index.html): serving the API only. Build it with \`npm run build:web\` or set HEARTH_WEB_ROOT.`,
    );
    return false;
  }
  await app.register(fastifyStatic, { root: webRoot, prefix: '/', index: 'index.html', dotfiles: 'deny' });
  return true;
}

export function isApiPath(url: string): boolean {
  const pathname = url.split('?')[0] ?? url;
  return pathname === API_PREFIX || pathname.startsWith(`${API_PREFIX}/`);
}

/** A browser navigating to an app page: GET or HEAD, not the API, asking for HTML. */
export function wantsAppPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !isApiPath(request.url) &&
    accept.includes('text/html')
  );
}
