/**
 * A fixed address on 127.0.0.1 that passes each connection on to a port that may change. Two uses:
 * - A device's front door: the page's origin must never change (its outbox lives in IndexedDB at
 *   that origin), yet each run wants a fresh fault proxy. test/support/fault-proxy.ts draws a
 *   connection's faults when the connection opens, and Chromium keeps connections alive across
 *   runs, so a new plan would never reach them; closing the old proxy closes them all, as when a
 *   home's router drops, and the next requests open new connections under the new plan.
 * - The gateway's way to the SMTP server: a gateway killed mid-message leaves a reset connection,
 *   which the test SMTP server (gateway/notify/testing/smtp.ts) has no listener for, so it would
 *   crash the suite. Here the side that went away is closed and the other side is told in order
 *   (FIN), as a mail server expects of a client that hung up.
 */
import net from 'node:net';

/** How long the far side gets to close after it was told, before it is closed for it. */
const GRACE_MS = 5_000;

export interface FrontDoor {
  url: string;
  port: number;
  /** Sends new connections to `port`. */
  routeTo(port: number): void;
  close(): Promise<void>;
}

function joinPair(a: net.Socket, b: net.Socket, sockets: Set<net.Socket>): void {
  for (const [socket, other] of [
    [a, b],
    [b, a],
  ] as const) {
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      sockets.delete(socket);
      other.end();
      setTimeout(() => other.destroy(), GRACE_MS).unref();
    });
  }
  // pipe() keeps backpressure (a stalled proxy holds the page's bytes here too) and passes on a FIN.
  a.pipe(b);
  b.pipe(a);
}

export async function startFrontDoor(): Promise<FrontDoor> {
  let target: number | null = null;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    if (target === null) {
      client.destroy();
      return;
    }
    const upstream = net.connect(target, '127.0.0.1');
    sockets.add(client).add(upstream);
    joinPair(client, upstream, sockets);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the front door has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    routeTo: (port) => void (target = port),
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
