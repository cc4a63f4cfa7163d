/**
 * Password hashing with scrypt (node:crypto): memory-hard, built in, no native add-on to build.
 * The stored form carries its own parameters, `scrypt$N$r$p$salt$hash` (base64url), so the cost can
 * be raised later and old hashes still verify. Verification compares in constant time.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8, p = 1: about 32 MiB and tens of milliseconds per hash on a small server. */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

const derive = (password: string, salt: Buffer, options: ScryptOptions, bytes: number) =>
  new Promise<Buffer>((resolve, reject) => {
    // maxmem must exceed 128 * N * r, or node refuses the parameters.
    const maxmem = 256 * (options.N ?? COST.N) * (options.r ?? COST.r);
    scrypt(password.normalize('NFC'), salt, bytes, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, COST, KEY_BYTES);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const STORED = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([\w-]+)\$([\w-]+)$/;
/**
 * Upper bounds, so a corrupted or hostile stored hash cannot make one login eat the server. The key
 * length is fixed: scrypt's shorter outputs are prefixes of longer ones, so a truncated hash would verify.
 */
const MAX = { N: 2 ** 20, r: 16, p: 4 };

/** True only when `password` matches `stored`; a malformed stored hash never matches. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const match = STORED.exec(stored);
  if (!match) return false;
  const [N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const salt = Buffer.from(match[4] ?? '', 'base64url');
  const expected = Buffer.from(match[5] ?? '', 'base64url');
  if (N > MAX.N || r > MAX.r || p > MAX.p || expected.length !== KEY_BYTES || salt.length < 8) return false;
  try {
    const actual = await derive(password, salt, { N, r, p }, expected.length);
    return timingSafeEqual(actual, expected);
  } catch {
    // Parameters node rejects (e.g. N not a power of two) mean the hash is unusable, not a match.
    return false;
  }
}
