/**
 * What of a child's summary is kept on this device, and what of the kept copy is shown offline,
 * where access requests are concerned (002 §6.2; 003 minimisation). The device's saved records are
 * the home's, readable by anyone of the home who signs in on it, while a request and its grant are
 * one person's:
 * - a restricted record shown in full by the reader's grant is kept as its basic details only, with
 *   the grant: the full record is read from the gateway, while connected, by that person alone;
 * - a saved request (pending, refused, granted) is shown only to the person who made it, and a
 *   saved grant past its end reads as expired.
 */
import type { ChildRecord } from '../../../../shared/api/records.ts';
import { RESTRICTED_ACCESS_NOTE } from '../../../../shared/domain/access.ts';
import { requestStateAt } from '../../../../shared/domain/access-requests.ts';

export function summaryToSave(record: ChildRecord): ChildRecord {
  if (record.restricted || !record.grantedAccess) return record;
  return {
    restricted: true,
    id: record.id,
    mosaicId: record.mosaicId,
    firstName: record.firstName,
    lastName: record.lastName,
    socialWorker: record.socialWorker ? { name: record.socialWorker.name } : null,
    team: { name: record.team.name },
    accessNote: RESTRICTED_ACCESS_NOTE,
    accessRequest: record.grantedAccess,
  };
}

export function savedSummaryFor(saved: ChildRecord, staffId: string | null, now: Date): ChildRecord {
  if (!saved.restricted || !saved.accessRequest) return saved;
  const { accessRequest, ...basics } = saved;
  if (accessRequest.staffId !== staffId) return basics;
  const decision = accessRequest.state === 'granted' || accessRequest.state === 'expired' ? 'granted' : null;
  const state = decision
    ? requestStateAt({ decision, expiresAt: accessRequest.expiresAt }, now)
    : accessRequest.state;
  return { ...basics, accessRequest: { ...accessRequest, state } };
}
