/**
 * A change to a setting of this computer, as an audit event's detail (issue 7; DOMAIN.md "Audit":
 * managers can see who changed how Hearth behaves, and when): what changed, old → new. Settings
 * hold no child data, so the detail never names a child. Pure, so the unit test proves the words
 * and that saving the same value records nothing.
 */
// The shared-drive folder is no longer a setting of this computer: the home's managers set it on
// the gateway, which audits the change (gateway/routes/downloads.ts; issue 6).
export type ComputerSetting = 'auto-lock minutes';

/** The detail to record, or null when nothing changed (saving the same value is not a change). */
export function settingChange(setting: ComputerSetting, from: string, to: string): string | null {
  return from === to ? null : `${setting}: ${from} → ${to}`;
}
