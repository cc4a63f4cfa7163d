/**
 * Times as the home reads them: in England's time (GMT or BST), whatever the computer's zone, so
 * an event at 23:30 BST is not written down as the next day's 00:30 or the day before's 22:30.
 */
const ENGLAND = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-20T22:15:00Z` → `20/11/2026 at 22:15`. */
export function englandDateTime(iso: string): string {
  const parts = ENGLAND.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} at ${part('hour')}:${part('minute')}`;
}
