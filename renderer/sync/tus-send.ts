/**
 * One try at sending one item's bytes with tus-js-client. tus's own retries are off: the engine
 * retries with a backoff it persists, and it asks the gateway's status before every try, which tus
 * cannot.
 *
 * - tus-js-client is imported here, so it loads with the engine's own code (a chunk of its own,
 *   never in the bundle staff download before they sign in), not at the first send. Fetched at the
 *   first send, it was fetched just as a line came back: a fetch that failed then (the line back in
 *   stages) is remembered by the browser for the page's life, and the item stayed "queued", never
 *   tried, with nothing said (outbox-sync.e2e.ts).
 *
 * - `fingerprint` is the outbox id: tus's default for a Blob is its name, type and size, which two
 *   different scans of the same size share.
 * - Resuming is given no `endpoint`: tus would otherwise create a fresh upload after ANY failed
 *   HEAD (a 500, a 401); only the engine decides to start again from zero (on 404/410).
 */
import { Upload as TusUpload } from 'tus-js-client';
import type { DetailedError, HttpRequest, HttpResponse, Upload } from 'tus-js-client';
import { UPLOAD_STATUS_HEADER, UploadStatus } from '../../shared/api/uploads.ts';
import { UnreadableChunkError } from '../outbox/plain-range.ts';

/** Bytes per PATCH: a multiple of the 1 MiB encryption chunk, small enough to decrypt in memory. */
export const PATCH_BYTES = 8 * 1024 * 1024;

/**
 * A try with no byte going up and no answer coming back for this long is given up as a transient
 * failure. tus-js-client sets no timeout: a home's Wi-Fi or VPN that drops without closing the
 * connection (no RST reaches the computer) left the request waiting for ever, and with it the
 * engine's round, so nothing more was sent until Hearth restarted. Bytes move every few hundred
 * milliseconds on even a slow line, and the gateway files the largest document in seconds, so a
 * minute of silence is a dead connection, not a slow one. The engine then asks the gateway where
 * the upload stands and resumes from there.
 */
export const STALL_MS = 60_000;

export const STALLED = 'The connection to the gateway stopped responding; Hearth will try again.';

/** tus's checksum extension status for "the bytes do not match" (tus.io protocol, Checksum). */
const CHECKSUM_MISMATCH = 460;

export type SendOutcome =
  /** `confirmed`: the gateway's `received` status, when its last answer carried it (UPLOAD_STATUS_HEADER). */
  | { kind: 'finished'; confirmed?: ReceivedStatus }
  | { kind: 'restart-from-zero'; reason: string }
  | { kind: 'refused'; during: 'create' | 'send'; reason: string }
  | { kind: 'unauthorized' }
  | { kind: 'unreadable'; reason: string }
  | { kind: 'transient'; reason: string }
  /** A create answered 409: the gateway already has this outbox id (created before a restart). */
  | { kind: 'exists' }
  | { kind: 'aborted' };

export interface FileSlice {
  value: Blob;
  done: boolean;
}

/** The bytes as tus-js-client reads them (its FileReader's source): sealed-body.ts or decrypting-source.ts. */
export interface UploadSource {
  size: number;
  slice(start: number, end: number): Promise<FileSlice>;
  close(): void;
}

export interface SendRequest {
  endpoint: string;
  /** Resume here; null creates a new upload at `endpoint`. */
  uploadUrl: string | null;
  outboxId: string;
  metadata: Record<string, string>;
  source: UploadSource;
  /**
   * Bytes per PATCH. PATCH_BYTES when each PATCH's bytes are decrypted in memory to send; Infinity
   * for a sealed body, sent from its file in one PATCH as bare tus does (after a cut the engine
   * asks the gateway's offset and sends only the rest).
   */
  patchBytes: number;
  /** The `Authorization` header value for each request (sync/item-credentials.ts). */
  authorization(): Promise<string | null>;
  onUploadUrl(url: string): void;
  onAcked(bytes: number): void;
  onProgress(bytesSent: number, bytesTotal: number): void;
  /** Silence after which the try is given up (STALL_MS; shorter in a test of it). */
  stallMs?: number;
}

export interface RunningSend {
  done: Promise<SendOutcome>;
  abort(): void;
}

export type ReceivedStatus = Extract<UploadStatus, { state: 'received' }>;

/** The `received` status on the last PATCH's answer, if it is there, parses and is about this item. */
export function confirmedBy(response: HttpResponse, outboxId: string): ReceivedStatus | undefined {
  const header = response.getHeader(UPLOAD_STATUS_HEADER);
  if (!header) return undefined;
  try {
    const parsed = UploadStatus.safeParse(JSON.parse(decodeURIComponent(header)));
    if (!parsed.success || parsed.data.state !== 'received') return undefined;
    return parsed.data.outboxId === outboxId ? parsed.data : undefined;
  } catch {
    return undefined; // not JSON, or not URI-encoded: ask the gateway instead
  }
}

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current instanceof Object && chain.length < 5;) {
    chain.push(current);
    current = Reflect.get(current, 'causingError') ?? Reflect.get(current, 'cause');
  }
  return chain;
}

