/**
 * What the documents screen offers beside "View": the home's download settings (who may download,
 * a role setting) and the discussions this person recorded for the child (001: other records only
 * after a discussion with the allocated social worker). The gateway decides every download; this
 * only chooses which button to show, and shows the gateway's words when it says no.
 */
import { useCallback, useEffect, useState } from 'react';
import type { DownloadSettings } from '../../../shared/api/downloads.ts';
import { UPLOAD_ROLES } from '../../../shared/domain/roles.ts';
import { useSession } from '../../session/session-store.ts';
import { getDownloadSettings, listDiscussions } from './downloads-api.ts';

export interface DownloadRights {
  /** Null while unknown or offline: no download buttons are shown then. */
  mayDownload: boolean | null;
  discussed: ReadonlySet<string>;
  markDiscussed(documentId: string): void;
}

/** The roles given uploads by 001 need all 9 modules to download; the gateway checks others' training. */
function mayDownloadFor(settings: DownloadSettings, role: string, level: string): boolean {
  const inSetting = settings.downloadRoles.some((r) => r === role);
  const trained = [...UPLOAD_ROLES].some((r) => r === role) ? level === 'read-upload' : level !== 'none';
  return inSetting && trained;
}

export function useDownloadRights(childId: string): DownloadRights {
  const staff = useSession((s) => s.staff);
  const online = useSession((s) => s.mode === 'online');
  const [mayDownload, setMayDownload] = useState<boolean | null>(null);
  const [discussed, setDiscussed] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    if (!staff || !online) return;
    let current = true;
    void (async () => {
      const [settings, discussions] = await Promise.all([getDownloadSettings(), listDiscussions(childId)]);
      if (!current) return;
      setMayDownload(settings.ok ? mayDownloadFor(settings.value, staff.role, staff.access.level) : null);
      if (discussions.ok) setDiscussed(new Set(discussions.value.discussions.map((d) => d.documentId)));
    })();
    return () => {
      current = false;
    };
  }, [childId, staff, online]);

  const markDiscussed = useCallback(
    (documentId: string) => setDiscussed((was) => new Set([...was, documentId])),
    [],
  );
  return { mayDownload: online ? mayDownload : null, discussed, markDiscussed };
}
