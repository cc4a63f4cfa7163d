/**
 * The social worker's notification list, read by the council's systems with a service token
 * (HEARTH_COUNCIL_API_TOKEN), and what happens with no mail server set up. Guidance 001: every
 * upload notifies the allocated social worker; the notice says who uploaded what, when, for which
 * child, and never carries the document.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WorkerNotificationList } from '../../shared/api/notifications.ts';
import { UploadStatus } from '../../shared/api/uploads.ts';
import { COUNCIL_API_OFF } from '../routes/notifications.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf } from '../uploads/testing/files.ts';
import { startUploadGateway, type UploadGateway } from '../uploads/testing/gateway.ts';
import { metadataFor, sendUpload } from '../uploads/testing/tus-client.ts';
import { NO_SMTP_REASON } from './worker.ts';

const temp = tempFolder('council-api');
const COUNCIL_TOKEN = 'council-service-token-0123456789abcdef0123456789abcdef';
let gateway: UploadGateway;
let priya: string;
let outboxId: string;
const title = 'Leo Hartley - Incident form: Safeguarding - 22/11/2026';

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir, { smtp: null, councilApiToken: COUNCIL_TOKEN });
  priya = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
  const pdf = await samplePdf('Safeguarding incident: private details');
  const meta = metadataFor(pdf, 'child-leo-hartley', {
    documentType: 'incident-safeguarding',
    title,
    completedOn: '2026-11-22',
  });
  outboxId = meta.outboxId;
  expect(await sendUpload({ base: gateway.url, token: priya, bytes: pdf, metadata: meta })).toMatchObject({
    ok: true,
  });
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const council = (path: string, token?: string) =>
  call(gateway.url, 'GET', path, token === undefined ? {} : { token });

describe('001: with no mail server set up, the notice waits and says why', () => {
  it('001: the notice stays "pending" with a last error naming the missing setting', async () => {
    let notification;
    for (let i = 0; i < 100 && notification?.lastError !== NO_SMTP_REASON; i++) {
      const status = UploadStatus.parse(
        (await call(gateway.url, 'GET', `/api/v1/outbox/${outboxId}`, { token: priya })).body,
      );
      notification = status.state === 'received' ? status.notification : undefined;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(notification).toMatchObject({
      state: 'pending',
      attempts: 0,
      sentAt: null,
      lastError: NO_SMTP_REASON,
    });
    expect(NO_SMTP_REASON).toContain('HEARTH_SMTP_HOST');
  });
});

describe('001: the social worker’s notification list for the council (service token)', () => {
  const nadia = '/api/v1/social-workers/sw-nadia-rahman/notifications';

  it('001: refuses a missing or wrong token, and a staff member’s sign-in token, with 401', async () => {
    expect((await council(nadia)).status).toBe(401);
    expect((await council(nadia, `${COUNCIL_TOKEN}x`)).status).toBe(401);
    expect((await council(nadia, priya)).status).toBe(401);
  });

  it('001: lists who uploaded what, when, for which child, never the document', async () => {
    const answer = await council(nadia, COUNCIL_TOKEN);
    expect(answer.status).toBe(200);
    const list = WorkerNotificationList.parse(answer.body);
    expect(list.socialWorker).toEqual({
      id: 'sw-nadia-rahman',
      name: 'Nadia Rahman',
      team: 'Children We Care For Team (North)',
    });
    const notice = list.notifications.find((n) => n.document.title === title);
    expect(notice).toMatchObject({
      state: 'pending',
      child: { id: 'child-leo-hartley', firstName: 'Leo', lastName: 'Hartley', mosaicId: '4021876' },
      document: {
        type: 'incident-safeguarding',
        typeLabel: 'Incident form: Safeguarding',
        completedOn: '2026-11-22',
      },
      attribution: 'Uploaded by Priya Shah, Registered Manager',
      home: { name: 'Larchfield House' },
    });
    expect(JSON.stringify(answer.body)).not.toContain('private details');
  });

  it('001: another worker’s list does not hold it; an unknown worker is 404; `since` leaves out older notices', async () => {
    const james = WorkerNotificationList.parse(
      (await council('/api/v1/social-workers/sw-james-whitlock/notifications', COUNCIL_TOKEN)).body,
    );
    expect(james.notifications.map((n) => n.document.title)).not.toContain(title);
    expect((await council('/api/v1/social-workers/sw-nobody/notifications', COUNCIL_TOKEN)).status).toBe(404);
    const later = await council(`${nadia}?since=2099-01-01T00:00:00.000Z`, COUNCIL_TOKEN);
    expect(WorkerNotificationList.parse(later.body).notifications).toEqual([]);
  });

  it('001: with no council token configured the route does not exist (404)', async () => {
    await gateway.close();
    gateway = await startUploadGateway(temp.dir, { smtp: null, councilApiToken: null });
    const answer = await council(nadia, COUNCIL_TOKEN);
    expect(answer).toMatchObject({ status: 404, body: { error: 'not-found', message: COUNCIL_API_OFF } });
  });
});
