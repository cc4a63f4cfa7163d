/**
 * Looks through a browser profile folder for text that must not be stored in the clear (guidance
 * 003: what a device keeps is encrypted). Each marker is searched as UTF-8/Latin-1 and as UTF-16LE,
 * the two ways Chromium writes strings (IndexedDB's V8 serialisation uses either).
 *
 * The browser keeps copies of the app's own code (its HTTP cache, and the service worker's cache
 * that lets Hearth open offline). Code is not anyone's data, but it may quote an example (e.g. a
 * validation message's sample Mosaic number), so an occurrence inside a run of text that is found
 * in a file of the web build is reported apart, as `inAppCode`, not as a hit. The run, not fixed
 * bytes around it, because V8's code cache keeps the code's strings between bytes of its own.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

export interface ScanHit {
  marker: string;
  file: string;
}

export interface ScanResult {
  hits: ScanHit[];
  inAppCode: ScanHit[];
  filesRead: number;
}

/** A run of text shorter than this around a marker is not enough to say it is the app's code. */
const MIN_EXTRA = 16;

const printable = (byte: number | undefined) => byte !== undefined && byte >= 0x20 && byte < 0x7f;

/** The printable ASCII text the occurrence at `at` sits in. */
function textRun(content: Buffer, at: number, length: number): Buffer {
  let start = at;
  let end = at + length;
  while (start > 0 && printable(content[start - 1])) start -= 1;
  while (end < content.length && printable(content[end])) end += 1;
  return content.subarray(start, end);
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

function occurrences(content: Buffer, needle: Buffer): number[] {
  const found: number[] = [];
  for (let at = content.indexOf(needle); at !== -1; at = content.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export async function scanFolder(
  dir: string,
  markers: readonly string[],
  appCodeDir: string,
): Promise<ScanResult> {
  const appCode = await Promise.all((await filesUnder(appCodeDir)).map((f) => readFile(f)));
  const isAppCode = (content: Buffer, at: number, length: number) => {
    const run = textRun(content, at, length);
    return run.length >= length + MIN_EXTRA && appCode.some((file) => file.includes(run));
  };
  const needles = markers.flatMap((marker) => [
    { marker, bytes: Buffer.from(marker, 'utf8') },
    { marker, bytes: Buffer.from(marker, 'utf16le') },
  ]);
  const result: ScanResult = { hits: [], inAppCode: [], filesRead: 0 };
  for (const file of await filesUnder(dir)) {
    const content = await readFile(file).catch(() => null); // a lock file may vanish as we go
    if (!content) continue;
    result.filesRead += 1;
    const name = relative(dir, file);
    const seen = new Set<string>();
    for (const { marker, bytes } of needles) {
      const at = occurrences(content, bytes);
      if (at.length === 0 || seen.has(marker)) continue;
      seen.add(marker);
      const allCode = at.every((i) => isAppCode(content, i, bytes.length));
      (allCode ? result.inAppCode : result.hits).push({ marker, file: name });
    }
  }
  return result;
}
