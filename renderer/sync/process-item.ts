/**
 * One try at one outbox item (issue 4 "The sync engine"): ask the gateway where it stands, then
 * act on that answer only. "received" is recorded and the item is never sent again; "rejected"
 * needs a person; "receiving" resumes at the gateway's upload URL; "unknown" creates the upload.
 * After the last bytes the gateway is asked again, unless its final answer said the document is on
 * the record, so a lost final answer cannot lose or double a document: the outbox id is the key the
 * gateway dedupes on.
 */
import { UPLOADS_PATH } from '../../shared/api/uploads.ts';
import { deviceKeys } from '../db/device-key.ts';
import { applyEvent, applyEvents } from '../outbox/item-store.ts';
import { isReceived, neverTried, type StatusEvent } from '../outbox/item-status.ts';
import type { ParsedItemRow } from '../outbox/outbox-rows.ts';
import { openMeta, UNREADABLE_ITEM } from '../outbox/read-items.ts';
import { MAX_DELAY_MS, notificationPollDelayMs } from './backoff.ts';
import { decryptingSource } from './decrypting-source.ts';
import { askStatus, type StatusAnswer } from './gateway-status.ts';
import { emitSyncEvent } from './sync-events.ts';
import { settledBy, unsettledNext } from './decide.ts';
import {
  PATCH_BYTES,
  sendsInOneRequest,
  startSend,
  type RunningSend,
  type SendOutcome,
  type UploadSource,
} from './tus-send.ts';
import { blobSource } from './sealed-body.ts';
import { itemKeyForGateway } from '../outbox/item-key.ts';
import { uploadMetadata } from './upload-metadata.ts';
import { progressWrites } from './progress-writes.ts';
import { credentialsFor, type Credentials, type SessionAccess } from './item-credentials.ts';

export interface ItemDeps extends SessionAccess {
  gatewayUrl: string;
  random(): number;
  /** Called with the running tus upload, so a cancel can stop it. */
  onSending(running: RunningSend | null): void;
  /**
   * Called when the last byte has gone up the line, before the gateway's answer (it is still
   * checking and filing the document): the engine may start the next big one then.
   */
  onLineFree?(): void;
  /**
   * Called when the gateway has answered the last bytes (finished), before the answer is written
   * to the outbox: the engine may start another item while that write commits.
   */
  onAnswered?(): void;
  /**
   * The item's sealed body, read with the item (sealed-body.ts readItemToSend); undefined for an
   * older item, whose chunks are read a PATCH at a time.
   */
  sealed: Blob | null | undefined;
  /** How long a send may go without a byte or an answer (tus-send.ts STALL_MS when absent). */
  stallMs?: number;
}

/**
 * 'received': done, and this try recorded that the council has it (the engine counts it toward
 * "drained" without reading the item again).
 * 'stop-round': the gateway or the session is not usable now; trying other items would only fail too.
 * 'waits': nobody here can carry it now (unsigned, and its uploader is not signed in online).
 */
export type ItemResult = 'done' | 'received' | 'stop-round' | 'waits';

const SESSION_ENDED = 'Your session had ended; Hearth will carry on after sign-in.';
const NOT_RECOGNISED =
  'The council’s gateway did not recognise who queued this document on this computer. Hearth will try again; if this goes on, sign in once online and tell IT.';
const UNCONFIRMED = 'Hearth could not confirm that the council received the document; it will ask again.';
const NOT_FINISHED = 'The council has not finished receiving the document yet; Hearth will check again.';
const MISMATCH = 'What the council received did not match this document; sending it again.';
const unforeseen = (error: unknown) =>
  `Hearth met a problem on this computer while sending this document (${
    error instanceof Error ? error.message : String(error)
  }). It will try again.`;
const KEY_UNAVAILABLE =
  'Hearth cannot open its encryption key on this computer just now, so it cannot send this document. It will try again.';

async function statusWithRefresh(outboxId: string, credentials: Credentials): Promise<StatusAnswer> {
  const header = await credentials.header();
  if (!header) return { kind: 'unauthorized' };
  const first = await askStatus(outboxId, header);
  if (first.kind !== 'unauthorized' || !(await credentials.refresh())) return first;
  const fresh = await credentials.header();
  return fresh ? askStatus(outboxId, fresh) : { kind: 'unauthorized' };
}

const failed = (reason: string, progressed: boolean, deps: ItemDeps): StatusEvent => ({
  type: 'failed',
  reason,
  progressed,
  random: deps.random(),
});

/**
 * Records the settling answer, after `before` (the try's held progress), in one write. Received but
 * the email has not gone yet: ask again later (guidance 001: the social worker must hear).
 */
async function recordSettled(
  item: ParsedItemRow,
  event: StatusEvent,
  before: StatusEvent[] = [],
): Promise<ItemResult> {
  const outcome = await applyEvents(item.outboxId, [...before, event], (after) =>
    after.state === 'received' && after.recordedAt
      ? { type: 'check-later', delayMs: notificationPollDelayMs(after.recordedAt, new Date()) }
      : null,
  );
  return outcome.ok && isReceived(outcome.value.state) ? 'received' : 'done';
}

