/**
 * Issue 7 (DOMAIN.md "Audit"): a change to a setting of this computer is recorded as what changed,
 * old → new, and saving the same value again records nothing.
 */
import { describe, expect, it } from 'vitest';
import { settingChange } from './setting-change.ts';

describe('settingChange (issue 7: settings changed are audited)', () => {
  it('says what changed, old → new', () => {
    expect(settingChange('auto-lock minutes', '5', '1')).toBe('auto-lock minutes: 5 → 1');
  });

  it('records nothing when the value is the same', () => {
    expect(settingChange('auto-lock minutes', '5', '5')).toBeNull();
  });
});
