/**
 * The shared-drive folder of this computer, and in the desktop app a button to choose it (issue 6:
 * "the home sets, once, the shared-drive folder"). The main process shows the folder dialog and
 * keeps the choice; the page never names a path. A browser saves to its own downloads folder.
 */
import { useState } from 'react';
import { useUiStore } from '../../app/ui-store.ts';
import { auditSettingChanged } from '../../audit/settings-audit.ts';
import { host } from '../../host/index.ts';
import { chooseSharedDriveFolder } from '../../settings/setting-change.ts';

export function SharedDriveFolder() {
  const isDesktop = useUiStore((s) => s.appInfo?.host === 'electron');
  const [said, setSaid] = useState<string | null>(null);
  if (!isDesktop) return null;

  async function choose() {
    // Issue 7: a new folder is audited, old → new (setting-change.ts).
    const chosen = await chooseSharedDriveFolder(host, auditSettingChanged);
    if (chosen.ok) setSaid(`Downloads are now saved in ${chosen.value.folder ?? 'the chosen folder'}.`);
    else if (chosen.error !== 'cancelled') setSaid(chosen.message);
  }

  return (
    <div className="govuk-form-group">
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void choose()}>
        Choose the shared-drive folder
      </button>
      <p className="govuk-body" role="status">
        {said}
      </p>
    </div>
  );
}
