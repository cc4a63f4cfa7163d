/**
 * Each audit action in words a manager reads in the audit screen and its exports (001: reviewed by
 * management, so it must read plainly). Keyed by string, not by the action type, so an action added
 * in shared/api/audit.ts without words here still builds and shows its id, never nothing; the unit
 * test (audit-action-labels.test.ts) fails until its words are added.
 */
const LABELS: Partial<Record<string, string>> = {
  'list-children': 'Listed the children',
  'search-children': 'Searched the children',
  'view-summary': 'Viewed a child’s summary',
  'view-documents': 'Viewed a child’s documents',
  'view-case-notes': 'Viewed a child’s case notes',
  'view-document': 'Opened a document in the viewer',
  'download-saved': 'Saved a downloaded document on this computer',
  'view-group': 'Viewed a sibling group',
  lock: 'Hearth locked',
  unlock: 'Hearth unlocked',
  'upload-queued': 'Saved a document to send (queued)',
  print: 'Printed a hard-copy label',
  'settings-changed': 'Changed a setting of this computer',
  'sign-in-offline': 'Signed in without a connection',
  'sign-in': 'Signed in',
  'sign-in-failed': 'Failed sign-in',
  'sign-in-locked': 'Sign-in refused: account locked',
  'sign-out': 'Signed out',
  'session-revoked-refresh-reuse': 'Session ended: a copied sign-in was used',
  'access-refused': 'Access refused',
  upload: 'Uploaded a document',
  'upload-notified': 'Social worker told of an upload',
  'list-hard-copies': 'Listed the hard copies to mark',
  'mark-hard-copy': 'Marked a hard copy',
  download: 'Downloaded a document',
  'offline-copy': 'Kept a document on a computer for offline reading',
  'discussion-recorded': 'Recorded a discussion with the social worker',
  'download-settings-changed': 'Changed the home’s download settings',
  'audit-viewed': 'Viewed the audit',
  'audit-exported': 'Exported the audit',
  'audit-verified': 'Verified the audit',
  'device-enrolment-code': 'Made a code to enrol a computer',
  'device-enrolled': 'Enrolled a computer',
  'device-revoked': 'Revoked a computer',
  'sign-in-refused-device': 'Sign-in refused: computer not enrolled or revoked',
  'device-final-audit': 'Received a revoked computer’s last audit events before its wipe',
  'group-created': 'Council created a sibling group',
  'group-renamed': 'Council renamed a sibling group',
  'group-member-added': 'Council added a child to a sibling group',
  'group-membership-ended': 'Council ended a sibling group membership',
  'access-request': 'Asked for access to a restricted record',
  'access-request-decided': 'Council decided an access request',
};

export function auditActionLabel(action: string): string {
  return LABELS[action] ?? action;
}

/** Whether the action has words of its own (not just its id). */
export function hasAuditActionLabel(action: string): boolean {
  return LABELS[action] !== undefined;
}
