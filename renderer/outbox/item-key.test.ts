import { describe, expect, it } from 'vitest';
import { sealedChunkAt, sealedSizeOf } from '../../shared/api/sealed-upload.ts';
import { encryptFile } from './chunk-crypto.ts';
import { itemKeyForGateway, makeItemKey } from './item-key.ts';

const deviceKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const outboxId = '5b1c3f0e-8a4d-4c1e-9f3a-2d6b7e8f9a01';

const fromBase64Url = (text: string) =>
  Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

describe('an item’s own key (issue 4, 003: kept sealed under the device key; sent only in the create)', () => {
  it('opens only with the device key and for the item it was made for', async () => {
    const device = await deviceKey();
    const made = await makeItemKey(device, outboxId);
    const text = await itemKeyForGateway(device, outboxId, made.sealed);
    expect(text).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await itemKeyForGateway(await deviceKey(), outboxId, made.sealed)).toBeNull();
    expect(await itemKeyForGateway(device, crypto.randomUUID(), made.sealed)).toBeNull();
  });

  it('the chunks sealed under it, laid end to end, are the body the gateway opens with that key', async () => {
    const device = await deviceKey();
    const made = await makeItemKey(device, outboxId);
    const plain = crypto.getRandomValues(new Uint8Array(60_000));
    const big = new Uint8Array(2 * 1024 * 1024 + 100);
    big.set(plain, 0);
    const sealed = await encryptFile(made.key, outboxId, big);
    const body = new Uint8Array(await new Blob(sealed.chunks.flatMap((c) => [c.iv, c.data])).arrayBuffer());
    expect(body.byteLength).toBe(sealedSizeOf(big.byteLength));

    // Opened as the gateway does: the key it was given, each chunk's IV first, the shared context.
    const text = await itemKeyForGateway(device, outboxId, made.sealed);
    const key = await crypto.subtle.importKey('raw', fromBase64Url(text ?? ''), 'AES-GCM', false, [
      'decrypt',
    ]);
    const opened: Uint8Array<ArrayBuffer>[] = [];
    for (let index = 0; index < sealed.chunks.length; index += 1) {
      const { start, end } = sealedChunkAt(big.byteLength, index);
      const iv = body.slice(start, start + 12);
      const additionalData = new TextEncoder().encode(`hearth/outbox/v1/${outboxId}/chunk/${index}/of/3`);
      const data = body.slice(start + 12, end);
      opened.push(
        new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData }, key, data)),
      );
    }
    expect(new Uint8Array(await new Blob(opened).arrayBuffer())).toEqual(big);
  });
});
