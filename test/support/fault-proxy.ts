/**
 * A local TCP proxy that breaks connections on purpose, for the upload fault suite and the sync
 * benchmark (../shared/BENCH.md: "a local TCP proxy that cuts the connection every 2–4 MB").
 * It sits between the app and the gateway on 127.0.0.1 only and can:
 * - cut a connection after a number of bytes sent upstream (drawn from a seeded range);
 * - stall a connection (hold both directions) for a while;
 * - drop a response: cut the connection instead of passing on an answer whose status line matches
 *   (e.g. the tus 201 that creates an upload, or the final 204 that acknowledges the last bytes),
 *   so the client never learns that the gateway did the work.
 * Everything is bounded: it serves only while open, and `close()` ends every connection.
 */
import net from 'node:net';

export interface FaultPlan {
  /** Cut each connection after this many upstream bytes, drawn in [min, max]; none when absent. */
  cutUpstreamAfter?: { min: number; max: number };
  /** Probability (0–1) that a response with a matching status is dropped instead of delivered. */
  dropResponses?: { status: readonly number[]; probability: number };
  /**
   * Holds back the first `count` (1 when absent) answers whose status matches until `release`
   * settles, then passes them on (e.g. the final 204 while the gateway would still be filing a document).
   */
  holdResponse?: { status: number; release: Promise<unknown>; count?: number };
  /** Probability (0–1) that a new connection stalls for `ms` before any byte flows. */
  stall?: { probability: number; ms: number };
  /**
   * The next `connections` connections to carry more than `afterBytes` upstream go silent there and
   * stay open: nothing more passes either way and nothing closes (the computer's side), as when a
   * home's Wi-Fi or VPN drops without a reset. The gateway's side is closed, as its own timeout would.
   */
  blackHole?: { afterBytes: number; connections: number };
}

export interface ProxyStats {
  connections: number;
  upstreamBytes: number;
  cuts: number;
  droppedResponses: number;
  stalls: number;
  /** Connections that went silent (FaultPlan `blackHole`). */
  silenced: number;
  /** Answers held back so far (FaultPlan `holdResponse`). */
  held: number;
}

export interface FaultProxy {
  url: string;
  port: number;
  stats: ProxyStats;
  setPlan(plan: FaultPlan): void;
  close(): Promise<void>;
}

/** Counts before the first connection. */
export const noFaultsYet = (): ProxyStats => ({
  connections: 0,
  upstreamBytes: 0,
  cuts: 0,
  droppedResponses: 0,
  stalls: 0,
  silenced: 0,
  held: 0,
});

/** mulberry32: a small seeded generator, so a failing fault run can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STATUS_LINE = /^HTTP\/1\.[01] (\d{3})/;

export async function startFaultProxy(target: { host: string; port: number }, seed = 1): Promise<FaultProxy> {
  const random = seededRandom(seed);
  let plan: FaultPlan = {};
  const stats = noFaultsYet();
  const sockets = new Set<net.Socket>();

  const server = net.createServer((client) => {
    stats.connections++;
    const upstream = net.connect(target.port, target.host);
    sockets.add(client).add(upstream);
    const range = plan.cutUpstreamAfter;
    const cutAt = range ? range.min + Math.floor(random() * (range.max - range.min + 1)) : Infinity;
    let sent = 0;
    let cut = false;
    const destroyBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    /** Settles when the answer this connection holds back has been passed on (none held: now). */
    let passedOn: Promise<unknown> = Promise.resolve();
    client.on('close', () => upstream.destroy());
    // The gateway closes each upload connection after its answer: a held answer is still delivered.
    upstream.on('close', () => {
      if (!silent) void passedOn.finally(() => client.end());
    });
    client.on('error', destroyBoth);
    upstream.on('error', destroyBoth);

    const stall = plan.stall && random() < plan.stall.probability ? plan.stall.ms : 0;
    if (stall > 0) {
      stats.stalls++;
      client.pause();
      setTimeout(() => client.resume(), stall).unref();
    }

    let silent = false;
    const goSilent = () => {
      silent = true;
      stats.silenced++;
      client.pause(); // the computer's bytes back up in its send buffer: its progress stops
      upstream.destroy();
    };

    client.on('data', (chunk: Buffer) => {
      if (cut || silent) return;
      const hole = plan.blackHole;
      if (hole && stats.silenced < hole.connections && sent + chunk.length > hole.afterBytes) {
        goSilent();
        return;
      }
      const room = cutAt - sent;
      if (chunk.length >= room) {
        // Pass on exactly the bytes up to the cut, then break the connection mid-request.
        if (room > 0) upstream.write(chunk.subarray(0, room));
        sent += Math.max(room, 0);
        stats.upstreamBytes += Math.max(room, 0);
        stats.cuts++;
        cut = true;
        upstream.end(() => destroyBoth());
        return;
      }
      sent += chunk.length;
      stats.upstreamBytes += chunk.length;
      upstream.write(chunk);
    });

    upstream.on('data', (chunk: Buffer) => {
      if (silent) return;
      const status = STATUS_LINE.exec(chunk.subarray(0, 16).toString('latin1'))?.[1];
      const hold = plan.holdResponse;
      if (status && hold && stats.held < (hold.count ?? 1) && Number(status) === hold.status) {
        stats.held++;
        upstream.pause();
        passedOn = hold.release.finally(() => {
          client.write(chunk);
          upstream.resume();
        });
        return;
      }
      const drop = plan.dropResponses;
      if (status && drop && drop.status.includes(Number(status)) && random() < drop.probability) {
        stats.droppedResponses++;
        destroyBoth();
        return;
      }
      client.write(chunk);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the fault proxy has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    stats,
    setPlan: (next) => {
      plan = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
