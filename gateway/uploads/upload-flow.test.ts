/**
 * The whole path of one upload over real HTTP: tus-js-client → gateway → document on the child's
 * record → email to the social worker through a real SMTP server. Guidance 001 "Recording
 * requirements": managers upload, and "must check they have sent a notification to the child's
 * social worker informing them that a new document has been uploaded".
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChildNotificationList } from '../../shared/api/notifications.ts';
import { DocumentList } from '../../shared/api/records.ts';
import {
  UPLOAD_STATUS_HEADER,
  UPLOADS_PATH,
  UploadStatus,
  type UploadMetadata,
} from '../../shared/api/uploads.ts';
import { uploadRules } from '../../shared/domain/catalogue.ts';
import { openFileStore } from '../files/store.ts';
import { englandDateTime } from '../notify/message.ts';
import { startSmtp, type ReceivedMail, type TestSmtp } from '../notify/testing/smtp.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { sampleDocx, samplePdf, samplePng, sha256 } from './testing/files.ts';
import { smtpAt, startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { metadataFor, sendUpload } from './testing/tus-client.ts';

const temp = tempFolder('upload-flow');
let smtp: TestSmtp;
let gateway: UploadGateway;
let priya: string;
let daniel: string;

beforeAll(async () => {
  smtp = await startSmtp();
  gateway = await startUploadGateway(temp.dir, { smtp: smtpAt(smtp.port) });
  priya = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
  daniel = (await signIn(gateway.url, 'daniel.osei')).tokens.accessToken;
}, 60_000);

afterAll(async () => {
  await gateway.close();
  await smtp.close();
  temp.remove();
});

const status = async (token: string, outboxId: string) => {
  const answer = await call(gateway.url, 'GET', `/api/v1/outbox/${outboxId}`, { token });
  expect(answer.status).toBe(200);
  return UploadStatus.parse(answer.body);
};

/** The emails about one document (found by its title), once the worker has handed them over. */
async function mailsAbout(title: string): Promise<ReceivedMail[]> {
  for (let i = 0; i < 100; i++) {
    const found = smtp.messages.filter((m) => m.text.includes(`Title: ${title}`));
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no email about ${title}`);
}

async function sentStatus(token: string, outboxId: string) {
  for (let i = 0; i < 100; i++) {
    const now = await status(token, outboxId);
    if (now.state === 'received' && now.notification.state === 'sent') return now;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`notice for ${outboxId} never sent`);
}

async function upload(token: string, bytes: Buffer, meta: UploadMetadata) {
  const sent = await sendUpload({ base: gateway.url, token, bytes, metadata: meta });
  expect(sent).toMatchObject({ ok: true });
  return status(token, meta.outboxId);
}

describe('001: an upload goes on the child’s record once and notifies the social worker', () => {
  it('001: a PDF is stored on the record with the SHA-256 the device declared, and the file is kept under that hash', async () => {
    const pdf = await samplePdf('Leo Hartley keyworker report, October');
    const meta = metadataFor(pdf, 'child-leo-hartley');
    const received = await upload(priya, pdf, meta);
    expect(received).toMatchObject({ state: 'received', outboxId: meta.outboxId, sha256: sha256(pdf) });

    const rows = await gateway.db
      .selectFrom('documents')
      .selectAll()
      .where('outbox_id', '=', meta.outboxId)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      child_id: 'child-leo-hartley',
      type: 'keyworker-monthly-report',
      title: meta.title,
      file_sha256: sha256(pdf),
      file_size: pdf.length,
      mime_type: 'application/pdf',
      uploaded_by_staff_id: 'staff-priya-shah',
      uploader_name: 'Priya Shah',
      uploader_role: 'Registered Manager',
      author_name: null,
      // 002 §4.3: filed with the catalogue's upload default for its type (shared/domain/catalogue.ts).
      confidential: uploadRules('keyworker-monthly-report')?.confidential === false ? 0 : 1,
    });
    // 001: the upload is in the audit, against the person who made it.
    const audit = await gateway.db
      .selectFrom('audit_events')
      .select(['staff_id', 'home_id', 'child_id', 'source'])
      .where('action', '=', 'upload')
      .where('detail', 'like', `${rows[0]?.id ?? '-'}%`)
      .execute();
    expect(audit).toEqual([
      {
        staff_id: 'staff-priya-shah',
        home_id: 'home-larchfield',
        child_id: 'child-leo-hartley',
        source: 'gateway',
      },
    ]);
    const stored = readFileSync(openFileStore(gateway.dataDir).pathOf(sha256(pdf)));
    expect(sha256(stored)).toBe(sha256(pdf));

    // Staff reading the record see it among the child's documents.
    const list = await call(gateway.url, 'GET', '/api/v1/children/child-leo-hartley/documents', {
      token: priya,
    });
    expect(DocumentList.parse(list.body).documents.map((d) => d.title)).toContain(meta.title);
  });

  it('001: the allocated social worker gets an email naming the child, Mosaic number, uploader, time and type, with no attachment', async () => {
    const pdf = await samplePdf('CONFIDENTIAL-BODY-TEXT that must never be emailed');
    const meta = metadataFor(pdf, 'child-leo-hartley', {
      documentType: 'incident-missing',
      title: 'Leo Hartley - Missing incident - 20/11/2026',
      completedOn: '2026-11-20',
    });
    const received = await upload(priya, pdf, meta);
    if (received.state !== 'received') throw new Error('not received');

    const [mail, ...more] = await mailsAbout(meta.title);
    if (!mail) throw new Error('no email');
    expect(more).toHaveLength(0);
    expect(mail.to).toEqual(['nadia.rahman@council.example']);
    expect(mail.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(mail.raw).not.toMatch(/multipart|attachment|Content-Disposition/i);
    expect(mail.raw).not.toContain('%PDF');
    expect(mail.text).not.toContain('CONFIDENTIAL-BODY-TEXT');
    expect(mail.headers.get('subject')).toContain('Leo Hartley');
    expect(mail.text).toContain('Dear Nadia Rahman,');
    expect(mail.text).toContain('Child: Leo Hartley (Mosaic ref. 4021876)');
    expect(mail.text).toContain('Document: Incident form: Missing');
    expect(mail.text).toContain(`Title: ${meta.title}`);
    expect(mail.text).toContain('Uploaded by Priya Shah, Registered Manager, Larchfield House');
    expect(mail.text).toContain(`Uploaded on: ${englandDateTime(new Date(received.recordedAt))}`);
    expect(mail.text).not.toContain('on behalf of');

    const after = await sentStatus(priya, meta.outboxId);
    expect(after).toMatchObject({
      state: 'received',
      notification: {
        state: 'sent',
        recipientKind: 'social-worker',
        recipientName: 'Nadia Rahman',
        attempts: 1,
      },
    });
    // Issue 7: "notified" is in the audit, against the uploader and the child, once the mail server
    // took it (written in the transaction that marks the notice sent).
    const documentId = after.state === 'received' ? after.documentId : '-';
    const notified = await gateway.db
      .selectFrom('audit_events')
      .select(['staff_id', 'home_id', 'child_id', 'source', 'detail'])
      .where('action', '=', 'upload-notified')
      .where('detail', 'like', `${documentId}%`)
      .execute();
    expect(notified).toEqual([
      {
        staff_id: 'staff-priya-shah',
        home_id: 'home-larchfield',
        child_id: 'child-leo-hartley',
        source: 'gateway',
        detail: `${documentId} to the social worker Nadia Rahman`,
      },
    ]);
  });

  it('the last PATCH’s 204 says the document is on the record, as the status route does, so the device need not ask', async () => {
    const pdf = await samplePdf('Leo Hartley placement plan review');
    const meta = metadataFor(pdf, 'child-leo-hartley');
    // Several PATCHes: only the last one, after the document is recorded, carries the status.
    const sent = await sendUpload({
      base: gateway.url,
      token: priya,
      bytes: pdf,
      metadata: meta,
      chunkSize: 512,
    });
    if (!sent.ok) throw new Error(sent.message);
    expect(sent.status).toBe(204);
    const carried = UploadStatus.parse(JSON.parse(decodeURIComponent(sent.uploadStatus ?? '')));
    const asked = await status(priya, meta.outboxId);
    if (carried.state !== 'received' || asked.state !== 'received') throw new Error('not received');
    expect(carried).toMatchObject({ outboxId: meta.outboxId, sha256: sha256(pdf) });
    expect([carried.documentId, carried.recordedAt]).toEqual([asked.documentId, asked.recordedAt]);
    // The notice may have been sent in between: the same notice, perhaps further on.
    expect(carried.notification.recipientName).toBe(asked.notification.recipientName);
  });

  it('000: a document written by someone else is recorded and announced "on behalf of" its author', async () => {
    const docx = sampleDocx('Safety plan for Ruby');
    const meta = metadataFor(docx, 'child-ruby-ashworth', {
      documentType: 'safety-plan',
      title: 'Ruby Ashworth - Safety Plan - 18/11/2026',
      completedOn: '2026-11-18',
      fileName: 'safety-plan.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      authorName: 'Sam Fletcher',
      authorRole: 'Residential Child Care Worker',
    });
    await upload(priya, docx, meta);
    const row = await gateway.db
      .selectFrom('documents')
      .selectAll()
      .where('outbox_id', '=', meta.outboxId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      author_name: 'Sam Fletcher',
      author_role: 'Residential Child Care Worker',
      mime_type: meta.mimeType,
    });
    const [mail] = await mailsAbout(meta.title);
    expect(mail?.to).toEqual(['nadia.rahman@council.example']);
    expect(mail?.text).toContain(
      'Uploaded by Priya Shah, Registered Manager, on behalf of Sam Fletcher, Residential Child Care Worker',
    );
  });

  it('001: a child with no allocated social worker is announced to the team’s duty inbox', async () => {
    const png = samplePng();
    const meta = metadataFor(png, 'child-maya-lindqvist', {
      documentType: 'incident-significant',
      title: 'Maya Lindqvist - Body map - 19/11/2026',
      completedOn: '2026-11-19',
      fileName: 'body-map.png',
      mimeType: 'image/png',
    });
    const received = await upload(daniel, png, meta);
    expect(received).toMatchObject({ state: 'received', notification: { recipientKind: 'duty-inbox' } });
    const mails = await mailsAbout(meta.title);
    // One notice, to the duty inbox only.
    expect(mails.map((m) => m.to)).toEqual([['cwcf.south.duty@council.example']]);
    const text = mails[0]?.text ?? '';
    expect(text).toContain('Maya Lindqvist has no allocated social worker');
    expect(text).toContain('Child: Maya Lindqvist (Mosaic ref. 4310556)');
    expect(text).toContain('Uploaded by Daniel Osei, Registered Manager, Harbour View');
  });

  it('001: home staff see each notice about a child’s uploads and whether it was sent', async () => {
    const answer = await call(gateway.url, 'GET', '/api/v1/children/child-leo-hartley/notifications', {
      token: priya,
    });
    expect(answer.status).toBe(200);
    const list = ChildNotificationList.parse(answer.body);
    expect(list.mosaicId).toBe('4021876');
    expect(list.notifications.length).toBeGreaterThanOrEqual(2);
    expect(
      list.notifications.every(
        (n) => n.recipientName === 'Nadia Rahman' && n.attribution.startsWith('Uploaded by Priya Shah'),
      ),
    ).toBe(true);
    // Another home's child does not exist for Daniel: 404, as for an unknown id.
    const other = await call(gateway.url, 'GET', '/api/v1/children/child-leo-hartley/notifications', {
      token: daniel,
    });
    expect(other.status).toBe(404);
  });
});

describe('the tus endpoint answers like the rest of the gateway', () => {
  it('001: tus answers carry the security headers and are never cached (children’s documents)', async () => {
    const answer = await fetch(`${gateway.url}${UPLOADS_PATH}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${priya}`, 'tus-resumable': '1.0.0', 'upload-length': '10' },
    });
    // No Upload-Metadata: refused by tus, but still with the gateway's headers.
    expect(answer.status).toBe(400);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('content-security-policy')).toBeTruthy();
  });

  it('closes the connection after each upload answer, so a break mid-PATCH is reported, not silently re-sent', async () => {
    // A browser re-sends a whole request on its own when a REUSED connection breaks before any
    // answer: megabytes at an offset the gateway has already passed (bench: sync.flaky_bytes_ratio).
    const connectionHeader = (method: string, path: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const request = http.request(
          `${gateway.url}${path}`,
          { method, headers: { authorization: `Bearer ${priya}`, 'tus-resumable': '1.0.0' } },
          (response) => {
            response.resume();
            resolve(response.headers.connection);
          },
        );
        request.on('error', reject);
        request.end();
      });
    const outboxId = crypto.randomUUID();
    expect(await connectionHeader('HEAD', `${UPLOADS_PATH}/${outboxId}`)).toBe('close');
    expect(await connectionHeader('GET', `/api/v1/outbox/${outboxId}`)).toBe('close');
    // The rest of the API keeps its connections: reading records stays quick.
    expect(await connectionHeader('GET', '/health')).not.toBe('close');
  });

  it('lets the app (another origin, app://hearth) send the tus headers and read the answers', async () => {
    const preflight = await fetch(`${gateway.url}${UPLOADS_PATH}`, {
      method: 'OPTIONS',
      headers: {
        origin: 'app://hearth',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers':
          'authorization,tus-resumable,upload-offset,upload-metadata,upload-length,content-type',
      },
    });
    expect(preflight.status).toBe(204);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').split(/,\s*/);
    expect(allowed).toEqual(
      expect.arrayContaining(['tus-resumable', 'upload-offset', 'upload-metadata', 'upload-length']),
    );
    // The app reads the status on the last 204 (UPLOAD_STATUS_HEADER): tus's own answers expose it.
    const created = await fetch(`${gateway.url}${UPLOADS_PATH}`, {
      method: 'POST',
      headers: { origin: 'app://hearth', authorization: `Bearer ${priya}`, 'tus-resumable': '1.0.0' },
    });
    const exposed = (created.headers.get('access-control-expose-headers') ?? '').split(/,\s*/);
    expect(exposed).toContain(UPLOAD_STATUS_HEADER);
  });
});
