/**
 * Group uploads (issue 8; guidance 004 "The Group allows you to select which children the
 * information should be recorded on"): ONE outbox item files one document on each chosen member's
 * record, exactly once each, with the group marker; each allocated social worker is told once,
 * naming all their children it concerns; each copy is audited against its child. Real gateway,
 * real SQLite, real tus-js-client, real SMTP test server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStatus, type UploadMetadata } from '../../shared/api/uploads.ts';
import type { GroupTables } from '../groups/tables.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../notify/testing/smtp.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf } from './testing/files.ts';
import { smtpAt, startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { metadataFor, sendUpload } from './testing/tus-client.ts';

const temp = tempFolder('group-upload');
let smtp: TestSmtp;
let gateway: UploadGateway;
let priya: string;

const KOFI = 'child-kofi-mensah';
const AMA = 'child-ama-mensah-clarke';
const YAW = 'child-yaw-mensah'; // placed at Harbour View: does not exist for Larchfield House
const GROUP_TITLE = (what: string) => `Mensah, Mensah-Clarke BN12 6RD - ${what} - 31/10/2026`;

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startUploadGateway(temp.dir, { smtp: smtpAt(smtp.port) });
  priya = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
}, 60_000);

afterAll(async () => {
  await gateway.close();
  await smtp.close();
  temp.remove();
});

async function groupItem(what: string, childIds: string[], overrides: Partial<UploadMetadata> = {}) {
  const pdf = await samplePdf(`Mensah family ${what}`);
  const meta = metadataFor(pdf, childIds[0] ?? '', {
    documentType: 'support-plan',
    title: GROUP_TITLE(what),
    groupChildIds: childIds.join(','),
    ...overrides,
  });
  return { pdf, meta };
}

const copies = (outboxId: string) =>
  gateway.db
    .withTables<GroupTables>()
    .selectFrom('documents')
    .select(['child_id', 'sibling_group_id', 'group_entry_id', 'title'])
    .where('outbox_id', '=', outboxId)
    .orderBy('child_id')
    .execute();

async function mailsAbout(title: string, count: number): Promise<ReceivedMail[]> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.messages.filter((m) => m.text.includes(`Title: ${title}`));
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} emails about ${title}`);
}

/** The "notified" audit events of an item's copies, as "child recipient", once `count` are held. */
async function notifiedAudit(outboxId: string, count: number): Promise<string[]> {
  const documents = await gateway.db
    .selectFrom('documents')
    .select('id')
    .where('outbox_id', '=', outboxId)
    .execute();
  for (let i = 0; i < 100; i++) {
    const rows = await gateway.db
      .selectFrom('audit_events')
      .select(['child_id', 'detail'])
      .where('action', '=', 'upload-notified')
      .where((eb) => eb.or(documents.map((d) => eb('detail', 'like', `${d.id} %`))))
      .execute();
    if (rows.length >= count) {
      return rows.map((r) => `${r.child_id ?? '-'} ${(r.detail ?? '').replace(/^\S+ /, '')}`).sort();
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} notified events for ${outboxId}`);
}

describe('issue 8: one group item, one document on each chosen member’s record', () => {
  it('files once on Kofi’s and Ama’s records, marked as a group document, and sending again adds nothing', async () => {
    const { pdf, meta } = await groupItem('Sibling contact plan', [KOFI, AMA]);
    expect(await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta })).toMatchObject({
      ok: true,
    });
    const status = UploadStatus.parse(
      (await call(gateway.url, 'GET', `/api/v1/outbox/${meta.outboxId}`, { token: priya })).body,
    );
    expect(status.state).toBe('received');
    expect(await copies(meta.outboxId)).toEqual([
      { child_id: AMA, sibling_group_id: 'group-mensah', group_entry_id: meta.outboxId, title: meta.title },
      { child_id: KOFI, sibling_group_id: 'group-mensah', group_entry_id: meta.outboxId, title: meta.title },
    ]);
    // The device sends the same item again (its answer was lost): refused, still one copy each.
    const again = await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta });
    expect(again).toMatchObject({ ok: false, status: 409 });
    expect(await copies(meta.outboxId)).toHaveLength(2);

    // 001: each copy is audited against its child.
    const audited = await gateway.db
      .selectFrom('audit_events')
      .select('child_id')
      .where('action', '=', 'upload')
      .where('detail', 'like', `% group item ${meta.outboxId}`)
      .orderBy('child_id')
      .execute();
    expect(audited.map((a) => a.child_id)).toEqual([AMA, KOFI]);
  });

  it('their one social worker is told once, in one email naming both children', async () => {
    const { pdf, meta } = await groupItem('Education plan', [KOFI, AMA]);
    await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta });
    const [mail, ...more] = await mailsAbout(meta.title, 1);
    expect(more).toEqual([]);
    // The queue holds one notice for the item, so no second email can follow.
    const notices = await gateway.db
      .selectFrom('notifications')
      .innerJoin('documents', 'documents.id', 'notifications.document_id')
      .select('notifications.recipient_email')
      .where('documents.outbox_id', '=', meta.outboxId)
      .execute();
    expect(notices).toEqual([{ recipient_email: 'james.whitlock@council.example' }]);
    expect(mail?.to).toEqual(['james.whitlock@council.example']);
    expect(mail?.text).toContain(
      'Children: Kofi Mensah (Mosaic ref. 4107732); Ama Mensah-Clarke (Mosaic ref. 4107745)',
    );
    // Issue 7: one notice, audited once per child it told of.
    expect(await notifiedAudit(meta.outboxId, 2)).toEqual([
      `${AMA} to the social worker James Whitlock`,
      `${KOFI} to the social worker James Whitlock`,
    ]);
  });

  it('children with different workers: each worker is told once, about their own child only', async () => {
    await gateway.db
      .updateTable('children')
      .set({ social_worker_id: 'sw-nadia-rahman' })
      .where('id', '=', AMA)
      .execute();
    try {
      const { pdf, meta } = await groupItem('Health plan', [AMA, KOFI]);
      await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta });
      const mails = await mailsAbout(meta.title, 2);
      const byRecipient = Object.fromEntries(mails.map((m) => [m.to.join(','), m.text]));
      expect(Object.keys(byRecipient).sort()).toEqual([
        'james.whitlock@council.example',
        'nadia.rahman@council.example',
      ]);
      expect(byRecipient['nadia.rahman@council.example']).toContain('Child: Ama Mensah-Clarke');
      expect(byRecipient['nadia.rahman@council.example']).not.toContain('Kofi');
      expect(byRecipient['james.whitlock@council.example']).toContain('Child: Kofi Mensah');
      expect(byRecipient['james.whitlock@council.example']).not.toContain('Ama');
      // Issue 7: each child's notice is audited against that child, naming whom it told, even
      // though Ama's allocation changes back straight after (kept when queued, migration 1100).
      expect(await notifiedAudit(meta.outboxId, 2)).toEqual([
        `${AMA} to the social worker Nadia Rahman`,
        `${KOFI} to the social worker James Whitlock`,
      ]);
    } finally {
      await gateway.db
        .updateTable('children')
        .set({ social_worker_id: 'sw-james-whitlock' })
        .where('id', '=', AMA)
        .execute();
    }
  });

  it('a sibling placed elsewhere cannot be chosen: 404 as for any unknown child, and nothing is stored', async () => {
    const { pdf, meta } = await groupItem('Contact plan', [KOFI, YAW]);
    const sent = await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta });
    expect(sent).toMatchObject({ ok: false, status: 404 });
    expect(await copies(meta.outboxId)).toEqual([]);
  });

  it('004: a group document is named after the group, and a child outside the group cannot be added', async () => {
    const named = await groupItem('Plan', [KOFI, AMA], { title: 'Kofi Mensah - Plan - 31/10/2026' });
    const wrongName = await sendUpload({
      base: gateway.url,
      token: priya,
      bytes: named.pdf,
      metadata: named.meta,
    });
    expect(wrongName).toMatchObject({ ok: false, status: 400 });
    const outsider = await groupItem('Plan', [KOFI, 'child-leo-hartley']);
    const notSibling = await sendUpload({
      base: gateway.url,
      token: priya,
      bytes: outsider.pdf,
      metadata: outsider.meta,
    });
    expect(notSibling).toMatchObject({ ok: false, status: 400 });
    expect(await copies(named.meta.outboxId)).toEqual([]);
    expect(await copies(outsider.meta.outboxId)).toEqual([]);
  });
});