/** A try's outcome, with the progress held back to be written with it (progress-writes.ts). */
interface Sent {
  outcome: SendOutcome;
  held: StatusEvent[];
  acked: number;
}

/**
 * What goes: an item with its own key goes as kept, in one PATCH, with its key in the create
 * (sealed-body.ts); an older one is read and decrypted a PATCH at a time (decrypting-source.ts).
 * Null when its bytes or key cannot be read here: the item then needs a person.
 */
async function bodyOf(
  item: ParsedItemRow,
  deviceKey: CryptoKey,
  /** Where the gateway's upload stands: an older item's first PATCH is read from here at once. */
  from: number,
  /** Its sealed body, read with the item (null: missing or incomplete). */
  sealed: Blob | null | undefined,
): Promise<{ source: UploadSource; patchBytes: number; itemKey?: string } | null> {
  if (!item.itemKey) {
    const first = { start: from, end: from + PATCH_BYTES };
    return { source: decryptingSource(deviceKey, item, first), patchBytes: PATCH_BYTES };
  }
  const itemKey = sealed ? await itemKeyForGateway(deviceKey, item.outboxId, item.itemKey) : null;
  return itemKey && sealed ? { source: blobSource(sealed), patchBytes: Infinity, itemKey } : null;
}

async function send(
  item: ParsedItemRow,
  uploadUrl: string | null,
  body: { source: UploadSource; patchBytes: number },
  metadata: Record<string, string>,
  credentials: Credentials,
  deps: ItemDeps,
): Promise<Sent> {
  const progress = progressWrites(
    body.source.size,
    (events) => applyEvents(item.outboxId, events),
    sendsInOneRequest(uploadUrl, body.source.size),
  );
  const running = startSend({
    endpoint: `${deps.gatewayUrl}${UPLOADS_PATH}`,
    uploadUrl,
    outboxId: item.outboxId,
    source: body.source,
    patchBytes: body.patchBytes,
    metadata,
    stallMs: deps.stallMs,
    authorization: credentials.header,
    onUploadUrl: (url) => progress.record({ type: 'upload-created', uploadUrl: url }),
    onAcked: (bytes) => progress.record({ type: 'bytes-acked', bytes }),
    onProgress: (bytesSent, bytesTotal) => {
      emitSyncEvent({ type: 'progress', outboxId: item.outboxId, bytesSent, bytesTotal });
      if (bytesSent >= bytesTotal) deps.onLineFree?.();
    },
  });
  deps.onSending(running);
  const outcome = await running.done;
  deps.onSending(null);
  if (outcome.kind === 'finished') deps.onAnswered?.();
  // Only a confirmed receipt takes the held progress with it; anything else writes it first.
  const confirmed = outcome.kind === 'finished' && outcome.confirmed !== undefined;
  if (!confirmed) await progress.flush();
  return { outcome, held: confirmed ? await progress.take() : [], acked: progress.acked() };
}

/** After the last bytes, a refusal or "start again": the gateway's status is the truth about what happened. */
async function afterSend(
  item: ParsedItemRow,
  { outcome, held }: Sent,
  progressed: boolean,
  credentials: Credentials,
  deps: ItemDeps,
): Promise<ItemResult> {
  switch (outcome.kind) {
    case 'aborted':
      return 'done';
    case 'unreadable':
      await applyEvent(item.outboxId, { type: 'needs-attention', reason: UNREADABLE_ITEM });
      return 'done';
    case 'transient':
      await applyEvent(item.outboxId, failed(outcome.reason, progressed, deps));
      return 'stop-round';
    case 'exists':
      // Another window created it between our status check and our create: its sender carries on.
      await applyEvent(item.outboxId, failed(NOT_FINISHED, progressed, deps));
      return 'done';
    case 'unauthorized':
      return refused(item, credentials, progressed, deps);
    default:
      break;
  }
  // The last PATCH's 204 came after the document was on the record, and said so: nothing to ask.
  const confirmed = outcome.kind === 'finished' ? outcome.confirmed : undefined;
  const answer: StatusAnswer = confirmed
    ? { kind: 'status', status: confirmed }
    : await statusWithRefresh(item.outboxId, credentials);
  if (answer.kind !== 'status') {
    await applyEvent(item.outboxId, failed(UNCONFIRMED, progressed, deps));
    return 'stop-round';
  }
  const settled = settledBy(answer.status);
  if (settled) {
    return recordSettled(item, settled, held);
  }
  const state = answer.status.state === 'receiving' ? 'receiving' : 'unknown';
  const next = unsettledNext(outcome, state);
  const reason = outcome.kind === 'finished' ? NOT_FINISHED : outcome.reason;
  if (next === 'attention') {
    await applyEvent(item.outboxId, { type: 'needs-attention', reason });
    return 'done';
  }
  if (next === 'restart') {
    const why = outcome.kind === 'refused' || outcome.kind === 'finished' ? MISMATCH : reason;
    await applyEvent(item.outboxId, { type: 'restart-from-zero', reason: why });
    await applyEvent(item.outboxId, failed(why, false, deps));
    return 'done';
  }
  await applyEvent(item.outboxId, failed(NOT_FINISHED, progressed, deps));
  return 'done';
}

