import { useEffect } from 'react';
import { shipAuditEvents } from '../audit/audit-shipper.ts';
import { useSession } from '../session/session-store.ts';
import { useUiStore } from './ui-store.ts';

/** Also try now and then: an answer lost on the way leaves events queued until the next try. */
const EVERY_MS = 60_000;

/**
 * Sends the device's queued audit events whenever they could now get through: when someone signs
 * in online, when the connection comes back, and every minute (001: the gateway holds the audit).
 */
export function useAuditShipping(): void {
  const online = useUiStore((s) => s.connection === 'online');
  const signedInOnline = useSession((s) => s.status === 'signed-in' && s.mode === 'online');
  useEffect(() => {
    if (!online || !signedInOnline) return undefined;
    void shipAuditEvents();
    const timer = window.setInterval(() => void shipAuditEvents(), EVERY_MS);
    return () => window.clearInterval(timer);
  }, [online, signedInOnline]);
}
