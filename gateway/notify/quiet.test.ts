/**
 * Notices of filed documents go once filing pauses (notify/worker.ts `soon`): a home sending its
 * backlog gets its documents onto the records first, and every social worker still hears of every
 * document (001), exactly once, and never later than the cap after it was filed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf } from '../uploads/testing/files.ts';
import { smtpAt, startUploadGateway, type UploadGateway } from '../uploads/testing/gateway.ts';
import { metadataFor, sendUpload } from '../uploads/testing/tus-client.ts';
import { startSmtp, type TestSmtp } from './testing/smtp.ts';

const temp = tempFolder('notify-quiet');
const servers: { close(): Promise<void> }[] = [];

afterAll(async () => {
  for (const server of servers.reverse()) await server.close();
  temp.remove();
});

async function started(dir: string, timing: { quietMs: number; maxDeferMs: number }) {
  const smtp = await startSmtp();
  servers.push(smtp);
  const gateway = await startUploadGateway(`${temp.dir}/${dir}`, { smtp: smtpAt(smtp.port), ...timing });
  servers.push(gateway);
  const token = (await signIn(gateway.url, 'priya.shah')).tokens.accessToken;
  return { smtp, gateway, token };
}

async function uploadOne(gateway: UploadGateway, token: string, title: string) {
  const pdf = await samplePdf(title);
  const meta = metadataFor(pdf, 'child-leo-hartley', { title });
  expect(await sendUpload({ base: gateway.url, token, bytes: pdf, metadata: meta })).toMatchObject({
    ok: true,
  });
}

const titlesMailed = (smtp: TestSmtp) =>
  smtp.messages.map((m) => /Title: (.*)/.exec(m.text)?.[1]?.trim() ?? '?').sort();

async function until(what: string, done: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('001: notices of a burst of uploads go after it, each once', () => {
  it('001: three documents filed one after another: no notice while they arrive, then one for each', async () => {
    const { smtp, gateway, token } = await started('burst', { quietMs: 3_000, maxDeferMs: 60_000 });
    const titles = [1, 2, 3].map((n) => `Leo Hartley - Keyworker monthly report (burst ${n}) - 31/10/2026`);
    for (const title of titles) await uploadOne(gateway, token, title);
    // All three are on the record; their notices wait for the pause.
    expect(smtp.messages).toHaveLength(0);
    await until('the three notices', () => smtp.messages.length >= 3, 20_000);
    await new Promise((resolve) => setTimeout(resolve, 500)); // time to (wrongly) send one twice
    expect(titlesMailed(smtp)).toEqual([...titles].sort());
    expect(smtp.messages.every((m) => m.to.includes('nadia.rahman@council.example'))).toBe(true);
  }, 60_000);

  it('001: uploads that never pause do not hold a notice back past the cap', async () => {
    // A pause that never comes within the test: only the cap can send it.
    const { smtp, gateway, token } = await started('cap', { quietMs: 600_000, maxDeferMs: 1_500 });
    const title = 'Leo Hartley - Safety Plan (capped wait) - 31/10/2026';
    await uploadOne(gateway, token, title);
    expect(smtp.messages).toHaveLength(0);
    await until('the notice, at the cap', () => smtp.messages.length >= 1, 15_000);
    expect(titlesMailed(smtp)).toEqual([title]);
  }, 60_000);
});
