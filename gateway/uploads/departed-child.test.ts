/**
 * Issue 7 "Minimisation and retention" (003): "When a child leaves, ... items already queued for
 * them are still sent." The gateway judges the child's placement at the item's `queuedAt`, within
 * bounds (queued-placement.ts): not after they left, not in the future, and arriving within the
 * offline window (HEARTH_OFFLINE_DAYS, 7 in the tests) after they left. A child never placed in the
 * home stays a 404. Real gateway over HTTP, real SQLite, real tus-js-client, real SMTP server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/errors.ts';
import { UPLOADS_PATH, UploadStatus, type UploadMetadata } from '../../shared/api/uploads.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../notify/testing/smtp.ts';
import { NO_SUCH_CHILD } from '../routes/records.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf } from './testing/files.ts';
import { smtpAt, startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { metadataFor, sendUpload, type SendResult } from './testing/tus-client.ts';

const temp = tempFolder('departed-child');
let smtp: TestSmtp;
let gateway: UploadGateway;
let priya: string;

const LEO = 'child-leo-hartley';
const KOFI = 'child-kofi-mensah';
const AMA = 'child-ama-mensah-clarke';
/** The tests' day is 25/11/2026 (TEST_NOW): Leo and Ama leave Larchfield House that day. */
const LEFT_ON = '2026-11-25';

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startUploadGateway(temp.dir, { smtp: smtpAt(smtp.port) });
  priya = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
  await gateway.db
    .updateTable('children')
    .set({ placement_end: LEFT_ON })
    .where('id', 'in', [LEO, AMA])
    .execute();
}, 60_000);

afterAll(async () => {
  await gateway.close();
  await smtp.close();
  temp.remove();
});

const errorOf = (result: SendResult) => (result.ok ? null : ApiError.parse(JSON.parse(result.body)));

async function leoItem(what: string, queuedAt: string, overrides: Partial<UploadMetadata> = {}) {
  const pdf = await samplePdf(`Leo Hartley ${what}`);
  const meta = metadataFor(pdf, LEO, {
    title: `Leo Hartley - ${what} - 24/11/2026`,
    completedOn: '2026-11-24',
    queuedAt,
    ...overrides,
  });
  return {
    pdf,
    meta,
    send: () => sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta }),
  };
}

const documentsFor = (outboxId: string) =>
  gateway.db.selectFrom('documents').select(['child_id']).where('outbox_id', '=', outboxId).execute();

async function mailsAbout(title: string, count: number): Promise<ReceivedMail[]> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.messages.filter((m) => m.text.includes(`Title: ${title}`));
    if (found.length >= count) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`fewer than ${count} emails about ${title}`);
}

describe('003: an item queued before the child left is still sent', () => {
  it('003: queued while Leo was placed, he left since: filed once on his record and his social worker is told', async () => {
    const item = await leoItem('Keyworker monthly report November', '2026-11-24T16:00:00.000Z');
    expect(await item.send()).toMatchObject({ ok: true });
    expect(await documentsFor(item.meta.outboxId)).toEqual([{ child_id: LEO }]);
    const mails = await mailsAbout(item.meta.title, 1);
    expect(mails).toHaveLength(1);

    // Sent again (a lost answer): still one document, and the device's HEAD hears "complete", not 404.
    const again = await item.send();
    expect(again).toMatchObject({ ok: false, status: 409 });
    expect(await documentsFor(item.meta.outboxId)).toHaveLength(1);
    const head = await fetch(`${gateway.url}${UPLOADS_PATH}/${item.meta.outboxId}`, {
      method: 'HEAD',
      headers: { authorization: `Bearer ${priya}`, 'tus-resumable': '1.0.0' },
    });
    expect(head.status).toBe(200);
    expect(head.headers.get('upload-offset')).toBe(String(item.pdf.length));
    const status = UploadStatus.parse(
      (await call(gateway.url, 'GET', `/api/v1/outbox/${item.meta.outboxId}`, { token: priya })).body,
    );
    expect(status.state).toBe('received');
  });

  it('003/004: a group item queued while both were placed is filed on Kofi and on Ama, who left since', async () => {
    const pdf = await samplePdf('Mensah family contact plan');
    const meta = metadataFor(pdf, KOFI, {
      documentType: 'support-plan',
      title: 'Mensah, Mensah-Clarke BN12 6RD - Contact plan - 24/11/2026',
      completedOn: '2026-11-24',
      groupChildIds: [KOFI, AMA].join(','),
      queuedAt: '2026-11-24T18:00:00.000Z',
    });
    expect(await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta })).toMatchObject({
      ok: true,
    });
    const filed = (await documentsFor(meta.outboxId)).map((d) => d.child_id).sort();
    expect(filed).toEqual([AMA, KOFI].sort());
  });
});

describe('003: the bounds, so a device cannot reopen a departed child’s record', () => {
  it('003: queued after Leo left: refused with the reason in words, nothing filed', async () => {
    const item = await leoItem('Keyworker monthly report late', '2026-11-25T09:30:00.000Z');
    const sent = await item.send();
    expect(sent).toMatchObject({ ok: false, status: 403 });
    expect(errorOf(sent)?.message).toContain('left this home on 25/11/2026');
    expect(errorOf(sent)?.message).toContain('after they left');
    expect(await documentsFor(item.meta.outboxId)).toEqual([]);
  });

  it('003: a queued time later than the gateway’s clock is not believed for a child who has left', async () => {
    const item = await leoItem('Keyworker monthly report future', '2026-12-01T09:00:00.000Z');
    const sent = await item.send();
    expect(sent).toMatchObject({ ok: false, status: 403 });
    expect(errorOf(sent)?.message).toContain("check the computer's date and time");
  });

  it('003: Ethan left on 30/06/2026, beyond the 7-day offline window: refused even though queued while placed', async () => {
    const pdf = await samplePdf('Ethan Brooks June report');
    const meta = metadataFor(pdf, 'child-ethan-brooks', {
      title: 'Ethan Brooks - Keyworker monthly report June - 20/06/2026',
      completedOn: '2026-06-20',
      queuedAt: '2026-06-20T10:00:00.000Z',
    });
    const sent = await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta });
    expect(sent).toMatchObject({ ok: false, status: 403 });
    expect(errorOf(sent)?.message).toContain('accepted until 07/07/2026 (7 days)');
    expect(await documentsFor(meta.outboxId)).toEqual([]);
  });

  it('001: a child never placed in this home (another home’s, an unknown id) is still a 404, whatever the queued time', async () => {
    for (const childId of ['child-maya-lindqvist', 'child-nobody']) {
      const item = await leoItem('Keyworker monthly report elsewhere', '2026-11-24T16:00:00.000Z', {
        childId,
      });
      const sent = await item.send();
      expect(sent).toMatchObject({ ok: false, status: 404 });
      expect(errorOf(sent)).toEqual({ error: 'not-found', message: NO_SUCH_CHILD });
    }
  });
});
