// Issue 4 "The sync engine": sent "whoever is signed in, or none (items keep their uploader)"; 000:
// an unsigned item never goes in someone else's session.
import { describe, expect, it } from 'vitest';
import { ITEM_AUTH_SCHEME, ItemCredential } from '../../shared/api/uploads.ts';
import type { SealedMeta } from '../outbox/outbox-meta.ts';
import { credentialsFor, type SessionAccess } from './item-credentials.ts';

const item = { outboxId: '0b7a4c1e-5f7e-4a8e-9d55-1f2a3b4c5d6e', uploaderStaffId: 'staff-priya' };
const base: SealedMeta = {
  childId: 'child-leo-hartley',
  documentType: 'support-plan',
  title: 'Leo Hartley - Support plan - 01/12/2026',
  completedOn: '2026-12-01',
  fileName: 'plan.pdf',
  mimeType: 'application/pdf',
  sha256: 'a'.repeat(64),
};
const signed: SealedMeta = {
  ...base,
  uploaderStaffId: 'staff-priya',
  deviceId: '5b0c7a3e-2d4f-4e6a-8b9c-0d1e2f3a4b5c',
  proof: 'p'.repeat(43),
  itemMac: 'm'.repeat(43),
};
const session = (staffId: string | null): SessionAccess => ({
  accessToken: () => Promise.resolve(staffId ? 'token-of-the-session-0123456789' : null),
  refreshAccess: () => Promise.resolve(false),
  signedInStaffId: () => staffId,
});

describe('which credentials carry an item', () => {
  it('a signed item carries itself, whoever is signed in or nobody', async () => {
    for (const who of [null, 'staff-tom', 'staff-priya']) {
      const credentials = credentialsFor(item, signed, session(who));
      expect(credentials?.kind).toBe('item');
      const header = (await credentials?.header()) ?? '';
      const [scheme, token] = header.split(' ');
      expect(scheme).toBe(ITEM_AUTH_SCHEME);
      const json: unknown = JSON.parse(atob((token ?? '').replace(/-/g, '+').replace(/_/g, '/')));
      expect(ItemCredential.parse(json)).toEqual({
        staffId: 'staff-priya',
        deviceId: signed.deviceId,
        outboxId: item.outboxId,
        mac: signed.itemMac,
      });
    }
  });

  it('an unsigned item goes only in its uploader’s own session (000)', async () => {
    expect(credentialsFor(item, base, session(null))).toBeNull();
    expect(credentialsFor(item, base, session('staff-tom'))).toBeNull();
    const own = credentialsFor(item, base, session('staff-priya'));
    expect(own?.kind).toBe('session');
    expect(await own?.header()).toBe('Bearer token-of-the-session-0123456789');
  });

  it('an item signed for someone else than its row says is not trusted to carry itself', () => {
    expect(credentialsFor({ ...item, uploaderStaffId: 'staff-tom' }, signed, session(null))).toBeNull();
  });
});
