/**
 * Names for rows that do not name anyone. A child's id can read like their name (e.g. the demo's
 * `child-leo-hartley`), so no id is stored as it is: rows are found by an HMAC of the home and the
 * key under the device's HMAC key, which is useless without the key store.
 */
const encoder = new TextEncoder();

function base64url(bytes: ArrayBuffer): string {
  let text = '';
  for (const byte of new Uint8Array(bytes)) text += String.fromCharCode(byte);
  return btoa(text).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

async function tag(hmac: CryptoKey, ...parts: string[]): Promise<string> {
  // A newline cannot occur in a home id, so the parts cannot run into each other.
  return base64url(await crypto.subtle.sign('HMAC', hmac, encoder.encode(parts.join('\n'))));
}

export const rowIdFor = (hmac: CryptoKey, homeId: string, key: string) => tag(hmac, 'row', homeId, key);

export const childTagFor = (hmac: CryptoKey, homeId: string, childId: string) =>
  tag(hmac, 'child', homeId, childId);

const CHILD_KEY = /^child\/([^/]+)\//;

/**
 * The cache key for one part of a child's record, e.g. `childKey(id, 'summary')`. Keys made this
 * way tie the row to the child, so `forgetChildrenNotIn` can remove it when the child leaves.
 */
export function childKey(childId: string, part: string): string {
  return `child/${encodeURIComponent(childId)}/${part}`;
}

/** The child a cache key belongs to, or null for keys about the whole home (e.g. the children list). */
export function childOfKey(key: string): string | null {
  const match = CHILD_KEY.exec(key);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}
