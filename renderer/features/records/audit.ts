/**
 * The records screens' audit events (001: every record viewed and every enquiry is logged against
 * the person's account; DOMAIN.md "Audit"). Each is recorded when the person is shown something,
 * with `offline` true when it came from the device's saved copy.
 */
import type { DeviceAuditAction } from '../../../shared/api/audit.ts';
import { recordAuditEvent } from '../../audit/audit-log.ts';

export function audit(
  action: DeviceAuditAction,
  childId: string | null,
  detail: string | null,
  offline: boolean,
): void {
  recordAuditEvent({ action, childId, detail, offline }).catch((error: unknown) => {
    // Loud on purpose: a view that is not logged breaks 001; the e2e tests fail on console errors.
    console.error(`Hearth could not record the audit event "${action}"`, error);
  });
}
