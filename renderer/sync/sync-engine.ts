/**
 * The sync engine (issue 4): while the app is open and online it sends what waits in the outbox,
 * oldest first, "whoever is signed in or none (items keep their uploader)".
 * An item signed when it was queued carries its own credential, and the gateway files it in the
 * name of the person who queued it (guidance 000: nobody uploads in another's name); an unsigned
 * one (queued before upload keys) waits for its uploader's own online session (item-credentials.ts).
 *
 * It wakes when: it starts, the browser comes back online, the gateway answers again, or someone
 * signs in (then it also tries items that need attention, and ignores the backoff: the reason for
 * waiting may be gone), the outbox changes (this tab or another), or an item's backoff ends; with
 * nothing to send, every HOUSEKEEPING_MS, when it also tidies what the device no longer needs
 * (sync-contact.ts, 003). Only one tab sends at a time (a Web Lock), so two tabs never send the same
 * item at once; that tab sends a few items at once (decide.ts MAX_IN_FLIGHT), each on its own: one
 * item's refusal or retry never touches another.
 */
import { onOutboxChanged, setCancelCheck, type CancelCheck } from '../outbox/outbox-signals.ts';
import { dropReceivedBytes, readAllItems, readItem } from '../outbox/item-store.ts';
import type { ParsedItemRow } from '../outbox/outbox-rows.ts';
import { askStatus } from './gateway-status.ts';
import { openMeta } from '../outbox/read-items.ts';
import { credentialsFor, type SessionAccess } from './item-credentials.ts';
import { mayStart } from './decide.ts';
import { neverTried } from '../outbox/item-status.ts';
import { processItem, type ItemDeps, type ItemResult } from './process-item.ts';
import { emitSyncEvent } from './sync-events.ts';
import { PATCH_BYTES, type RunningSend } from './tus-send.ts';
import { readItemToSend } from './sealed-body.ts';

export interface EngineDeps {
  gatewayUrl(): string | null;
  getAccessToken(): Promise<string | null>;
  /** After a 401: true when a fresh token is now available. */
  refreshAccess(): Promise<boolean>;
  signedInStaffId(): string | null;
  /** Calls `listener` when someone signs in or out; returns the unsubscribe. */
  onSessionChange(listener: () => void): () => void;
  isOnline(): boolean;
  /**
   * Calls `listener` when the gateway answers again after it did not (the app's connection check):
   * often with no browser "online" event, as when a home's line or VPN comes back. Returns the unsubscribe.
   */
  onGatewayBack?(listener: () => void): () => void;
  random(): number;
  /**
   * What the device tidies at each sync contact (sync-contact.ts, 003): run on eager rounds (start,
   * online, sign-in) and at least every HOUSEKEEPING_MS while online, even with nothing to send.
   */
  tidy?(): Promise<void>;
  /** When a round's sending is over: what tidying left to do in the background (sync-contact.ts). */
  afterSending?(): void;
  /** How long a send may go without a byte or an answer (tus-send.ts STALL_MS when absent). */
  stallMs?: number;
}

export interface SyncEngine {
  /** Run a round now (e.g. after a test changed something). Resolves when that round ended. */
  runNow(): Promise<void>;
  stop(): void;
}

/** The item being worked on, so a cancel can stop it and wait until the engine let go of it. */
interface Working {
  outboxId: string;
  send: RunningSend | null;
  done: Promise<unknown>;
}

const LOCK_NAME = 'hearth-outbox-sync';

const sessionOf = (deps: EngineDeps): SessionAccess => ({
  accessToken: deps.getAccessToken,
  refreshAccess: deps.refreshAccess,
  signedInStaffId: deps.signedInStaffId,
});
/** Look again at least this often, in case a wake-up was missed (e.g. a sleeping laptop's timers). */
const MAX_SLEEP_MS = 60_000;
/** With nothing to send, still make contact this often, so a departed child's data goes (003). */
export const HOUSEKEEPING_MS = 15 * 60_000;
/** Never look again sooner than this: a round that changed nothing must not spin. */
const MIN_SLEEP_MS = 500;

function isDue(item: ParsedItemRow, now: number, eager: boolean): boolean {
  if (item.state === 'notified') return false;
  if (item.state === 'needs-attention') return eager;
  return eager || item.nextAttemptAt === null || Date.parse(item.nextAttemptAt) <= now;
}

/** Work left for the engine: anything the council does not have yet. */
const waiting = (item: ParsedItemRow): boolean => item.state !== 'received' && item.state !== 'notified';

