/**
 * What the gateway checks before creating a GROUP upload (issue 8; guidance 004 "The Group allows
 * you to select which children the information should be recorded on"): every listed child is a
 * current member of the first child's group AND may receive it (placed in the uploader's home today or
 * when the item was queued, queued-placement.ts; a sibling elsewhere does not exist for them: 404 as
 * for any unknown child), no child is listed twice, and
 * the title names the group by its 004 name (a group document is filed under the family's name,
 * never under one child's name on another child's record).
 */
import type { Kysely } from 'kysely';
import { uploadChildIds, type UploadMetadata } from '../../shared/api/uploads.ts';
import { checkDocumentTitle } from '../../shared/domain/naming.ts';
import type { Database } from '../db/schema.ts';
import type { Refusal } from './create-check.ts';
import { childForQueuedItem, type QueuedWindow } from './queued-placement.ts';

const badRequest = (message: string): Refusal => ({ status: 400, error: 'bad-request', message });

/** Null when the item is not a group item, or when every member check passes. */
export async function checkGroupUpload(
  db: Kysely<Database>,
  homeId: string,
  window: QueuedWindow,
  meta: UploadMetadata,
): Promise<Refusal | null> {
  if (meta.groupChildIds === undefined) return null;
  const ids = uploadChildIds(meta);
  if (ids[0] !== meta.childId) return badRequest('List the child the document was queued for first.');
  if (new Set(ids).size !== ids.length) return badRequest('Each child can be chosen once only.');
  const found = await childForQueuedItem(db, homeId, meta.childId, window);
  if (!found.ok) return found.refusal;
  const first = found.child;
  if (first.sibling_group_id === null || first.group_name === null)
    return badRequest('This child is not in a sibling group: upload the document for them alone.');
  for (const id of ids.slice(1)) {
    const other = await childForQueuedItem(db, homeId, id, window);
    if (!other.ok) return other.refusal;
    const member = other.child;
    if (member.sibling_group_id !== first.sibling_group_id)
      return badRequest(`${member.first_name} ${member.last_name} is not in the same sibling group.`);
  }
  const title = checkDocumentTitle(meta.title, { name: first.group_name, completedOn: meta.completedOn });
  if (!title.ok) return badRequest(`A group document is named after the group (004): ${title.message}`);
  return null;
}
