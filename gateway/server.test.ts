import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from '../shared/api/errors.ts';
import { Health } from '../shared/api/system.ts';
import { GATEWAY_VERSION } from './version.ts';
import { buildGateway, startGateway, type RunningGateway } from './server.ts';
import { tempFolder, testConfig, writeWebBuild } from './testing/temp.ts';

const temp = tempFolder('server');
let gateway: RunningGateway;
const logs: string[] = [];

beforeAll(async () => {
  writeWebBuild(path.join(temp.dir, 'web'));
  gateway = await startGateway(testConfig(temp.dir, { logLevel: 'info' }), {
    logStream: { write: (line) => void logs.push(line) },
  });
});
afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const get = (p: string, headers: Record<string, string> = {}) => fetch(`${gateway.url}${p}`, { headers });

describe('gateway over real HTTP on 127.0.0.1', () => {
  it('listens on loopback at the URL it reports', () => {
    expect(gateway.url).toMatch(/^http:\/\/127\.0\.0\.1:\d{2,5}$/);
  });

  it('GET /health reports the version and a working database', async () => {
    const response = await get('/health');
    expect(response.status).toBe(200);
    expect(Health.parse(await response.json())).toEqual({
      status: 'ok',
      version: GATEWAY_VERSION,
      database: 'ok',
    });
  });

  it('GET /openapi.json is an OpenAPI 3.1 document naming /health', async () => {
    const response = await get('/openapi.json');
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const doc = z
      .object({
        openapi: z.string().regex(/^3\.1\.\d+$/),
        info: z.object({ title: z.string().min(1), version: z.literal(GATEWAY_VERSION) }),
        paths: z.record(
          z.string().regex(/^\//),
          z.partialRecord(
            z.enum(['get', 'put', 'post', 'delete', 'patch', 'head', 'options']),
            z.object({
              operationId: z.string(),
              responses: z.record(
                z.string().regex(/^(\d{3}|default)$/),
                z.object({ description: z.string() }),
              ),
            }),
          ),
        ),
      })
      .parse(await response.json());
    expect(doc.paths['/health']?.get?.operationId).toBe('getHealth');
  });

  it('answers an unknown API path with a JSON 404, never the app page', async () => {
    const response = await get('/api/v1/no-such-thing?x=1', { accept: 'text/html,application/json' });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(ApiError.parse(await response.json())).toEqual({
      error: 'not-found',
      message: 'There is no API route GET /api/v1/no-such-thing',
    });
  });

  it('keeps children’s data out of browser caches: API answers are no-store', async () => {
    expect((await get('/api/v1/anything')).headers.get('cache-control')).toBe('no-store');
  });
});

describe('the web build', () => {
  it('serves index.html with the strict CSP: no unsafe-eval, no inline script, same origin only', async () => {
    const response = await get('/', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root"></div>');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
  });

  it('sends the security headers with every page', async () => {
    const response = await get('/', { accept: 'text/html' });
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
      'cross-origin-opener-policy': 'same-origin',
      'permissions-policy': 'camera=(), microphone=(), geolocation=()',
    });
  });

  it('serves the build’s files', async () => {
    const response = await get('/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('falls back to index.html for app pages a browser reloads (SPA)', async () => {
    const response = await get('/children/child-leo-hartley/documents', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await response.text()).toContain('<div id="root"></div>');
  });

  it('answers a missing file that is not a page with 404, not the app page', async () => {
    const response = await get('/assets/missing.js', { accept: '*/*' });
    expect(response.status).toBe(404);
  });
});

describe('CORS: only the configured app origins', () => {
  it('allows the Electron app’s origin app://hearth', async () => {
    const response = await get('/health', { origin: 'app://hearth' });
    expect(response.headers.get('access-control-allow-origin')).toBe('app://hearth');
  });

  it('gives another origin no CORS permission, so a browser withholds the answer', async () => {
    const response = await get('/health', { origin: 'https://evil.example' });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers preflights for the app and refuses them for others', async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.url}/api/v1/anything`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('app://hearth');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('app://hearth');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('structured logs', () => {
  it('logs each request as JSON without its credentials', async () => {
    await get('/health?probe=log-test', {
      authorization: 'Bearer secret-token-123',
      cookie: 'sid=cookie-456',
    });
    const lines = logs.filter((l) => l.includes('probe=log-test'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.join('')).not.toMatch(/secret-token-123|cookie-456/);
  });

  it('redacts passwords, tokens and cookies a handler logs by mistake', async () => {
    const collected: string[] = [];
    const app = await buildGateway(testConfig(temp.dir, { logLevel: 'info', webRoot: '/nonexistent' }), {
      logStream: { write: (line) => void collected.push(line) },
    });
    app.log.info(
      { body: { username: 'priya.shah', password: 'hunter2' }, session: { token: 'tok-789' } },
      'sign-in',
    );
    await app.close();
    const line = collected.find((l) => l.includes('"sign-in"')) ?? '';
    expect(line).toContain('priya.shah');
    expect(line).not.toMatch(/hunter2|tok-789/);
    expect(line).toContain('[redacted]');
  });
});

describe('without a web build', () => {
  it('serves the API only and logs a clear warning', async () => {
    const collected: string[] = [];
    const missing = path.join(temp.dir, 'no-web-build');
    const api = await startGateway(testConfig(temp.dir, { logLevel: 'warn', webRoot: missing }), {
      logStream: { write: (line) => void collected.push(line) },
    });
    try {
      expect((await fetch(`${api.url}/health`)).status).toBe(200);
      const page = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(404);
      expect(collected.join('')).toContain(`No web build at ${missing}`);
    } finally {
      await api.close();
    }
  });
});
