/**
 * Issue 4 "The sync engine": items are sent "whoever is signed in, or none (items keep their
 * uploader)". A device carries an item with its own credential, signed at queue time under the
 * uploader's upload key (upload-keys.ts). Over real HTTP, real SQLite: the document is filed in the
 * UPLOADER's name with no session at all (000: the record says who uploaded it), and nothing else
 * gets through: a changed item, a forged credential, another item's credential, a revoked computer,
 * an uploader who lost upload access, or a colleague's session passing it off as its own.
 */
import { createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SignedIn } from '../../shared/api/session.ts';
import {
  ITEM_AUTH_SCHEME,
  UploadStatus,
  itemCredentialText,
  uploadProofText,
  type UploadMetadata,
} from '../../shared/api/uploads.ts';
import { newDevice, signIn } from '../testing/client.ts';
import { tempFolder } from '../testing/temp.ts';
import { samplePdf } from './testing/files.ts';
import { startUploadGateway, type UploadGateway } from './testing/gateway.ts';
import { sealForUpload } from './testing/sealed-body.ts';
import { metadataFor, sendUpload } from './testing/tus-client.ts';
import { NOT_AS_QUEUED } from './tus.ts';

const temp = tempFolder('carried-items');
let gateway: UploadGateway;
let priya: SignedIn;
const priyaDevice = newDevice('Larchfield office PC');

beforeAll(async () => {
  gateway = await startUploadGateway(temp.dir);
  priya = await signIn(gateway.url, 'priya.shah', priyaDevice);
}, 60_000);

afterAll(async () => {
  await gateway.close();
  temp.remove();
});

const hmac = (key: string, text: string) =>
  createHmac('sha256', Buffer.from(key, 'base64url')).update(text).digest('base64url');

/** What the device does at queue time: the uploader's proof over the item, and the item's credential. */
function signedItem(who: SignedIn, deviceId: string, meta: UploadMetadata) {
  const key = who.offlineGrant.uploadKey;
  if (!key) throw new Error('the sign-in gave no upload key');
  const withWho = { ...meta, uploaderStaffId: who.staff.id, deviceId };
  const proof = hmac(key, uploadProofText(withWho));
  const credential = {
    staffId: who.staff.id,
    deviceId,
    outboxId: meta.outboxId,
    mac: hmac(key, itemCredentialText(meta.outboxId)),
  };
  const token = Buffer.from(JSON.stringify(credential)).toString('base64url');
  return { meta: { ...withWho, proof }, authorization: `${ITEM_AUTH_SCHEME} ${token}`, credential };
}

const statusWith = async (authorization: string, outboxId: string) => {
  const response = await fetch(`${gateway.url}/api/v1/outbox/${outboxId}`, { headers: { authorization } });
  return { status: response.status, body: (await response.json()) as unknown };
};

const carry = (authorization: string, bytes: Buffer, metadata: UploadMetadata) =>
  sendUpload({ base: gateway.url, token: '', authorization, bytes, metadata });

const documentsOf = (outboxId: string) =>
  gateway.db
    .selectFrom('documents')
    .select(['child_id', 'uploaded_by_staff_id'])
    .where('outbox_id', '=', outboxId)
    .execute();

