/**
 * Reads and decrypts the range of a queued document the next PATCH will send, off the page's main
 * thread. Measured on the page during a drain (bench sync.drain_vs_bare_tus), decrypting, making the
 * PATCH's Blob and turning IndexedDB's answers back into bytes kept the main thread busy most of the
 * time: every screen then waited behind the upload, and so did the next request. The answer is a
 * Blob, which crosses to the page by reference.
 */
import '../zod-without-eval.ts';
import { plainRange, UnreadableChunkError } from '../outbox/plain-range.ts';
import { RangePing, RangeRequest, type RangeAnswer } from './range-protocol.ts';

const answer = (message: RangeAnswer): void => self.postMessage(message);

self.addEventListener('message', (event) => {
  const ping = RangePing.safeParse(event.data);
  if (ping.success) answer({ kind: 'pong', requestId: ping.data.requestId });
  const request = RangeRequest.safeParse(event.data);
  if (!request.success) return;
  const { requestId, key, item, start, end } = request.data;
  plainRange(key, item, start, end).then(
    (bytes) => answer({ kind: 'range', requestId, bytes }),
    (error: unknown) =>
      answer({
        kind: 'range-failed',
        requestId,
        unreadable: error instanceof UnreadableChunkError,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});
