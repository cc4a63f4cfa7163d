// The fault proxy must really break things, or the fault suite proves nothing.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, startFaultProxy, type FaultProxy } from './fault-proxy.ts';

let server: http.Server;
let received = 0;
let proxy: FaultProxy;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.on('data', (c: Buffer) => (received += c.length));
    req.on('end', () => {
      res.statusCode = req.url === '/created' ? 201 : 200;
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no address');
  proxy = await startFaultProxy({ host: '127.0.0.1', port: address.port }, 42);
});
afterAll(async () => {
  await proxy.close();
  await new Promise((r) => server.close(r));
});

const post = (path: string, bytes: number) =>
  fetch(`${proxy.url}${path}`, { method: 'POST', body: new Uint8Array(bytes) }).then(
    (r) => r.status,
    () => 'cut' as const,
  );

describe('fault proxy', () => {
  it('passes requests through untouched with no plan', async () => {
    proxy.setPlan({});
    expect(await post('/', 1000)).toBe(200);
  });

  it('cuts a request after the chosen number of upstream bytes', async () => {
    proxy.setPlan({ cutUpstreamAfter: { min: 10_000, max: 20_000 } });
    received = 0;
    const cutsBefore = proxy.stats.cuts;
    expect(await post('/', 1_000_000)).toBe('cut');
    expect(proxy.stats.cuts).toBe(cutsBefore + 1);
    expect(received).toBeLessThan(20_000);
  });

  it('drops a matching response so the client never hears the server did the work', async () => {
    proxy.setPlan({ dropResponses: { status: [201], probability: 1 } });
    expect(await post('/created', 10)).toBe('cut');
    expect(await post('/', 10)).toBe(200);
    expect(proxy.stats.droppedResponses).toBeGreaterThan(0);
  });

  it('draws the same faults from the same seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});
