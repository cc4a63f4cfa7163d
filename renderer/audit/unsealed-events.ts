/**
 * Audit events made while the device's key store is unavailable (003: nothing about a child is
 * written to the device unencrypted; a search's words or a child's id may name them). They are held
 * in this window's memory only, and sent like the others; a restart before they are sent loses
 * them, and the gateway's chain check then shows the gap as a break in this device's chain, which
 * is the truth. Little is at stake: without a key store nothing is read offline (no cache, no
 * offline unlock), so every record shown came from the gateway, which audits each read itself.
 */
import type { DeviceAuditEvent } from '../../shared/api/audit.ts';

const held = new Map<string, { staffId: string; event: DeviceAuditEvent; proof: string | null }>();

export function holdUnsealed(staffId: string, event: DeviceAuditEvent, proof: string | null = null): void {
  held.set(event.id, { staffId, event, proof });
}

/** Everyone's held events with their proofs: the revoked computer's last shipment (final-audit.ts). */
export function allUnsealed(): { staffId: string; event: DeviceAuditEvent; proof: string | null }[] {
  return [...held.values()];
}

export function unsealedOf(staffId: string): DeviceAuditEvent[] {
  return [...held.values()].filter((h) => h.staffId === staffId).map((h) => h.event);
}

/** Forgets the events the gateway answered for (accepted, or refused for good). */
export function releaseUnsealed(ids: readonly string[]): void {
  for (const id of ids) held.delete(id);
}