/** The gateway's own words (ApiError `message`), when its answer carried them. */
function gatewayWords(body: string): string | null {
  try {
    const parsed: unknown = JSON.parse(body);
    const message = parsed instanceof Object ? Reflect.get(parsed, 'message') : undefined;
    return typeof message === 'string' ? message : null;
  } catch {
    return body.trim() && body.length < 300 ? body.trim() : null;
  }
}

export function classifyFailure(error: unknown, creating: boolean): SendOutcome {
  const chain = causes(error);
  const unreadable = chain.find((e) => e instanceof UnreadableChunkError);
  if (unreadable instanceof Error) return { kind: 'unreadable', reason: unreadable.message };
  const detailed = chain.find((e): e is DetailedError => e instanceof Error && 'originalResponse' in e);
  const response = detailed?.originalResponse ?? null;
  if (!response) return { kind: 'transient', reason: 'The connection to the gateway was lost.' };
  const status = response.getStatus();
  const words = gatewayWords(response.getBody() ?? '');
  if (status === 401) return { kind: 'unauthorized' };
  // On create, 404 means "no such child in your home": a refusal, not an expired upload.
  if ((status === 404 || status === 410) && !creating) {
    return {
      kind: 'restart-from-zero',
      reason: words ?? 'The gateway no longer had the part already sent; sending it again from the start.',
    };
  }
  if (status === CHECKSUM_MISMATCH) {
    return {
      kind: 'restart-from-zero',
      reason: 'What the council received did not match this document; sending it again.',
    };
  }
  if (status === 409 && creating) return { kind: 'exists' };
  if (status === 409 || status === 423 || status === 429 || status >= 500) {
    return { kind: 'transient', reason: words ?? `The gateway is busy (${status}); Hearth will try again.` };
  }
  if (status >= 400) {
    return {
      kind: 'refused',
      during: creating ? 'create' : 'send',
      reason: words ?? `The gateway refused the document (${status}).`,
    };
  }
  return { kind: 'transient', reason: `The gateway answered ${status}; Hearth will try again.` };
}

/**
 * What tus-js-client is given as "the file": never read (its fileReader hands over `source`). One for
 * all, as each new Blob is a synchronous round trip to the browser's blob registry (about 1.7 ms per
 * item in a profile of the drain).
 */
let placeholder: Blob | null = null;

/**
 * A document of at most a PATCH goes with its create (tus creation-with-upload): one request, not
 * two, which on a slow line is a round trip saved per document. A cut on the way leaves the device
 * without the upload URL; the next try's create answers 409 and the gateway's status says where to
 * resume. A bigger one is created first, so its URL is kept before megabytes go.
 */
export const sendsInOneRequest = (uploadUrl: string | null, size: number): boolean =>
  uploadUrl === null && size <= PATCH_BYTES;

export function startSend(request: SendRequest): RunningSend {
  let settle: (outcome: SendOutcome) => void = () => undefined;
  const done = new Promise<SendOutcome>((resolve) => {
    settle = resolve;
  });
  const creating = request.uploadUrl === null;
  placeholder ??= new Blob([]);
  const upload: Upload = new TusUpload(placeholder, {
    endpoint: creating ? request.endpoint : null,
    uploadUrl: request.uploadUrl,
    uploadSize: request.source.size,
    metadata: request.metadata,
    fingerprint: () => Promise.resolve(`hearth-outbox:${request.outboxId}`),
    storeFingerprintForResuming: false,
    removeFingerprintOnSuccess: false,
    retryDelays: null,
    chunkSize: request.patchBytes,
    uploadDataDuringCreation: sendsInOneRequest(request.uploadUrl, request.source.size),
    fileReader: { openFile: () => Promise.resolve(request.source) },
    onBeforeRequest: async (req: HttpRequest) => {
      const authorization = await request.authorization();
      if (authorization) req.setHeader('Authorization', authorization);
    },
    onUploadUrlAvailable: () => {
      heard();
      if (upload.url) request.onUploadUrl(upload.url);
    },
    onChunkComplete: (_chunk, accepted) => {
      heard();
      request.onAcked(accepted);
    },
    onProgress: (sent, total) => {
      heard();
      request.onProgress(sent, total);
    },
    onSuccess: ({ lastResponse }) =>
      settle({ kind: 'finished', confirmed: confirmedBy(lastResponse, request.outboxId) }),
    onError: (error) => settle(classifyFailure(error, creating && upload.url === null)),
  });
  // Not `abort(true)`: terminating would delete bytes the gateway may still need to finish.
  const stop = () => void upload.abort(false);
  const stallMs = request.stallMs ?? STALL_MS;
  let silence = setTimeout(stalled, stallMs);
  function heard() {
    clearTimeout(silence);
    silence = setTimeout(stalled, stallMs);
  }
  function stalled() {
    stop();
    settle({ kind: 'transient', reason: STALLED });
  }
  void done.finally(() => clearTimeout(silence));
  upload.start();
  return {
    done,
    abort() {
      stop();
      settle({ kind: 'aborted' });
    },
  };
}
