/**
 * The access request at the gateway (shared/api/access-requests.ts; 002 §6.2), and keeping the new
 * request with the saved summary so its state shows offline too, as the records cache keeps the rest.
 */
import { AccessRequestAnswer, type AccessRequestView } from '../../../../shared/api/access-requests.ts';
import type { ChildRecord } from '../../../../shared/api/records.ts';
import { apiPost } from '../../../api/client.ts';
import { cacheRecord, childKey } from '../../../db/record-cache.ts';

export const requestAccess = (childId: string, reason: string) =>
  apiPost(`/api/v1/children/${encodeURIComponent(childId)}/access-requests`, { reason }, AccessRequestAnswer);

export async function keepRequestWithSummary(
  child: Extract<ChildRecord, { restricted: true }>,
  request: AccessRequestView,
): Promise<void> {
  try {
    await cacheRecord(childKey(child.id, 'summary'), { ...child, accessRequest: request });
  } catch (error) {
    // The request stands at the gateway; only its offline showing is lost until the next reading.
    console.warn('Hearth could not save the access request with the record on this device', error);
  }
}
