/**
 * The home's shared-drive folder (issue 6: "The home sets, once, the shared-drive folder and the
 * file-name pattern"; guidance 001: "All downloaded documents should be saved onto the shared drive
 * following the home's recording policy"). A manager types it once for the home; every desktop of
 * the home then saves into it, unless IT set a folder for that computer.
 *
 * Checked when set, on the gateway and in the form, with the same words: a full (absolute) path,
 * Windows (`S:\Hearth`, `\\server\share\Hearth`) or POSIX (`/mnt/share/Hearth`), with no control
 * characters, no `.` or `..` steps, and on Windows no character Windows forbids in a name. Short
 * enough that the longest path Hearth adds inside it (MAX_RELATIVE_PATH) still fits Windows' 260.
 * The desktop's main process checks it again for its own system before it writes anything.
 */
import { z } from 'zod';
import { MAX_RELATIVE_PATH } from './file-name-pattern.ts';

/** Windows' MAX_PATH (260) less the relative path Hearth adds and the separator between them. */
export const MAX_FOLDER = 260 - MAX_RELATIVE_PATH - 1;

const DRIVE = /^[a-z]:[\\/]/i;
const UNC = /^\\\\[^\\/]+[\\/][^\\/]+/;
const WINDOWS_FORBIDDEN = /[<>"|?*]/;

const hasControl = (text: string): boolean =>
  [...text].some((c) => {
    const code = c.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });

/** What is wrong with a folder a manager typed, in words for them; null when it can be used. */
export function folderProblem(folder: string): string | null {
  if (folder === '') return 'Enter the shared-drive folder, e.g. S:\\Children’s Home\\Hearth.';
  if (hasControl(folder)) return 'The folder contains a control character (e.g. a tab or line break).';
  if (folder.length > MAX_FOLDER) {
    return `Keep the folder to ${MAX_FOLDER} characters or fewer, so each saved file’s full path fits Windows’ limit of 260.`;
  }
  const windows = DRIVE.test(folder) || UNC.test(folder);
  if (!windows && !folder.startsWith('/')) {
    return 'Enter the full path of the folder: starting with a drive (S:\\…), a server (\\\\server\\share\\…) or “/”.';
  }
  if (folder.split(/[\\/]/).some((step) => step === '.' || step === '..')) {
    return 'The folder may not contain “.” or “..” steps: enter its full path.';
  }
  // After the drive's colon, the rest must be names Windows can hold.
  if (windows && (WINDOWS_FORBIDDEN.test(folder) || folder.slice(2).includes(':'))) {
    return 'The folder contains characters Windows does not allow in names: < > : " | ? *.';
  }
  return null;
}

/** A shared-drive folder as zod sees it: trimmed text with no problem. */
export const SharedDriveFolderPath = z
  .string()
  .max(1000)
  .transform((text) => text.trim())
  .superRefine((folder, ctx) => {
    const problem = folderProblem(folder);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
