/**
 * The chosen child's sibling group and its other members placed in this home (issue 8), from the
 * child's person summary: the records screens' own request, so offline it reads the same encrypted
 * saved copy (issue 3). Members elsewhere are never in it (the gateway leaves them out). Null while
 * loading, for a child in no group, or when the summary cannot be had (then only this child can
 * be chosen: the form never guesses at siblings).
 */
import { useEffect, useState } from 'react';
import { loadRecord } from '../../records/load-record.ts';
import { summaryRequest } from '../../records/requests.ts';
import { fullName } from './use-home-children.ts';

export interface ChildGroup {
  name: string;
  members: { id: string; fullName: string }[];
}

export function useChildGroup(childId: string): ChildGroup | null {
  const [found, setFound] = useState<{ childId: string; group: ChildGroup | null } | null>(null);
  useEffect(() => {
    if (childId === '') return;
    let current = true;
    void loadRecord(summaryRequest(childId)).then((loaded) => {
      if (!current) return;
      const record = loaded.state === 'shown' ? loaded.value : null;
      const group =
        record && !record.restricted && record.siblingGroup && record.siblingGroup.members.length > 0
          ? {
              name: record.siblingGroup.name,
              members: record.siblingGroup.members.map((m) => ({ id: m.id, fullName: fullName(m) })),
            }
          : null;
      setFound({ childId, group });
    });
    return () => {
      current = false;
    };
  }, [childId]);
  return found?.childId === childId ? found.group : null;
}
