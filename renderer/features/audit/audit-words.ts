/**
 * The audit screen's sentences: what the verification found, in plain words for a manager (issue 7:
 * "a verification that reports the first broken link"), and the table's count line.
 */
import type { AuditVerification, ChainCheck } from '../../../shared/api/audit-review.ts';

const PROBLEMS: Partial<Record<string, string>> = {
  edited: 'it was changed after it was recorded',
  missing: 'events recorded before it have been removed',
  'out-of-order': 'events have been moved out of the order they happened in',
  'broken-link': 'it does not follow on from the event before it: an event was removed, added or moved',
  'wrong-chain': 'it has been moved here from another record',
  'removed-at-end': 'the last events of this record have been removed',
};

/** GOV.UK's pattern for a date range error: which date is wrong and how. */
export const FROM_AFTER_TO_MESSAGE = 'The ‘to’ date must be the same as or after the ‘from’ date';

export const AUDIT_INTACT = 'The audit is intact: no event has been changed, removed or moved.';
export const AUDIT_BROKEN = 'The audit has been tampered with.';

/** One sentence per chain that does not hold, naming its first broken event. */
export function brokenChainWords(chain: ChainCheck): string {
  const what = (chain.problem && PROBLEMS[chain.problem]) ?? chain.message ?? 'it does not verify';
  if (!chain.firstBroken) return `${chain.label}: ${what}.`;
  return `${chain.label}: the first broken event is number ${chain.firstBroken.seq} (id ${chain.firstBroken.id}): ${what}.`;
}

const brokenCount = (n: number) => (n === 1 ? '1 does not hold' : `${n} do not hold`);

export function verificationSummary(result: AuditVerification): string {
  const events = result.chains.reduce((n, c) => n + c.length, 0);
  const records = `${result.chains.length} record${result.chains.length === 1 ? '' : 's'}`;
  return result.ok
    ? `${AUDIT_INTACT} Checked ${records} holding ${events.toLocaleString('en-GB')} events.`
    : `${AUDIT_BROKEN} Checked ${records}; ${brokenCount(result.chains.filter((c) => !c.ok).length)}.`;
}

/** "Showing events 51 to 100 of 1,234, newest first". */
export function showingWords(first: number, shown: number, total: number): string {
  if (total === 0) return 'No events match these filters.';
  const fmt = (n: number) => n.toLocaleString('en-GB');
  return `Showing events ${fmt(first)} to ${fmt(first + shown - 1)} of ${fmt(total)}, newest first.`;
}
