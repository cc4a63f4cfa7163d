/**
 * Dates and times as GOV.UK writes them ("14 March 2011", "2:05pm"). Times are shown in UK time
 * whatever the computer's setting, because the homes and the records are in England and a note's
 * time must read the same on every device and in any later subject access request (003).
 */
import { MONTH_NAMES } from '../../../shared/domain/naming.ts';

/** A calendar date such as a date of birth (`2011-03-14` → `14 March 2011`): no time zone applies. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTH_NAMES[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** A moment in UK time, e.g. `23 November 2026 at 2:05pm`: the app's one way of writing it. */
export { formatWhen as formatDateTime } from '../../app/when.ts';

/** `2000` → `2,000`, as counts are written for people. */
export const formatCount = (n: number): string => n.toLocaleString('en-GB');
