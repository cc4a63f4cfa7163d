/**
 * Security headers on every answer: the one Content Security Policy from shared/security/csp.ts
 * (the web build talks only to its own origin, the gateway), no MIME sniffing, no referrer, no
 * framing, its own browsing context group, and no camera, microphone or location. Children's data
 * from the API is never stored by a browser cache; HTML is revalidated so a new build is picked up.
 */
import type { FastifyInstance } from 'fastify';
import { contentSecurityPolicy } from '../../shared/security/csp.ts';
import { isApiPath } from '../routes/web.ts';

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy({ connectTo: [] }),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=()',
};

export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
    else if (String(reply.getHeader('content-type') ?? '').startsWith('text/html')) {
      reply.header('cache-control', 'no-cache');
    }
    return payload;
  });
}
