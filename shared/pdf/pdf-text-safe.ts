/**
 * What staff type, made writable with the PDF standard fonts. Helvetica in pdf-lib encodes only
 * WinAnsi (Windows-1252) and throws on anything else, so a form with an emoji, a Polish name or a
 * maths sign would fail to save. Every string the form frame draws passes through `pdfSafeText`:
 * - characters WinAnsi has (ASCII, Latin-1, curly quotes, en and em dashes, €, …) stay as typed;
 * - common look-alikes become their WinAnsi twin (minus sign → "-", arrows → "->", "≤" → "<=");
 * - letters with accents WinAnsi lacks lose the accent (ă → a, ő → o), so names stay readable;
 * - anything else (emoji, other scripts) becomes "?", one per character the person typed, so the
 *   reader of the PDF can see that something was there (003: records must stay accurate).
 */

/** The 27 characters Windows-1252 puts at 0x80–0x9F, beside ASCII and Latin-1. */
const WIN_ANSI_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
const EXTRA = new Set([...WIN_ANSI_EXTRA].map((c) => c.codePointAt(0) ?? 0));

/** The replacement for a character the standard fonts cannot draw. */
export const UNDRAWABLE = '?';

export function isWinAnsi(codePoint: number): boolean {
  return (
    (codePoint >= 0x20 && codePoint <= 0x7e) ||
    // 0xA0 (no-break space) and 0xAD (soft hyphen) are mapped below: readers treat them oddly.
    (codePoint >= 0xa1 && codePoint <= 0xff && codePoint !== 0xad) ||
    EXTRA.has(codePoint)
  );
}

const LOOK_ALIKES: Record<string, string> = {
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2009': ' ',
  '\u00ad': '',
  '\u200b': '',
  '\u200c': '',
  '\u200d': '',
  '\ufeff': '',
  '\ufe0f': '',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2032': "'",
  '\u2033': '"',
  '\u201b': "'",
  '\u201f': '"',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21d2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u2718': 'x',
  '\u2153': '1/3',
  '\u2154': '2/3',
  '\u215b': '1/8',
  '\u2023': '•',
  '\u25cf': '•',
  '\u0131': 'i',
  '\u0141': 'L',
  '\u0142': 'l',
  '\u0110': 'D',
  '\u0111': 'd',
  '\u0127': 'h',
  '\u0126': 'H',
  '\u0167': 't',
  '\u0166': 'T',
};

const COMBINING_MARK = /\p{M}/u;

function mapOne(char: string): string {
  const codePoint = char.codePointAt(0) ?? 0;
  if (isWinAnsi(codePoint)) return char;
  const lookAlike = LOOK_ALIKES[char];
  if (lookAlike !== undefined) return lookAlike;
  // Whitespace and control characters inside a line (tabs, stray CR) read as one space.
  if (/\s|\p{Cc}/u.test(char)) return ' ';
  // Accents WinAnsi lacks (ă, ő, ș): drop the combining marks, keep the letter.
  const decomposed = char.normalize('NFKD');
  if (decomposed !== char) {
    const base = [...decomposed].filter((c) => !COMBINING_MARK.test(c)).join('');
    if (base !== '' && [...base].every((c) => isWinAnsi(c.codePointAt(0) ?? 0))) return base;
  }
  // A lone combining mark (e.g. after an emoji) or a skin-tone modifier adds nothing readable.
  if (COMBINING_MARK.test(char) || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff)) return '';
  return UNDRAWABLE;
}

/**
 * One line of text the standard fonts can draw. Line breaks are NOT kept (callers split
 * paragraphs first); a zero-width joiner sequence (one emoji made of several) still shows one "?"
 * per pictograph, which is predictable and honest.
 */
export function pdfSafeText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) out += mapOne(char === '\n' || char === '\r' ? ' ' : char);
  return out;
}
