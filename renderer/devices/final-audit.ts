/**
 * The revoked computer's last audit shipment, just before the wipe (wipe.ts). The wipe deletes the
 * audit queue with everything else, and the gateway holds the authoritative audit (DOMAIN.md
 * "Audit": "a device keeps its events until the gateway has them"): views made offline before the
 * revocation would otherwise be lost for good. The computer has no session any more, so each event
 * goes with the proof its person's key made when it was recorded (shared/api/final-audit.ts); the
 * gateway takes, once, what those proofs vouch for. One try: whatever the answer, the wipe goes on,
 * since a computer that may be in the wrong hands must not keep children's data waiting for a retry.
 */
import { FINAL_AUDIT_MAX_EVENTS, type ProvedAuditEvent } from '../../shared/api/final-audit.ts';
import { exchange } from '../api/http.ts';
import { allQueuedEvents } from '../audit/audit-shipper.ts';
import { thisDevice } from '../db/device-identity.ts';

/** How many events the gateway said it now holds (0 when there were none, or on any failure). */
export async function shipLastAuditEvents(): Promise<number> {
  try {
    const queued = await allQueuedEvents();
    if (queued.length === 0) return 0;
    // Oldest chains' events first, in order; a rare longer queue loses its tail, as the wipe would.
    const events: ProvedAuditEvent[] = queued.slice(0, FINAL_AUDIT_MAX_EVENTS);
    const device = await thisDevice();
    const answer = await exchange('POST', `/api/v1/devices/${device.id}/final-audit`, { body: { events } });
    if (answer.kind !== 'answer' || answer.status !== 200) return 0;
    const accepted: unknown = Reflect.get(Object(answer.body), 'accepted');
    return Array.isArray(accepted) ? accepted.length : 0;
  } catch {
    // The device key or the queue could not be read: nothing more can be sent from here.
    return 0;
  }
}