/**
 * Refused credentials, recorded as a failed try so its backoff spaces out the asking. A session
 * refused stops the round (every item would meet it); an item's own credential refused is that
 * item's matter only.
 */
async function refused(
  item: ParsedItemRow,
  credentials: Credentials,
  progressed: boolean,
  deps: ItemDeps,
): Promise<ItemResult> {
  const reason = credentials.kind === 'item' ? NOT_RECOGNISED : SESSION_ENDED;
  await applyEvent(item.outboxId, failed(reason, progressed, deps));
  if (credentials.kind === 'item') return 'done';
  return (await credentials.refresh()) ? 'done' : 'stop-round';
}

async function tryItem(
  item: ParsedItemRow,
  deps: ItemDeps,
  /**
   * Never tried, never created: the gateway cannot know it, so its status is not asked first (one
   * request less per document; bench sync.drain_vs_bare_tus). If a create did reach the gateway
   * before a restart lost our note of it, the create answers 409 and the item is asked at once.
   */
  askFirst = !neverTried(item),
): Promise<ItemResult> {
  const keys = await deviceKeys();
  if (!keys.available) {
    // Received already: only its notification is still asked after, later.
    const settledHere = item.state === 'received' || item.state === 'notified';
    await applyEvent(
      item.outboxId,
      settledHere
        ? { type: 'check-later', delayMs: MAX_DELAY_MS }
        : { type: 'needs-attention', reason: KEY_UNAVAILABLE },
    );
    return 'done';
  }
  const meta = await openMeta(item);
  const credentials = credentialsFor(item, meta, deps);
  if (!credentials) return 'waits';
  const answer: StatusAnswer = askFirst
    ? await statusWithRefresh(item.outboxId, credentials)
    : { kind: 'status', status: { state: 'unknown', outboxId: item.outboxId } };
  if (answer.kind === 'unauthorized') return refused(item, credentials, false, deps);
  if (answer.kind === 'unreachable') {
    await applyEvent(item.outboxId, failed(answer.reason, false, deps));
    return 'stop-round';
  }
  const settled = settledBy(answer.status);
  if (settled) {
    return recordSettled(item, settled);
  }
  if (item.state === 'received' || item.state === 'notified') {
    // Never sent again, whatever the gateway says now; only the notification is still asked after.
    await applyEvent(item.outboxId, { type: 'check-later', delayMs: MAX_DELAY_MS });
    return 'done';
  }
  const gatewayHas = answer.status.state === 'receiving' ? answer.status.offset : 0;
  const from = answer.status.state === 'receiving' ? gatewayHas : 0;
  const body = await bodyOf(item, keys.keys.aes, from, deps.sealed);
  const metadata = meta && body && uploadMetadata(item.outboxId, item.queuedAt, meta, body.itemKey);
  if (!metadata || !body) {
    await applyEvent(item.outboxId, { type: 'needs-attention', reason: UNREADABLE_ITEM });
    return 'done';
  }
  let uploadUrl: string | null = null;
  if (answer.status.state === 'receiving') {
    uploadUrl = answer.status.uploadUrl;
    await applyEvent(item.outboxId, { type: 'upload-created', uploadUrl });
  } else if (item.uploadUrl !== null) {
    // The gateway has no upload for this id any more (expired): from zero, the item kept.
    await applyEvent(item.outboxId, {
      type: 'restart-from-zero',
      reason: 'The earlier upload had expired; sending again from the start.',
    });
  }
  // The gateway's offset counts bytes of a PATCH whose answer never came (a connection cut mid-way):
  // that is progress too, or a line cut every few MB would back off as if the gateway were down.
  if (gatewayHas > item.bytesAcked)
    await applyEvent(item.outboxId, { type: 'bytes-acked', bytes: gatewayHas });
  const sent = await send(item, uploadUrl, body, metadata, credentials, deps);
  if (!askFirst && sent.outcome.kind === 'exists') return tryItem(item, deps, true);
  const progressed = Math.max(gatewayHas, sent.acked) > item.bytesAcked;
  return afterSend(item, sent, progressed, credentials, deps);
}

/**
 * One try at one item (tryItem). An error none of its steps foresaw is that item's failed try,
 * written on it: the backoff spaces out the next, and the queue shows why (issue 4: nothing is ever
 * dropped silently). Left to the engine, it was retried every round, unseen. If even that write
 * fails, this computer's storage is failing: the error goes to the engine, which ends the round.
 */
export async function processItem(item: ParsedItemRow, deps: ItemDeps): Promise<ItemResult> {
  try {
    return await tryItem(item, deps);
  } catch (error) {
    await applyEvent(item.outboxId, failed(unforeseen(error), false, deps));
    return 'done';
  }
}
