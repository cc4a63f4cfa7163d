/**
 * The home's recording policy for the shared drive (guidance 001: "All downloaded documents should
 * be saved onto the shared drive following the home's recording policy"): a pattern of folders and
 * a file name with placeholders, e.g.
 * `{surname}, {firstName} ({mosaicNumber})/{documentType}/{dateCompleted} {title}.pdf`.
 *
 * The pattern is checked when the home sets it, and every value put into it is made safe the same
 * way, because the share is usually a Windows server: no path escape (`..`, absolute paths, drive
 * letters), no characters or names Windows forbids (`< > : " / \ | ? *`, control characters,
 * CON, PRN, AUX, NUL, COM1-9, LPT1-9, a trailing dot or space), and lengths kept under Windows'
 * limits (260 characters for the whole path, folder included). electron/main/shared-drive.ts
 * checks the result again before it writes: this module decides names, that one guards the disk.
 */
import { z } from 'zod';
import { fail, ok, type Result } from '../result.ts';

export const PLACEHOLDERS = {
  surname: "the child's surname",
  firstName: "the child's first name",
  mosaicNumber: "the child's Mosaic reference number",
  documentType: 'the type of document, e.g. Child Looked After Care Plan',
  dateCompleted: 'the date the document was completed, as 2026-10-31 (sorts in date order)',
  title: 'the document title by the naming standard',
  dateDownloaded: 'the date of the download, as 2026-11-25',
} as const;
export type Placeholder = keyof typeof PLACEHOLDERS;
export type PatternValues = Record<Placeholder, string>;

const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as Placeholder[];
const isPlaceholder = (name: string): name is Placeholder => name in PLACEHOLDERS;

export const DEFAULT_FILE_NAME_PATTERN =
  '{surname}, {firstName} ({mosaicNumber})/{documentType}/{dateCompleted} {title}.pdf';

/**
 * Windows' MAX_PATH is 260 characters including the shared-drive folder itself (e.g.
 * `S:\Children's Home\Hearth\`): the part Hearth adds stays within 200, each name within 100,
 * far below the 255 a single name may have, so a deep share still fits.
 */
export const MAX_RELATIVE_PATH = 200;
export const MAX_NAME = 100;
const MAX_PATTERN = 300;

/** Fictional values that show the home what its pattern makes. */
export const EXAMPLE_VALUES: PatternValues = {
  surname: 'Smith',
  firstName: 'Alex',
  mosaicNumber: '1234567',
  documentType: 'Child Looked After Care Plan',
  dateCompleted: '2026-10-31',
  title: 'Alex Smith - Child Looked After Care Plan - 31/10/2026',
  dateDownloaded: '2026-11-25',
};

const FORBIDDEN = new Set('<>:"/\\|?*');
const isControl = (c: string): boolean => {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
};
// Device names Windows reserves, with or without an extension ("CON", "nul.txt", "COM1.pdf").
const RESERVED_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

type Part = { text: string } | { placeholder: Placeholder };

/** Splits one '/'-separated segment of the pattern into literal text and placeholders, or says why not. */
function parseSegment(segment: string): Result<Part[], 'invalid'> {
  const parts: Part[] = [];
  let rest = segment;
  while (rest !== '') {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) {
      return fail('invalid', 'There is a "}" without its "{".');
    }
    if (open === -1) {
      parts.push({ text: rest });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open) });
    if (close === -1) return fail('invalid', 'There is a "{" without its "}".');
    const name = rest.slice(open + 1, close);
    if (!isPlaceholder(name)) {
      return fail(
        'invalid',
        `{${name}} is not a placeholder Hearth knows. Use ${PLACEHOLDER_NAMES.map((p) => `{${p}}`).join(', ')}.`,
      );
    }
    parts.push({ placeholder: name });
    rest = rest.slice(close + 1);
  }
  return ok(parts);
}

const literal = (parts: readonly Part[]): string => parts.map((p) => ('text' in p ? p.text : '')).join('');

