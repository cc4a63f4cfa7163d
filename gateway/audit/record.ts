/**
 * The gateway's own audit rows (source 'gateway'): sign-ins, sign-outs, and every list, search and
 * view it serves (001: "All entries, enquiries and records viewed are digitally logged against each
 * staff member's account"). Written before the answer is sent: no record leaves unlogged. Each is
 * the next link of the gateway's chain (audit/chain.ts).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import { appendGatewayEvent, type GatewayEvent } from './chain.ts';

export type { GatewayEvent } from './chain.ts';

export async function recordGatewayEvent(
  db: Kysely<Database>,
  event: GatewayEvent,
  now: Date,
): Promise<void> {
  // Inside the caller's transaction when given one (the event stands or falls with what it records).
  if (db.isTransaction) await appendGatewayEvent(db, event, now);
  else await db.transaction().execute((trx) => appendGatewayEvent(trx, event, now));
}

/** Who was refused: the person a request was authenticated as (bearer.ts SignedInPerson). */
interface RefusedPerson {
  staffId: string;
  homeId: string;
  deviceId: string;
}

/**
 * Writes an `access-refused` event against the person (001: every attempt is logged against their
 * account). One helper for the routes that refuse, so each refusal reads the same in the audit.
 */
export const refusalRecorder =
  (db: Kysely<Database>, clock: () => Date) =>
  (person: RefusedPerson, childId: string | null, detail: string): Promise<void> =>
    recordGatewayEvent(
      db,
      {
        staffId: person.staffId,
        homeId: person.homeId,
        deviceId: person.deviceId,
        action: 'access-refused',
        childId,
        detail,
      },
      clock(),
    );
