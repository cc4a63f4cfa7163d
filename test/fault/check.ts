/**
 * The Jepsen-style check at the end of a fault lifetime (issue 4 "Proof"; DOMAIN.md "Uploads": never
 * lost, never filed twice; guidance 001: the social worker always hears). The truth is what the
 * gateway keeps, never what the device believes: for every item the manager was told is "saved on
 * this computer", the gateway's SQLite file must hold exactly one document with that outbox id,
 * whose recorded SHA-256 and whose stored bytes (hashed again here) are the bytes queued, with
 * exactly one notification, which the SMTP server received. A group item (issue 8) is judged per
 * child record: exactly one document with its outbox id on EACH chosen member's record (lost,
 * duplicated and corrupted count per child), and exactly one notice per allocated worker (or duty
 * inbox) of those children, the email received.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { z } from 'zod';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { openFileStore } from '../../gateway/files/store.ts';
import type { ReceivedMail } from '../../gateway/notify/testing/smtp.ts';
import { CHILDREN } from '../../gateway/seed/children.ts';
import { SOCIAL_WORKERS, TEAMS } from '../../gateway/seed/people.ts';
import { sha256OfFile } from '../../gateway/uploads/checksum.ts';
import { emptyVerdict } from './tally.ts';

/** An item whose `enqueue` resolved ok: the manager was told it is saved. */
export interface Told {
  outboxId: string;
  sha256: string;
  size: number;
  /** The records it is filed on: one child, or a group item's members (issue 8). */
  childIds: string[];
  /** Device and run, for the report. */
  where: string;
}

export interface Verdict {
  lost: number;
  duplicated: number;
  corrupted: number;
  /** Documents with no notification, or more than one. */
  notificationsMissing: number;
  notificationsDuplicated: number;
  /** Notifications the SMTP server never received. */
  emailsMissing: number;
  /**
   * The same notification received twice (same Message-ID): the gateway was killed after the mail
   * server took it and before it recorded that. Recipients' mail systems drop the repeat.
   */
  emailsRepeated: number;
  /** Documents from outbox ids no manager was told about. */
  unexpected: number;
  problems: string[];
}

const DocumentRow = z.object({
  id: z.string(),
  outbox_id: z.string(),
  child_id: z.string(),
  file_sha256: z.string(),
});
const NotificationRow = z.object({
  id: z.string(),
  document_id: z.string(),
  state: z.string(),
  recipient_email: z.string(),
});

/** Who must hear about a child's new document (001): their allocated worker, else the team's duty inbox. */
export function recipientOf(childId: string): string {
  const child = CHILDREN.find((c) => c.id === childId);
  const worker = SOCIAL_WORKERS.find((w) => w.id === child?.social_worker_id);
  const team = TEAMS.find((t) => t.id === child?.team_id);
  return worker?.email ?? team?.duty_inbox_email ?? `unknown recipient for ${childId}`;
}

function readGateway(dataDir: string) {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const documents = z
      .array(DocumentRow)
      .parse(
        db
          .prepare('select id, outbox_id, child_id, file_sha256 from documents where outbox_id is not null')
          .all(),
      );
    const notifications = z
      .array(NotificationRow)
      .parse(db.prepare('select id, document_id, state, recipient_email from notifications').all());
    return { documents, notifications };
  } finally {
    db.close();
  }
}

/** How many of `told` the gateway holds on every record, and how many of their notices are not yet sent. */
export function progress(dataDir: string, told: readonly Told[]): { stored: number; unsent: number } {
  const { documents, notifications } = readGateway(dataDir);
  const filed = new Set(documents.map((d) => `${d.outbox_id} ${d.child_id}`));
  const stored = told.filter((t) => t.childIds.every((c) => filed.has(`${t.outboxId} ${c}`))).length;
  const ids = new Set(told.map((t) => t.outboxId));
  const ours = new Set(documents.filter((d) => ids.has(d.outbox_id)).map((d) => d.id));
  const unsent = notifications.filter((n) => ours.has(n.document_id) && n.state !== 'sent').length;
  return { stored, unsent };
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

export async function judge(
  dataDir: string,
  mail: readonly ReceivedMail[],
  told: readonly Told[],
): Promise<Verdict> {
  const { documents, notifications } = readGateway(dataDir);
  const files = openFileStore(dataDir);
  const byOutbox = groupBy(documents, (d) => d.outbox_id);
  const byDocument = groupBy(notifications, (n) => n.document_id);
  const emails = groupBy(mail, (m) => m.headers.get('message-id') ?? '');
  const verdict = emptyVerdict();
  const problem = (what: string, item: Told) =>
    verdict.problems.push(`${what}: outbox ${item.outboxId} (${item.size} bytes, ${item.where})`);

  for (const item of told) {
    const found = byOutbox.get(item.outboxId) ?? [];
    // Per child record: exactly one copy on each chosen record, none on any other.
    for (const childId of item.childIds) {
      const copies = found.filter((d) => d.child_id === childId);
      if (copies.length === 0) {
        verdict.lost += 1;
        problem(`lost on ${childId}'s record`, item);
      }
      if (copies.length > 1) {
        verdict.duplicated += 1;
        problem(`filed ${copies.length} times on ${childId}'s record`, item);
      }
    }
    for (const stray of found.filter((d) => !item.childIds.includes(d.child_id))) {
      verdict.unexpected += 1;
      problem(`filed on ${stray.child_id}'s record, which was not chosen`, item);
    }
    for (const document of found) {
      const stored = await sha256OfFile(files.pathOf(document.file_sha256)).catch(() => 'missing');
      if (document.file_sha256 !== item.sha256 || stored !== item.sha256) {
        verdict.corrupted += 1;
        problem(
          `corrupted on ${document.child_id}'s record (recorded ${document.file_sha256}, stored bytes ${stored})`,
          item,
        );
      }
    }
    if (found.length === 0) continue;
    // One notice per worker (or duty inbox) of the chosen children, however many of theirs it concerns.
    const notices = found.flatMap((d) => byDocument.get(d.id) ?? []);
    const expected = [...new Set(item.childIds.map(recipientOf))];
    for (const recipient of expected) {
      const theirs = notices.filter((n) => n.recipient_email === recipient);
      if (theirs.length === 0) verdict.notificationsMissing += 1;
      if (theirs.length > 1) verdict.notificationsDuplicated += 1;
      if (theirs.length !== 1) problem(`${theirs.length} notifications to ${recipient}`, item);
    }
    for (const notice of notices) {
      if (!expected.includes(notice.recipient_email)) {
        verdict.unexpected += 1;
        problem(`notification to ${notice.recipient_email}, who has none of these children`, item);
      }
      const received = emails.get(`<notification-${notice.id}@council.example>`)?.length ?? 0;
      if (received === 0) {
        verdict.emailsMissing += 1;
        problem(`notification ${notice.id} (${notice.state}) never emailed`, item);
      }
      if (received > 1) verdict.emailsRepeated += 1;
    }
  }
  const toldIds = new Set(told.map((t) => t.outboxId));
  for (const document of documents.filter((d) => !toldIds.has(d.outbox_id))) {
    verdict.unexpected += 1;
    verdict.problems.push(`unexpected document ${document.id} from outbox ${document.outbox_id}`);
  }
  return verdict;
}

/** Lost, duplicated or corrupted anything, or a social worker not told exactly once. */
export const failed = (v: Verdict): boolean =>
  v.lost +
    v.duplicated +
    v.corrupted +
    v.notificationsMissing +
    v.notificationsDuplicated +
    v.emailsMissing +
    v.unexpected >
  0;
