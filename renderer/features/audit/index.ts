/**
 * The managers' audit screen (issue 7 "Manager screen"), for the records router and its navigation:
 * the screen (loaded on demand), its address (#/audit) and who gets the link. The link is shown to
 * the home's Registered Manager and Assistant Manager only (001: "reviewed by management"); the
 * gateway refuses anyone else whatever the address bar says.
 */
import { useSyncExternalStore } from 'react';
import { MANAGER_ROLES, type Role } from '../../../shared/domain/roles.ts';

export { AuditScreen } from './lazy-screen.tsx';

export const AUDIT_HREF = '#/audit';

export const mayReviewAudit = (role: Role): boolean => MANAGER_ROLES.has(role);

/** True when `hash` is the audit screen's address. */
export function isAuditHash(hash: string): boolean {
  const parts = (hash.replace(/^#/, '').split('?', 1)[0] ?? '').split('/').filter(Boolean);
  return parts.length === 1 && parts[0] === 'audit';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Whether the address points at the audit; follows links, Back and Forward. */
export function useAuditRoute(): boolean {
  return isAuditHash(useSyncExternalStore(subscribe, () => window.location.hash));
}
