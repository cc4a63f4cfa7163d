/**
 * The key a person's password gives: PBKDF2-SHA-256 with a random salt per person and device, and
 * enough iterations that guessing passwords against a copied profile is slow (OWASP's 2023 figure
 * for PBKDF2-SHA-256 is 600,000; the brief's floor is 310,000). It is one of the two locks on the
 * offline grant; the device key is the other.
 */
export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export async function passwordKey(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
