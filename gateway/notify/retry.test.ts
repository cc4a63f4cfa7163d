/**
 * The social worker always hears of an upload (guidance 001), even when the council's mail server
 * is down: the notice waits in the database, is retried with backoff until a real SMTP server
 * accepts it, is sent exactly once, and survives a gateway restart.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UploadStatus } from '../../shared/api/uploads.ts';
import { call, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf } from '../uploads/testing/files.ts';
import { smtpAt, startUploadGateway, type UploadGateway } from '../uploads/testing/gateway.ts';
import { metadataFor, sendUpload } from '../uploads/testing/tus-client.ts';
import { freePort, startSmtp, type TestSmtp } from './testing/smtp.ts';

const temp = tempFolder('notify-retry');
const servers: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const server of servers.reverse()) await server.close();
  temp.remove();
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function notice(gateway: UploadGateway, token: string, outboxId: string) {
  const answer = await call(gateway.url, 'GET', `/api/v1/outbox/${outboxId}`, { token });
  const status = UploadStatus.parse(answer.body);
  if (status.state !== 'received') throw new Error(`not received: ${status.state}`);
  return status.notification;
}

async function uploadOne(gateway: UploadGateway, token: string, title: string) {
  const pdf = await samplePdf(title);
  const meta = metadataFor(pdf, 'child-leo-hartley', { title });
  expect(await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta })).toMatchObject({
    ok: true,
  });
  return meta.outboxId;
}

const mailsAbout = (smtp: TestSmtp, title: string) =>
  smtp.messages.filter((m) => m.text.includes(`Title: ${title}`));

describe('001: the notice is retried until the mail server accepts it, and sent once', () => {
  let port: number;
  beforeAll(async () => {
    port = await freePort();
  });

  it('001: with the SMTP server down the notice is "retrying" with the error; when it comes up it is "sent", exactly once', async () => {
    const gateway = await startUploadGateway(`${temp.dir}/a`, { smtp: smtpAt(port) });
    servers.push(gateway);
    const token = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
    const title = 'Leo Hartley - Keyworker monthly report (mail down) - 31/10/2026';
    const outboxId = await uploadOne(gateway, token, title);

    const failing = await until('a failed attempt', async () => {
      const n = await notice(gateway, token, outboxId);
      return n.state === 'retrying' && n.attempts >= 2 ? n : undefined;
    });
    expect(failing.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(failing.sentAt).toBeNull();

    const smtp = await startSmtp(port);
    servers.push(smtp);
    const sent = await until('the notice sent', async () => {
      const n = await notice(gateway, token, outboxId);
      return n.state === 'sent' ? n : undefined;
    });
    expect(sent).toMatchObject({ state: 'sent', lastError: null, recipientName: 'Nadia Rahman' });
    expect(sent.attempts).toBeGreaterThan(failing.attempts);
    // Give the worker time to (wrongly) send it again.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailsAbout(smtp, title).map((m) => m.to)).toEqual([['nadia.rahman@council.example']]);
    await gateway.close();
    servers.splice(servers.indexOf(gateway), 1);
  }, 60_000);

  it('001: a notice still unsent when the gateway stops is sent by the next start, exactly once', async () => {
    const deadPort = await freePort();
    // A long first retry: only the start-up sweep can send it within this test.
    const slow = { firstMs: 600_000, maxMs: 600_000 };
    const first = await startUploadGateway(`${temp.dir}/b`, { smtp: smtpAt(deadPort), retry: slow });
    const token = (await signIn(first.url, 'priya.shah')).tokens.accessToken;
    const title = 'Leo Hartley - Safety Plan (across a restart) - 31/10/2026';
    const outboxId = await uploadOne(first, token, title);
    await until('a failed attempt', async () =>
      (await notice(first, token, outboxId)).state === 'retrying' ? true : undefined,
    );
    await first.close();

    const smtp = await startSmtp(deadPort);
    servers.push(smtp);
    const second = await startUploadGateway(`${temp.dir}/b`, { smtp: smtpAt(deadPort), retry: slow });
    servers.push(second);
    const again = (await signIn(second.url, 'priya.shah')).tokens.accessToken;
    const sent = await until('the notice sent after the restart', async () => {
      const n = await notice(second, again, outboxId);
      return n.state === 'sent' ? n : undefined;
    });
    expect(sent).toMatchObject({ state: 'sent', attempts: 2 });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(mailsAbout(smtp, title)).toHaveLength(1);
  }, 60_000);
});
