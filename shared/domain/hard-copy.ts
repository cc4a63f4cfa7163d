/**
 * The note staff write on a hard copy once the council has the document (guidance 001: "Hard copies
 * of the document held within the children's home that have been added to Mosaic must have a written
 * note on them detailing when it was uploaded"; DOMAIN.md "Uploads": date and time of upload, by whom).
 * The time is the gateway's recorded time in England (Europe/London, so GMT in winter and BST in
 * summer), never the device's clock: every copy of the note says the same as the record.
 */

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `{ date: '25/11/2026', time: '09:05' }`: the date and 24-hour time in England at `at`. */
export function englandDateAndTime(at: Date): { date: string; time: string } {
  const parts = LONDON.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    date: `${part('day')}/${part('month')}/${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

export interface HardCopyFacts {
  /** When the gateway recorded the document (ISO-8601, as the API gives it). */
  recordedAt: string;
  /** The person who uploaded it, as the record names them. */
  uploaderName: string;
}

/** "Uploaded to Mosaic on 25/11/2026 at 10:00 by Priya Shah". */
export function hardCopyNote(facts: HardCopyFacts): string {
  const at = new Date(facts.recordedAt);
  if (Number.isNaN(at.getTime())) throw new Error(`not a time: ${facts.recordedAt}`);
  const { date, time } = englandDateAndTime(at);
  return `Uploaded to Mosaic on ${date} at ${time} by ${facts.uploaderName.trim()}`;
}

/**
 * Where a document stands for its hard copy: a file staff already had on paper needs the note
 * written on it ('to-mark' until someone says it is done); a form written in Hearth has no paper
 * copy to mark ('no-hard-copy').
 */
export const HARD_COPY_STATES = ['to-mark', 'marked', 'no-hard-copy'] as const;
export type HardCopyState = (typeof HARD_COPY_STATES)[number];