describe('issue 4: an item is carried with nobody signed in, and keeps its uploader (000)', () => {
  it('sent with only its own credential: on the record once, in the name of the manager who queued it', async () => {
    const pdf = await samplePdf('Leo Hartley keyworker report, carried');
    const item = signedItem(priya, priyaDevice.id, metadataFor(pdf, 'child-leo-hartley'));
    expect(await carry(item.authorization, pdf, item.meta)).toMatchObject({ ok: true });

    const answer = await statusWith(item.authorization, item.meta.outboxId);
    expect(answer.status).toBe(200);
    expect(UploadStatus.parse(answer.body).state).toBe('received');
    expect(await documentsOf(item.meta.outboxId)).toEqual([
      { child_id: 'child-leo-hartley', uploaded_by_staff_id: priya.staff.id },
    ]);
  });

  it('issue 4: a sealed item carried with its credential is taken: the proof is made without the item key', async () => {
    const pdf = await samplePdf('Leo Hartley keyworker report, carried sealed');
    // Signed at queue time, before the key is added to what is sent (uploadProofText leaves it out).
    const item = signedItem(priya, priyaDevice.id, metadataFor(pdf, 'child-leo-hartley'));
    const sealed = sealForUpload(pdf, item.meta.outboxId);
    const sent = await carry(item.authorization, sealed.body, { ...item.meta, itemKey: sealed.itemKey });
    expect(sent).toMatchObject({ ok: true });
    expect(await documentsOf(item.meta.outboxId)).toEqual([
      { child_id: 'child-leo-hartley', uploaded_by_staff_id: priya.staff.id },
    ]);
  });

  it('a credential opens its own item only: another item’s status is not found', async () => {
    const pdf = await samplePdf('one item');
    const item = signedItem(priya, priyaDevice.id, metadataFor(pdf, 'child-leo-hartley'));
    const other = metadataFor(pdf, 'child-leo-hartley');
    expect((await statusWith(item.authorization, other.outboxId)).status).toBe(404);
  });

  it('an item changed after it was queued (another child, same proof) is refused and nothing is filed', async () => {
    const pdf = await samplePdf('changed after queueing');
    const item = signedItem(priya, priyaDevice.id, metadataFor(pdf, 'child-leo-hartley'));
    const changed = { ...item.meta, title: 'Leo Hartley - Something else - 31/10/2026' };
    const sent = await carry(item.authorization, pdf, changed);
    expect(sent).toMatchObject({ ok: false, status: 403 });
    expect(sent.ok ? '' : sent.body).toContain(NOT_AS_QUEUED);
    expect(await documentsOf(item.meta.outboxId)).toEqual([]);
  });

  it('a forged credential (a guessed MAC) is not signed in', async () => {
    const pdf = await samplePdf('forged');
    const item = signedItem(priya, priyaDevice.id, metadataFor(pdf, 'child-leo-hartley'));
    const forged = { ...item.credential, mac: hmac('A'.repeat(43), itemCredentialText(item.meta.outboxId)) };
    const authorization = `${ITEM_AUTH_SCHEME} ${Buffer.from(JSON.stringify(forged)).toString('base64url')}`;
    expect(await carry(authorization, pdf, item.meta)).toMatchObject({ ok: false, status: 401 });
    expect((await statusWith(authorization, item.meta.outboxId)).status).toBe(401);
  });

  it('a colleague’s session cannot file the manager’s item as its own', async () => {
    const tom = await signIn(gateway.url, 'tom.reilly', priyaDevice);
    const pdf = await samplePdf('passed off');
    const item = signedItem(priya, priyaDevice.id, metadataFor(pdf, 'child-leo-hartley'));
    const sent = await sendUpload({
      base: gateway.url,
      token: tom.tokens.accessToken,
      bytes: pdf,
      metadata: item.meta,
    });
    expect(sent).toMatchObject({ ok: false, status: 403 });
    expect(await documentsOf(item.meta.outboxId)).toEqual([]);
  });

  it('an uploader without upload access any more: refused when carried (001 training gate, read fresh)', async () => {
    const device = newDevice('Harbour View office PC');
    const ellie = await signIn(gateway.url, 'ellie.watts', device);
    const pdf = await samplePdf('after training lapsed');
    const item = signedItem(ellie, device.id, metadataFor(pdf, 'child-yaw-mensah'));
    await gateway.db
      .deleteFrom('staff_training')
      .where('staff_id', '=', ellie.staff.id)
      .where('module_id', '=', 9)
      .execute();
    const rows = await gateway.db
      .selectFrom('staff_training')
      .select('module_id')
      .where('staff_id', '=', ellie.staff.id)
      .execute();
    expect(rows.length).toBeLessThan(9);
    expect(await carry(item.authorization, pdf, item.meta)).toMatchObject({ ok: false, status: 403 });
  });

  it('a revoked computer carries nothing, and is told it was revoked (issue 7)', async () => {
    const device = newDevice('Lost laptop');
    const tom = await signIn(gateway.url, 'tom.reilly', device);
    const pdf = await samplePdf('from a lost laptop');
    const item = signedItem(tom, device.id, metadataFor(pdf, 'child-leo-hartley'));
    await gateway.db
      .updateTable('enrolled_devices')
      .set({ revoked_at: new Date().toISOString() })
      .where('id', '=', device.id)
      .execute();
    const answer = await statusWith(item.authorization, item.meta.outboxId);
    expect(answer).toMatchObject({ status: 401, body: { error: 'device-revoked' } });
    expect(await carry(item.authorization, pdf, item.meta)).toMatchObject({ ok: false, status: 401 });
    expect(await documentsOf(item.meta.outboxId)).toEqual([]);
  });
});
