/** Date arithmetic for the demo records, in UTC so the seed is the same in every time zone. */

/** The demo records run up to this day, so they look recent without depending on the clock. */
export const SEED_UNTIL = '2026-11-01';

const DAY = 86_400_000;

export const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00Z`) / DAY;

export const isoDate = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** `2026-10-31` → `31/10/2026`, the date form of the 004 naming standard. */
export const ukDate = (iso: string): string => iso.split('-').reverse().join('/');

export const monthName = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });

/** `count` days spread evenly from `from` to `to` inclusive, oldest first. */
export function spread(from: string, to: string, count: number): number[] {
  const [a, b] = [dayNumber(from), dayNumber(to)];
  if (count === 1) return [b];
  return Array.from({ length: count }, (_, i) => Math.round(a + ((b - a) * i) / (count - 1)));
}
