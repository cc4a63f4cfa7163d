/**
 * A small TCP proxy on 127.0.0.1 for upload tests, to break the network the way a home's connection
 * breaks: cut a connection after a number of bytes sent to the gateway (mid-upload), or swallow one
 * answer with a given status (the final 204 of a tus upload) by closing the connection instead of
 * passing it on, so the client never learns the gateway did the work. Each fault fires once.
 * (test/support/fault-proxy.ts is the seeded fault suite's proxy; gateway tests may not import test/.)
 */
import net from 'node:net';

export interface TestProxy {
  url: string;
  /** Bytes that reached the gateway through the proxy so far. */
  upstreamBytes(): number;
  /** Cut the next connection that carries more than `bytes` upstream. */
  cutAfter(bytes: number): void;
  /** Close the connection instead of delivering the next answer with this status. */
  dropNext(status: number): void;
  faults(): { cuts: number; dropped: number };
  close(): Promise<void>;
}

const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})/;

export async function startProxy(target: string): Promise<TestProxy> {
  const { hostname, port } = new URL(target);
  let cutAt: number | null = null;
  let drop: number | null = null;
  let upstreamTotal = 0;
  const faults = { cuts: 0, dropped: 0 };
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    const upstream = net.connect(Number(port), hostname);
    sockets.add(client).add(upstream);
    let sent = 0;
    const destroyBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    for (const socket of [client, upstream]) {
      socket.on('close', destroyBoth);
      socket.on('error', destroyBoth);
    }
    client.on('data', (chunk: Buffer) => {
      if (cutAt !== null && sent + chunk.length > cutAt) {
        const room = Math.max(0, cutAt - sent);
        cutAt = null;
        faults.cuts++;
        upstreamTotal += room;
        // The gateway gets exactly the bytes before the cut, then the connection breaks mid-request.
        upstream.write(chunk.subarray(0, room), () => destroyBoth());
        return;
      }
      sent += chunk.length;
      upstreamTotal += chunk.length;
      upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      const status = STATUS_LINE.exec(chunk.subarray(0, 16).toString('latin1'))?.[1];
      if (drop !== null && status === String(drop)) {
        drop = null;
        faults.dropped++;
        destroyBoth();
        return;
      }
      client.write(chunk);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    upstreamBytes: () => upstreamTotal,
    cutAfter: (bytes) => void (cutAt = bytes),
    dropNext: (status) => void (drop = status),
    faults: () => ({ ...faults }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
