/**
 * The device's `settings-changed` event (issue 7; DOMAIN.md "Audit"): a setting of this computer
 * changed, with what and old → new (renderer/settings/setting-change.ts). No child: settings hold none.
 */
import { useSession } from '../session/session-store.ts';
import { recordAuditEvent } from './audit-log.ts';

export function auditSettingChanged(detail: string): Promise<void> {
  return recordAuditEvent({
    action: 'settings-changed',
    childId: null,
    detail,
    offline: useSession.getState().mode === 'offline',
  }).catch((error: unknown) => {
    // Loud on purpose: an unlogged change breaks 001; the e2e tests fail on console errors.
    console.error('Hearth could not record the audit event "settings-changed"', error);
  });
}
