/**
 * Each audit action in words a manager reads in the audit screen and its exports (001: reviewed by
 * management, so it must read plainly). A Partial map on purpose: other features add actions to
 * shared/api/audit.ts; until they add words here, the action's id is shown, never nothing.
 */
const LABELS: Partial<Record<string, string>> = {
  'list-children': 'Listed the children',
  'search-children': 'Searched the children',
  'view-summary': 'Viewed a child’s summary',
  'view-documents': 'Viewed a child’s documents',
  'view-case-notes': 'Viewed a child’s case notes',
  'sign-in': 'Signed in',
  'sign-in-failed': 'Failed sign-in',
  'sign-in-locked': 'Sign-in refused: account locked',
  'sign-out': 'Signed out',
  'session-revoked-refresh-reuse': 'Session ended: a copied sign-in was used',
  'access-refused': 'Access refused',
  upload: 'Uploaded a document',
  'audit-viewed': 'Viewed the audit',
  'audit-exported': 'Exported the audit',
  'audit-verified': 'Verified the audit',
  'access-request': 'Asked for access to a restricted record',
  'access-request-decided': 'Council decided an access request',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
