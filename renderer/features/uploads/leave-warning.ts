/**
 * The warning on sign-out and on quit while documents wait (issue 4 "The app"): they are not lost,
 * they stay encrypted on this computer and go when Hearth is next online. The shell asks
 * `confirmLeaveWhileQueued()` before it signs out or closes; null means leave without asking.
 */
import { isWaiting } from './item-words.ts';

export interface LeaveWarning {
  waiting: number;
  message: string;
}

export function leaveWarningText(waiting: number): string | null {
  if (waiting <= 0) return null;
  if (waiting === 1) {
    return '1 document is waiting to be sent. It is kept safely on this computer and will be sent when Hearth is next online.';
  }
  return `${waiting.toLocaleString('en-GB')} documents are waiting to be sent. They are kept safely on this computer and will be sent when Hearth is next online.`;
}

/** Counts what waits in the outbox now (every uploader's: all of it stays on this computer). */
export async function confirmLeaveWhileQueued(): Promise<LeaveWarning | null> {
  // Loaded on demand: the shell calls this only at sign-out or quit.
  const { listItems } = await import('../../outbox/outbox.ts');
  const waiting = (await listItems()).filter(isWaiting).length;
  const message = leaveWarningText(waiting);
  return message ? { waiting, message } : null;
}
