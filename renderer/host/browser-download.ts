/**
 * "Save to the shared drive" in a browser: a browser cannot write into a chosen folder, so the file
 * becomes an ordinary download and staff move it as the home's recording policy says. Only the
 * last segment of the requested path is used as the file name; the browser picks the folder.
 */
import { fail, ok, type Result } from '../../shared/result.ts';
import { SaveFileRequest, type SaveFileError, type SavedFile } from '../../shared/bridge/schemas.ts';

// Characters Windows, macOS or Linux refuse in a file name. Control characters are caught by
// code point below (a regex range of them would read as a mistake to the linter, and to people).
const UNSAFE_CHARS = new Set('<>:"/\\|?*');
const isUnsafe = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f || UNSAFE_CHARS.has(c);
};
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_NAME = 200;

/** The download's file name for a shared-drive path, or null when nothing usable is left. */
export function downloadName(relativePath: string): string | null {
  const last = relativePath.split(/[/\\]/).pop() ?? '';
  const name = [...last]
    .map((c) => (isUnsafe(c) ? '_' : c))
    .join('')
    .replace(/\s+/g, ' ')
    // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME);
  if (name === '' || WINDOWS_RESERVED.test(name)) return null;
  return name;
}

export async function saveAsDownload(request: unknown): Promise<Result<SavedFile, SaveFileError>> {
  const parsed = SaveFileRequest.safeParse(request);
  if (!parsed.success) {
    const tooLarge = parsed.error.issues.some((i) => i.path[0] === 'bytes');
    return tooLarge
      ? fail('io-error', 'The file is too large to save.')
      : fail('invalid-name', 'The file name is not valid.');
  }
  const name = downloadName(parsed.data.relativePath);
  if (!name) return fail('invalid-name', `"${parsed.data.relativePath}" does not end in a usable file name.`);
  // `ifExists` has no meaning here: the browser never overwrites, it adds " (1)" itself.
  const url = URL.createObjectURL(
    new Blob([new Uint8Array(parsed.data.bytes)], { type: parsed.data.mimeType }),
  );
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.hidden = true;
    document.body.append(link);
    link.click();
    link.remove();
    return ok({ savedAs: name });
  } catch (error) {
    return fail('io-error', `The browser could not start the download: ${String(error)}`);
  } finally {
    // Revoking at once can cancel the download in some browsers; a minute is ample to start it.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
