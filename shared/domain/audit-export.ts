/**
 * One audit event as the cells of an export (CSV and PDF alike), so both say the same thing in the
 * same order: when (England's time, and the exact UTC instant for matching with other systems),
 * who with their role, which child, what, the detail, the device, online or offline, and why the
 * gateway refused it if it did (001: "digitally logged against each staff member's account").
 */
import type { AuditRow } from '../api/audit-review.ts';

export const AUDIT_EXPORT_HEADER = [
  'When (England)',
  'When (UTC)',
  'Person',
  'Role',
  'Child',
  'Action',
  'Detail',
  'Device',
  'Online or offline',
  'Refused because',
] as const;

const ENGLAND = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `2026-11-20T22:15:07.000Z` → `20/11/2026 22:15:07` in England's time (GMT or BST). */
export function englandDateTimeSeconds(iso: string): string {
  const parts = ENGLAND.formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}:${part('second')}`;
}

export const onlineWords = (offline: boolean): string =>
  offline ? 'Offline (from this computer’s copy)' : 'Online';

export function auditExportCells(row: AuditRow): (string | null)[] {
  return [
    englandDateTimeSeconds(row.at),
    row.at,
    row.person?.name ?? 'Unknown username',
    row.person?.role ?? null,
    row.child?.name ?? null,
    row.actionLabel,
    row.detail,
    row.device,
    onlineWords(row.offline),
    row.refusedReason,
  ];
}
