/**
 * The audit as CSV (RFC 4180) for a manager's export (001: reviewed by management). Every cell is
 * quoted when it holds a comma, quote or line break, with quotes doubled. A cell starting with
 * = + - @ (or a tab or carriage return) gets a leading apostrophe, so a spreadsheet shows it as
 * text instead of running it as a formula: a search typed by staff, e.g. `=HYPERLINK(...)`, is
 * logged verbatim and must never run on a manager's computer (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | null): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows of cells as CSV text, CRLF line ends, the header first. */
export function csvText(header: readonly string[], rows: readonly (readonly (string | null)[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
