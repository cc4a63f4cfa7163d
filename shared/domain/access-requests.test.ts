import { describe, expect, it } from 'vitest';
import { AccessReason, GRANT_DAYS, grantExpiry, requestStateAt } from './access-requests.ts';

describe('002 §6.2: access request rules', () => {
  it('002 §6.2: a reason is required, at least 20 characters, at most 1000, trimmed', () => {
    expect(AccessReason.safeParse('   ').error?.issues[0]?.message).toBe(
      'Enter why you need access to this record',
    );
    expect(AccessReason.safeParse('too short').success).toBe(false);
    expect(AccessReason.safeParse('x'.repeat(1001)).success).toBe(false);
    expect(AccessReason.parse('  I need his safety plan today.  ')).toBe('I need his safety plan today.');
  });

  it('002 §6.2: a grant lasts GRANT_DAYS and then reads as expired', () => {
    const decided = new Date('2026-11-25T10:00:00.000Z');
    const expiresAt = grantExpiry(decided).toISOString();
    expect(GRANT_DAYS).toBe(30);
    expect(expiresAt).toBe('2026-12-25T10:00:00.000Z');
    expect(requestStateAt({ decision: 'granted', expiresAt }, new Date('2026-12-25T09:59:59.999Z'))).toBe(
      'granted',
    );
    expect(requestStateAt({ decision: 'granted', expiresAt }, new Date(expiresAt))).toBe('expired');
    expect(requestStateAt({ decision: 'pending', expiresAt: null }, decided)).toBe('pending');
    expect(requestStateAt({ decision: 'refused', expiresAt: null }, decided)).toBe('refused');
  });
});