/** Every problem with a pattern, in words for the manager setting it; empty when it can be used. */
export function patternProblems(pattern: string): string[] {
  if (pattern.trim() === '') return ['Enter a pattern.'];
  if (pattern.length > MAX_PATTERN) return [`Keep the pattern to ${MAX_PATTERN} characters or fewer.`];
  if (/^[/\\]/.test(pattern) || /^[a-z]:/i.test(pattern)) {
    return ['The pattern must be inside the shared-drive folder: do not start it with a drive, "/" or "\\".'];
  }
  if (pattern.includes('\\')) return ['Use "/" between folder names, not "\\".'];
  const problems: string[] = [];
  const segments = pattern.split('/');
  segments.forEach((segment, i) => {
    const what = i === segments.length - 1 ? 'The file name' : `Folder ${i + 1}`;
    if (segment === '') {
      problems.push(`${what} is empty: remove the extra "/".`);
      return;
    }
    if (segment === '.' || segment === '..') {
      problems.push(`"${segment}" would leave or repeat the folder: it cannot be used.`);
      return;
    }
    const parsed = parseSegment(segment);
    if (!parsed.ok) {
      problems.push(`${what}: ${parsed.message}`);
      return;
    }
    const text = literal(parsed.value);
    const bad = [...new Set([...text].filter((c) => FORBIDDEN.has(c) || isControl(c)))];
    if (bad.length > 0) {
      const shown = bad.map((c) => (isControl(c) ? 'a control character' : c)).join(' ');
      problems.push(`${what} contains characters Windows does not allow in names: ${shown}.`);
    }
    const last = parsed.value.at(-1);
    if (last && 'text' in last && /[. ]$/.test(last.text)) {
      problems.push(`${what} ends with a dot or a space, which Windows drops.`);
    }
    if (parsed.value.every((p) => 'text' in p) && RESERVED_NAME.test(segment)) {
      problems.push(`"${segment}" is a name Windows keeps for a device.`);
    }
    if (text.length > MAX_NAME / 2) {
      problems.push(`${what} has too much fixed text: keep it under ${MAX_NAME / 2} characters.`);
    }
  });
  if (!/\.pdf$/i.test(pattern)) problems.push('The file name must end in ".pdf": downloads are PDFs.');
  return problems;
}

/** A pattern as zod sees it: text with no problems. */
export const FileNamePattern = z
  .string()
  .max(MAX_PATTERN)
  .superRefine((pattern, ctx) => {
    for (const message of patternProblems(pattern)) ctx.addIssue({ code: 'custom', message });
  });

/**
 * A value made safe to be part of a name: the characters Windows forbids (and '/', which would make
 * a folder) become '-', control characters go, spaces collapse, and leading or trailing dots and
 * spaces are dropped (a leading dot hides a file; Windows drops trailing ones).
 */
export function sanitiseValue(value: string): string {
  const cleaned = [...value.normalize('NFC')]
    .filter((c) => !isControl(c) || c === '\t' || c === '\n')
    .map((c) => (FORBIDDEN.has(c) ? '-' : c))
    .join('')
    .replace(/\s+/g, ' ');
  return trimEnds(cleaned) || '_';
}

const trimEnds = (text: string): string => text.replace(/^[.\s]+|[.\s]+$/g, '');

interface Slot {
  segment: number;
  value: string;
}

/**
 * The relative path a document is saved under. Values are sanitised, then the longest ones are cut
 * (the title first, in practice) until every name and the whole path fit Windows' limits.
 */
export function renderPattern(pattern: string, values: PatternValues): Result<string, 'invalid-pattern'> {
  const problems = patternProblems(pattern);
  if (problems.length > 0) return fail('invalid-pattern', problems.join(' '));
  const segments = pattern.split('/').map((segment) => {
    const parsed = parseSegment(segment);
    // patternProblems parsed every segment successfully just above.
    return parsed.ok ? parsed.value : [];
  });
  const slots: Slot[][] = segments.map((parts, segment) =>
    parts.flatMap((p) =>
      'placeholder' in p ? [{ segment, value: sanitiseValue(values[p.placeholder]) }] : [],
    ),
  );
  const build = (i: number) => {
    let n = 0;
    return (segments[i] ?? [])
      .map((p) => {
        if ('text' in p) return p.text;
        const slot = slots[i]?.[n++];
        return slot?.value ?? '';
      })
      .join('');
  };
  const shorten = (within: Slot[], over: number) => {
    const longest = within.reduce<Slot | undefined>(
      (a, b) => (a === undefined || b.value.length > a.value.length ? b : a),
      undefined,
    );
    if (!longest || longest.value.length <= 1) return false;
    const keep = Math.max(1, longest.value.length - over);
    longest.value = trimEnds(longest.value.slice(0, keep)) || '_';
    return true;
  };
  for (let i = 0; i < segments.length; i++) {
    for (let over = build(i).length - MAX_NAME; over > 0; over = build(i).length - MAX_NAME) {
      if (!shorten(slots[i] ?? [], over)) break;
    }
  }
  const whole = () => segments.map((_, i) => build(i)).join('/');
  for (let over = whole().length - MAX_RELATIVE_PATH; over > 0; over = whole().length - MAX_RELATIVE_PATH) {
    if (!shorten(slots.flat(), over)) break;
  }
  // A value can still make a reserved device name ("{surname}.pdf" for a child called Con).
  const names = segments
    .map((_, i) => build(i))
    .map((name) => (RESERVED_NAME.test(name) ? `_${name}` : name));
  const path = names.join('/');
  if (path.length > MAX_RELATIVE_PATH || names.some((n) => n.length > MAX_NAME)) {
    return fail('invalid-pattern', 'The pattern makes names too long for Windows even with the values cut.');
  }
  return ok(path);
}

/** The pattern with the example values, to show the home what it makes (or null when invalid). */
export function examplePath(pattern: string): string | null {
  const rendered = renderPattern(pattern, EXAMPLE_VALUES);
  return rendered.ok ? rendered.value : null;
}
