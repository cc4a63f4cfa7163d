/** A time as GOV.UK writes it: "14 May 2026 at 2:05pm" (UK time, 12-hour clock, no leading zero). */
const DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const TIME = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

export function formatWhen(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${DATE.format(at)} at ${TIME.format(at).replace(/\s/g, '').toLowerCase()}`;
}
