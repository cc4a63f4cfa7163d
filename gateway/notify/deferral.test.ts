/**
 * While notices wait for filing to pause (worker.ts `soon`), the worker sleeps until the pause or the
 * cap wakes it. It once asked the database "when is the next notice due?" about a thousand times a
 * second instead: the notice just filed was due, so each sleep was zero long, for the whole of a
 * home's backlog drain, taking the CPU the uploads needed (bench sync.drain_vs_bare_tus). Real
 * SQLite (the demo data), a real SMTP server; the notice still goes once the pause comes (001).
 */
import type { KyselyPlugin } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { systemClock } from '../clock.ts';
import { openDatabase } from '../db/connection.ts';
import { copyDemoData } from '../testing/demo-data.ts';
import { tempFolder } from '../testing/temp.ts';
import { withUploadTables } from '../uploads/tables.ts';
import { smtpAt } from '../uploads/testing/gateway.ts';
import { smtpMailer } from './mailer.ts';
import { insertPendingNotice } from './queue.ts';
import { startSmtp } from './testing/smtp.ts';
import { createNotifier } from './worker.ts';

const temp = tempFolder('notify-deferral');
afterAll(() => temp.remove());

const quietLog = { info: () => undefined, warn: () => undefined, error: () => undefined };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

it('001: while a filed document’s notice waits for the pause, the worker does not keep asking the database; the notice goes at the pause, once', async () => {
  await copyDemoData(temp.dir);
  const db = openDatabase(temp.dir);
  const smtp = await startSmtp();
  let queries = 0;
  const counting: KyselyPlugin = {
    transformQuery: (args) => {
      queries += 1;
      return args.node;
    },
    transformResult: (args) => Promise.resolve(args.result),
  };
  const uploads = withUploadTables(db);
  const notifier = createNotifier(
    {
      db: uploads.withPlugin(counting),
      clock: systemClock,
      mailer: smtpMailer(smtpAt(smtp.port)),
      log: quietLog,
    },
    // A short poll, as on a busy gateway where something wakes the worker while notices wait.
    { quietMs: 1_500, maxDeferMs: 30_000, pollMs: 100 },
  );
  try {
    notifier.start();
    await sleep(300); // its start-up sweep, over an empty queue
    const filed = await db
      .selectFrom('documents')
      .innerJoin('children', 'children.id', 'documents.child_id')
      .innerJoin('teams', 'teams.id', 'children.team_id')
      .innerJoin('social_workers', 'social_workers.team_id', 'teams.id')
      .select(['documents.id as documentId', 'children.id as childId', 'teams.id as teamId', 'teams.name'])
      .select(['teams.duty_inbox_email as dutyInboxEmail', 'social_workers.id as workerId'])
      .select(['social_workers.name as workerName', 'social_workers.email as workerEmail'])
      .executeTakeFirstOrThrow();
    await uploads.transaction().execute((trx) =>
      insertPendingNotice(trx, {
        documentId: filed.documentId,
        childId: filed.childId,
        worker: { id: filed.workerId, name: filed.workerName, email: filed.workerEmail },
        team: { id: filed.teamId, name: filed.name, dutyInboxEmail: filed.dutyInboxEmail },
        notice: { subject: 'A document was uploaded', body: 'Title: deferral test' },
        at: new Date(),
      }),
    );
    notifier.soon();
    queries = 0;
    await sleep(1_000); // within the pause
    expect(queries).toBeLessThanOrEqual(2);
    expect(smtp.messages).toHaveLength(0);
    const end = Date.now() + 10_000;
    while (smtp.messages.length === 0 && Date.now() < end) await sleep(50);
    await sleep(300); // time to (wrongly) send it twice
    expect(smtp.messages.map((m) => m.to)).toEqual([[filed.workerEmail]]);
  } finally {
    await notifier.stop();
    await smtp.close();
    await db.destroy();
  }
}, 30_000);
