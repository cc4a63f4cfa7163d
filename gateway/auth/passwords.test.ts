import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './passwords.ts';

describe('password hashing (000: each person logs in with their own account)', () => {
  it('verifies the right password and refuses a wrong one', async () => {
    const stored = await hashPassword('hearth-demo-2026');
    expect(await verifyPassword('hearth-demo-2026', stored)).toBe(true);
    expect(await verifyPassword('hearth-demo-2025', stored)).toBe(false);
    expect(await verifyPassword('', stored)).toBe(false);
  });

  it('stores scrypt with its parameters and a fresh salt, never the password', async () => {
    const [a, b] = await Promise.all([hashPassword('same password'), hashPassword('same password')]);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('same password');
  });

  it('never matches a malformed or absurdly expensive stored hash', async () => {
    const stored = await hashPassword('pw');
    expect(await verifyPassword('pw', 'pw')).toBe(false);
    expect(await verifyPassword('pw', stored.replace('scrypt$32768', 'scrypt$33000'))).toBe(false);
    expect(await verifyPassword('pw', stored.replace('scrypt$32768', `scrypt$${2 ** 24}`))).toBe(false);
    expect(await verifyPassword('pw', stored.slice(0, -20))).toBe(false);
  });

  it('treats the same text in different Unicode forms as the same password', async () => {
    const stored = await hashPassword('caf\u00e9');
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });
});