export function createSyncEngine(deps: EngineDeps): SyncEngine {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again: boolean | null = null; // null: no round asked for; true: an eager one
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The items being sent now, by outbox id. */
  const current = new Map<string, Working>();
  const held = new Set<string>();
  /** Items the last round found nobody here can carry now (unsigned; uploader not signed in). */
  const waits = new Set<string>();
  let sentSinceDrained = 0;
  /** Items the council got since their bytes were last deleted (item-store.ts dropReceivedBytes). */
  const receivedHere = new Set<string>();
  let tidiedAt = -Infinity;

  async function tidy(eager: boolean): Promise<void> {
    if (!deps.tidy || (!eager && Date.now() - tidiedAt < HOUSEKEEPING_MS)) return;
    tidiedAt = Date.now();
    // A failed tidy is tried again at the next contact; it must never hold up sending.
    await deps.tidy().catch(() => undefined);
  }

  /** One item, start to end of its try; counts it toward "drained" when the council now has it. */
  async function carry(
    item: ParsedItemRow,
    sealed: Blob | null | undefined,
    gatewayUrl: string,
    signals: Pick<ItemDeps, 'onLineFree' | 'onAnswered'> = {},
  ): Promise<ItemResult> {
    const wasWaiting = waiting(item);
    const working: Working = { outboxId: item.outboxId, send: null, done: Promise.resolve() };
    const processing = processItem(item, {
      ...sessionOf(deps),
      gatewayUrl,
      sealed,
      random: deps.random,
      stallMs: deps.stallMs,
      onSending: (send) => {
        working.send = send;
        // A cancel arrived while the gateway was being asked: stop before any byte goes.
        if (send && held.has(item.outboxId)) send.abort();
      },
      ...signals,
    });
    working.done = processing.catch(() => undefined);
    current.set(item.outboxId, working);
    const result = await processing.finally(() => current.delete(item.outboxId));
    // Only a try that recorded the council's receipt moves an item out of waiting: no read to know.
    if (wasWaiting && result === 'received') {
      sentSinceDrained += 1;
      receivedHere.add(item.outboxId);
    }
    if (result === 'waits') waits.add(item.outboxId);
    return result;
  }

  async function oneRound(eager: boolean): Promise<void> {
    const gatewayUrl = deps.gatewayUrl();
    if (!gatewayUrl || !deps.isOnline()) return;
    waits.clear();
    // Forgetting departed children asks the gateway as someone signed in online (003).
    if (deps.signedInStaffId() && (await deps.getAccessToken())) await tidy(eager);
    const { items } = await readAllItems();
    const due = items.filter((item) => isDue(item, Date.now(), eager));
    // Items holding one of the round's places (decide.ts MAX_IN_FLIGHT): one gives its place up when
    // the gateway has answered its last bytes, while the answer is still being written here, so the
    // line is not left idle for that write and the next item's reads (bench sync.drain_vs_bare_tus).
    const inFlight = new Map<string, Promise<void>>();
    // Every try started this round, to its end: the round ends when all are written.
    const started: Promise<void>[] = [];
    // Big items whose bytes are still going up the line (decide.ts mayStart): one leaves this set at
    // its last byte, so the next big one starts while the gateway checks and files the last.
    const onTheLine = new Map<string, Promise<void>>();
    let stopRound = false;
    const hasRoom = (size: number) =>
      mayStart({ count: inFlight.size, bigOnes: onTheLine.size }, size, PATCH_BYTES);
    /** Holds a place in `places` until the returned function is called (once is enough). */
    const hold = (places: Map<string, Promise<void>>, id: string): (() => void) => {
      let free = (): void => undefined;
      places.set(
        id,
        new Promise<void>((resolve) => (free = resolve)).then(() => void places.delete(id)),
      );
      return () => free();
    };
    // The next item is read while the places are full: its read is then off the line's idle time.
    const readAt = (index: number) => {
      const listed = due[index];
      const read = listed ? readItemToSend(listed.outboxId) : Promise.resolve(null);
      read.catch(() => undefined); // awaited below, or not at all when the round ends first
      return read;
    };
    let reading = readAt(0);
    for (const [index, listed] of due.entries()) {
      const read = reading;
      reading = read.then(() => readAt(index + 1));
      reading.catch(() => undefined);
      while (inFlight.size > 0 && !hasRoom(listed.size))
        await Promise.race([...inFlight.values(), ...onTheLine.values()]);
      if (stopped || stopRound || !deps.isOnline()) break;
      const toSend = await read;
      const item = toSend?.item;
      if (!item || held.has(item.outboxId) || current.has(item.outboxId) || !isDue(item, Date.now(), eager))
        continue;
      const lineFree = item.size > PATCH_BYTES ? hold(onTheLine, item.outboxId) : () => undefined;
      const placeFree = hold(inFlight, item.outboxId);
      const work = carry(item, toSend.sealed, gatewayUrl, { onLineFree: lineFree, onAnswered: placeFree })
        // A failure of the device's own storage ends the round, as a refused session does.
        .then(
          (result) => result === 'stop-round',
          () => true,
        )
        .then((stop) => {
          stopRound ||= stop;
          placeFree();
          lineFree();
        });
      started.push(work);
    }
    await Promise.all(started);
  }

  async function afterRound(): Promise<void> {
    const { items } = await readAllItems();
    if (sentSinceDrained > 0 && !items.some(waiting)) {
      emitSyncEvent({ type: 'drained', sent: sentSinceDrained });
      sentSinceDrained = 0;
    }
    // 003: the bytes of what the council now has go, once the round's sending is over.
    const received = [...receivedHere];
    receivedHere.clear();
    await dropReceivedBytes(received).catch(() => undefined); // housekeeping sweeps what this missed
    deps.afterSending?.();
    // An item nobody here can carry wakes the engine when its uploader signs in, not by the clock.
    const wakes = items
      .filter(
        (item) => !waits.has(item.outboxId) && item.state !== 'notified' && item.state !== 'needs-attention',
      )
      .map((item) => (item.nextAttemptAt ? Date.parse(item.nextAttemptAt) : Date.now()));
    clearTimeout(timer);
    if (stopped || (wakes.length === 0 && !deps.tidy)) return;
    const sleep =
      wakes.length === 0
        ? HOUSEKEEPING_MS
        : Math.min(MAX_SLEEP_MS, Math.max(MIN_SLEEP_MS, Math.min(...wakes) - Date.now()));
    timer = setTimeout(() => void kick(false), sleep);
  }

  async function round(eager: boolean): Promise<void> {
    const work = async () => {
      try {
        await oneRound(eager);
      } finally {
        await afterRound();
      }
    };
    // Another tab holds the lock: it is sending, and it hears the same wake-ups.
    if (typeof navigator !== 'undefined' && navigator.locks) {
      await navigator.locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => (lock ? work() : undefined));
    } else {
      await work();
    }
  }

  function kick(eager: boolean): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = (again ?? false) || eager;
      return running;
    }
    running = round(eager)
      .catch(() => undefined) // a failed round is retried at the next wake-up; items keep their state
      .finally(() => {
        running = null;
        if (again !== null) {
          const eagerAgain = again;
          again = null;
          void kick(eagerAgain);
        }
      });
    return running;
  }

  const cancelCheck: CancelCheck = async (outboxId) => {
    held.add(outboxId);
    const release = () => held.delete(outboxId);
    const working = current.get(outboxId);
    if (working) {
      working.send?.abort();
      await working.done;
    }
    const item = await readItem(outboxId);
    // Not being sent, and never tried: nothing of it can have reached the gateway. One that was
    // being sent may have, whatever its row says (its first answer may not be written yet).
    if (!working && item && neverTried(item)) return { answer: 'may-cancel', release };
    const credentials = item && credentialsFor(item, await openMeta(item), sessionOf(deps));
    const header = credentials && (await credentials.header());
    const answer = header ? await askStatus(outboxId, header) : null;
    if (!answer || answer.kind !== 'status') return { answer: 'cannot-check', release };
    return { answer: answer.status.state === 'received' ? 'received' : 'may-cancel', release };
  };

  const onOnline = () => void kick(true);
  const unsubscribeOutbox = onOutboxChanged(() => void kick(false));
  const unsubscribeSession = deps.onSessionChange(() => void kick(true));
  const unsubscribeGateway = deps.onGatewayBack?.(onOnline) ?? (() => undefined);
  globalThis.addEventListener?.('online', onOnline);
  setCancelCheck(cancelCheck);
  void kick(true);

  return {
    runNow: () => kick(false),
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const working of current.values()) working.send?.abort();
      unsubscribeOutbox();
      unsubscribeSession();
      unsubscribeGateway();
      globalThis.removeEventListener?.('online', onOnline);
      setCancelCheck(null);
    },
  };
}
