/**
 * The gateway's notification worker: one loop that sends every due notice and retries failures with
 * backoff until the SMTP server accepts them (001: every upload notifies the social worker). At
 * start it tries every notice not yet sent, whatever its schedule, because a restart often follows
 * fixing the mail settings. It is woken as soon as an upload queues a notice, and otherwise sleeps
 * until the next notice falls due (at most `pollMs`). State lives only in the database (queue.ts).
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';
import type { UploadDatabase } from '../uploads/tables.ts';
import { DEFAULT_RETRY, retryDelay, type RetryPolicy } from './backoff.ts';
import type { Mailer } from './mailer.ts';
import { claimNotice, dueNotices, markFailed, markSent, markUnsendable, nextDueAt } from './queue.ts';
import { isoAfter } from '../clock.ts';

export const NO_SMTP_REASON =
  'Email is not set up on this gateway (HEARTH_SMTP_HOST is not set). The notice waits and is sent ' +
  'once the gateway is restarted with email set up.';

export interface NotifierOptions {
  retry?: RetryPolicy;
  /** The longest the worker sleeps before looking again (a notice queued elsewhere, a clock change). */
  pollMs?: number;
  /** `soon()`: how long filing must pause before notices go, and the longest one waits for that. */
  quietMs?: number;
  maxDeferMs?: number;
}

/**
 * Notices of filed documents wait for filing to pause, a second, and never more than ten: a home
 * sending its backlog after days offline gets its documents onto the records first. Each notice is
 * an SMTP send and two database writes; sent between the uploads they took the CPU the uploads
 * needed (bench sync.drain_vs_bare_tus, 1.39 against 1.26 measured side by side on this 2-core
 * machine). A social worker hears a few seconds later; the device is done sooner.
 */
export const NOTICE_QUIET_MS = 1_000;
export const NOTICE_MAX_DEFER_MS = 10_000;

export interface Notifier {
  start(): void;
  /** Something was queued: look now rather than at the next poll. */
  wake(): void;
  /** A document was filed: look once filing pauses (NOTICE_QUIET_MS), or NOTICE_MAX_DEFER_MS at the latest. */
  soon(): void;
  /** Finishes the attempt in progress, then stops. */
  stop(): Promise<void>;
}

interface Log {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Longer than one attempt can take (nodemailer's timeouts in mailer.ts), so a claim outlives its send. */
const LEASE_MS = 2 * 60_000;

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createNotifier(
  deps: { db: Kysely<UploadDatabase>; clock: Clock; mailer: Mailer | null; log: Log },
  options: NotifierOptions = {},
): Notifier {
  const { db, clock, mailer, log } = deps;
  const retry = options.retry ?? DEFAULT_RETRY;
  const pollMs = options.pollMs ?? 60_000;
  let running = false;
  let loop: Promise<void> | null = null;
  let woken = false;
  let interrupt: (() => void) | null = null;
  const quietMs = options.quietMs ?? NOTICE_QUIET_MS;
  const maxDeferMs = options.maxDeferMs ?? NOTICE_MAX_DEFER_MS;
  let quiet: NodeJS.Timeout | null = null;
  let deadline: NodeJS.Timeout | null = null;
  // While a `soon()` waits, the worker's regular looks send nothing either (they would send the
  // waiting notices in the middle of the uploads).
  const deferring = () => quiet !== null;
  const wake = () => {
    if (quiet) clearTimeout(quiet);
    if (deadline) clearTimeout(deadline);
    quiet = deadline = null;
    woken = true;
    interrupt?.();
  };

  async function attempt(notice: Awaited<ReturnType<typeof dueNotices>>[number]) {
    if (!mailer || !(await claimNotice(db, notice, clock(), LEASE_MS))) return;
    try {
      await mailer.send({
        notificationId: notice.id,
        to: notice.recipient_email,
        subject: notice.subject,
        text: notice.body,
      });
      await markSent(db, notice.id, clock());
      log.info({ notificationId: notice.id }, 'notification sent');
    } catch (error) {
      const attempts = notice.attempts + 1;
      const retryAt = isoAfter(clock(), retryDelay(retry, attempts));
      await markFailed(db, notice.id, describe(error), retryAt);
      log.warn(
        { notificationId: notice.id, attempts, retryAt, err: describe(error) },
        'notification not sent; will retry',
      );
    }
  }

  async function pass(everything: boolean) {
    if (!mailer) {
      const marked = await markUnsendable(db, NO_SMTP_REASON);
      if (marked > 0) log.warn({ notices: marked }, NO_SMTP_REASON);
      return;
    }
    // At start-up: one sweep over every unsent notice. Afterwards: whatever is due, until none is.
    for (let batch = await dueNotices(db, clock(), everything, everything ? 1000 : 20); batch.length > 0;) {
      for (const notice of batch) {
        if (!running) return;
        await attempt(notice);
      }
      if (everything) return;
      batch = await dueNotices(db, clock(), false);
    }
  }

  async function sleepUntilDue() {
    if (woken) return;
    // While a `soon()` waits, its own timers wake the worker. The notices it holds back are due, so
    // sleeping "until the next is due" would be no sleep at all: the loop asked the database about a
    // thousand times a second through a whole drain (deferral.test.ts).
    const next = deferring() || !mailer ? null : await nextDueAt(db);
    const untilDue = next === null ? pollMs : Date.parse(next) - clock().getTime();
    const wait = Math.max(0, Math.min(pollMs, untilDue));
    // A wake while the database was asked must not wait for the poll.
    if (woken) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, wait);
      interrupt = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    interrupt = null;
  }

  async function run() {
    let everything = true;
    while (running) {
      woken = false;
      try {
        if (everything || !deferring()) await pass(everything);
        everything = false;
        if (running) await sleepUntilDue();
      } catch (error) {
        // A database hiccup must not end the loop: say so and look again after a pause.
        log.error({ err: describe(error) }, 'notification worker pass failed');
        if (running) await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, 5_000)));
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    wake,
    soon() {
      if (quiet) clearTimeout(quiet);
      quiet = setTimeout(wake, quietMs);
      deadline ??= setTimeout(wake, maxDeferMs);
    },
    async stop() {
      running = false;
      if (quiet) clearTimeout(quiet);
      if (deadline) clearTimeout(deadline);
      interrupt?.();
      await loop;
      loop = null;
      mailer?.close();
    },
  };
}
