/**
 * England's calendar days as instants. A manager asking for "3 November" means the home's day,
 * midnight to midnight in GMT or BST, not UTC's: an event at 00:30 BST on 1 October is on
 * 1 October, though it is 30 September 23:30 in UTC.
 */
const LONDON_HOUR = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The ISO instant England's day `date` (`YYYY-MM-DD`) starts at. */
export function englandDayStart(date: string): string {
  const utcMidnight = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(utcMidnight)) throw new Error(`not a date: ${date}`);
  // At UTC midnight London is at 00:00 (GMT) or 01:00 (BST). Clocks change at 01:00 UTC, so the
  // offset at UTC midnight is also the offset at London's midnight an hour earlier.
  const londonHour = Number(LONDON_HOUR.format(utcMidnight));
  return new Date(utcMidnight - londonHour * 3_600_000).toISOString();
}

/** The ISO instant England's day after `date` starts at: the end (excluded) of `date`. */
export function englandDayEnd(date: string): string {
  const next = new Date(Date.parse(`${date}T12:00:00.000Z`) + 86_400_000).toISOString().slice(0, 10);
  return englandDayStart(next);
}
