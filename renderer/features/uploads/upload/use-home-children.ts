/**
 * The children placed in the person's home, to choose from: the records screens' own request, so
 * offline it reads the same encrypted saved list (issue 3) and a child who has left is not offered.
 * Showing the list is an enquiry, logged like the children screen's (001).
 */
import type { ChildListItem } from '../../../../shared/api/records.ts';
import { audit } from '../../records/audit.ts';
import type { Loaded } from '../../records/load-record.ts';
import { childrenRequest } from '../../records/requests.ts';
import { useRecord } from '../../records/use-record.ts';
import type { ChildOption } from '../upload-form.ts';

export const fullName = (child: Pick<ChildListItem, 'firstName' | 'lastName'>): string =>
  `${child.firstName} ${child.lastName}`;

export function useHomeChildren(): Loaded<ChildOption[]> {
  const loaded = useRecord(childrenRequest(''), (shown) => audit('list-children', null, null, shown.offline));
  if (loaded.state !== 'shown') return loaded;
  const options = loaded.value.children.map((child) => ({ id: child.id, fullName: fullName(child) }));
  return { ...loaded, value: options };
}
