/**
 * Managers read the audit in words, not raw ids (001: reviewed by management). Every action a
 * device or the gateway can record must have its words: a new action without them fails here.
 */
import { describe, expect, it } from 'vitest';
import { DEVICE_AUDIT_ACTIONS, GATEWAY_AUDIT_ACTIONS } from '../api/audit.ts';
import { auditActionLabel, hasAuditActionLabel } from './audit-action-labels.ts';

describe('audit action labels (001: the audit reads plainly)', () => {
  it.each([...new Set([...DEVICE_AUDIT_ACTIONS, ...GATEWAY_AUDIT_ACTIONS])])(
    '%s has words a manager reads',
    (action) => {
      expect(hasAuditActionLabel(action)).toBe(true);
      const label = auditActionLabel(action);
      expect(label).not.toBe(action);
      expect(label).toMatch(/^[A-Z]/);
    },
  );

  it('no two actions read the same', () => {
    const labels = GATEWAY_AUDIT_ACTIONS.map(auditActionLabel);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('an unknown action shows its id rather than nothing', () => {
    expect(auditActionLabel('something-new')).toBe('something-new');
  });
});
