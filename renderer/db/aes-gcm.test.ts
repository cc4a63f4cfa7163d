// What the device keeps is encrypted (guidance 003): AES-GCM with a fresh IV every time, and any
// change, wrong key or row moved to another place fails to open rather than giving wrong data.
import { describe, expect, test } from 'vitest';
import { openJson, packSealed, sealJson, unpackSealed } from './aes-gcm.ts';
import { childKey, childOfKey } from './row-ids.ts';

const newKey = () =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
const RECORD = { firstName: 'Leo', lastName: 'Hartley', mosaicId: '4021876' };

describe('sealJson / openJson', () => {
  test('round-trips, with a new IV each time and no plain text in the sealed bytes', async () => {
    const key = await newKey();
    const a = await sealJson(key, RECORD, 'row-1');
    const b = await sealJson(key, RECORD, 'row-1');
    expect(a.iv).not.toEqual(b.iv);
    expect(new TextDecoder('latin1').decode(a.data)).not.toContain('Hartley');
    expect(await openJson(key, a, 'row-1')).toEqual(RECORD);
  });

  test('a changed byte, another key or another context does not open', async () => {
    const key = await newKey();
    const sealed = await sealJson(key, RECORD, 'row-1');
    const flipped = sealed.data.slice();
    flipped[0] = (flipped[0] ?? 0) ^ 1;
    expect(await openJson(key, { ...sealed, data: flipped }, 'row-1')).toBeNull();
    expect(await openJson(await newKey(), sealed, 'row-1')).toBeNull();
    expect(await openJson(key, sealed, 'row-2')).toBeNull();
  });

  test('packing puts the IV first and unpacks to the same parts', async () => {
    const sealed = await sealJson(await newKey(), RECORD);
    expect(unpackSealed(packSealed(sealed))).toEqual(sealed);
    expect(unpackSealed(new Uint8Array(12))).toBeNull();
  });
});

describe('childKey / childOfKey', () => {
  test('ties a cache key to its child, even when the id has a slash, and leaves home-wide keys alone', () => {
    expect(childOfKey(childKey('child-leo-hartley', 'summary'))).toBe('child-leo-hartley');
    expect(childOfKey(childKey('a/b', 'case-notes'))).toBe('a/b');
    expect(childOfKey('children')).toBeNull();
  });
});
