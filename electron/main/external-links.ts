/**
 * The only way a link leaves Hearth for the staff member's browser. `shell.openExternal` hands a URL
 * to the operating system, which will happily run `file:`, `ms-msdt:` or a custom handler, so only
 * https URLs to hosts the council has allow-listed get through (after Actual Budget's
 * `openExternalUrl(value: unknown, open)` and its tests/external-links.test.ts).
 */
import { fail, ok, type Result } from '../../shared/result.ts';

/** Longer than any real guidance link; refuses payloads smuggled in a URL. */
const MAX_URL_LENGTH = 2048;

/**
 * Returns the normalised URL when it may be opened. Allow-list entries are exact host names (no
 * wildcards), so neither `www.gov.uk.evil.example` nor `evilwww.gov.uk` nor a Cyrillic lookalike
 * (which the URL parser turns into `xn--...`) can match `www.gov.uk`.
 */
export function checkExternalUrl(value: unknown, allowList: readonly string[]): Result<string, 'refused'> {
  if (typeof value !== 'string' || value.length > MAX_URL_LENGTH) return fail('refused', 'not a URL');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail('refused', 'not a URL');
  }
  if (url.protocol !== 'https:') return fail('refused', `${url.protocol} links are not opened`);
  // user:pass@ hides the real host from a reader (https://www.gov.uk@evil.example/).
  if (url.username !== '' || url.password !== '')
    return fail('refused', 'links with credentials are not opened');
  if (url.port !== '') return fail('refused', 'links to a non-standard port are not opened');
  const allowed = new Set(allowList.map((host) => host.toLowerCase()));
  if (!allowed.has(url.hostname)) return fail('refused', `${url.hostname} is not on the allow-list`);
  return ok(url.href);
}

/** Opens an allow-listed https URL with `open` (shell.openExternal); true when it was handed over. */
export async function openExternalUrl(
  value: unknown,
  allowList: readonly string[],
  open: (url: string) => Promise<void> | void,
): Promise<boolean> {
  const checked = checkExternalUrl(value, allowList);
  if (!checked.ok) return false;
  try {
    await open(checked.value);
    return true;
  } catch {
    return false; // no browser registered: nothing more Hearth can do
  }
}
