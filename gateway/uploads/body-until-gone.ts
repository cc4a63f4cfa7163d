/**
 * An upload's body as @tus/server reads it (issue 4: resumable over a line that drops), which ENDS,
 * rather than fails, when the device's connection breaks in the middle of it.
 *
 * Handed the raw request, @tus/server reads the body through two stream adapters; when the
 * connection breaks, Node fails the request, and the bytes those adapters still held (already read
 * off the line, not yet written to disk) were thrown away: 100–220 KB a break, measured behind a
 * proxy that cuts every 3 MB. The device then sends them again (bench sync.flaky_bytes_ratio).
 * Ended instead, the body carries every byte that arrived to the file store, the upload's offset
 * counts them, and the device resumes after them. tusd keeps what arrived the same way.
 *
 * Reading in flowing mode, so a byte read off the socket is in this stream's queue before a break
 * can discard it. The queue is bounded (QUEUE_BYTES): past it the request is paused, as a stream
 * would be, and the socket's own buffers hold the rest.
 */
import type { IncomingMessage } from 'node:http';

/** Bytes queued for the file store before the request is paused. */
const QUEUE_BYTES = 1024 * 1024;

export function bodyUntilGone(request: IncomingMessage): ReadableStream<Uint8Array> {
  let ended = false;
  let stop = (): void => undefined;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const onData = (chunk: Buffer) => {
          if (ended) return;
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) request.pause();
        };
        // 'end': the whole body came; 'error' / 'close' before it: the connection broke. Both end here.
        const onEnd = () => {
          if (ended) return;
          stop();
          controller.close();
        };
        stop = () => {
          ended = true;
          request.off('data', onData).off('end', onEnd).off('error', onEnd).off('close', onEnd);
        };
        request.on('data', onData).once('end', onEnd).once('error', onEnd).once('close', onEnd);
      },
      pull() {
        if (!ended) request.resume();
      },
      cancel() {
        // The store stopped reading (a refusal, a size limit): the rest is not wanted.
        stop();
        request.resume();
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: QUEUE_BYTES }),
  );
}
