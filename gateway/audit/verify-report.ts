/**
 * The managers' verification of the audit (issue 7: "a verification that reports the first broken
 * link"): every chain that holds events of the home, and the gateway's own, checked from its first
 * link by verifyAllChains; per chain, ok or the first link that does not hold, in words, and whose
 * chain it is (a device's chain is one person's on one computer).
 */
import type { Kysely } from 'kysely';
import type { AuditVerification, ChainCheck } from '../../shared/api/audit-review.ts';
import { GATEWAY_CHAIN_ID } from '../../shared/domain/audit-chain.ts';
import type { Database } from '../db/schema.ts';
import { verifyAllChains } from './chain.ts';

async function chainOwners(db: Kysely<Database>, chainIds: string[]): Promise<Map<string, string>> {
  if (chainIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('audit_chain_heads')
    .leftJoin('staff', 'staff.id', 'audit_chain_heads.staff_id')
    .leftJoin('devices', (join) =>
      join
        .onRef('devices.id', '=', 'audit_chain_heads.device_id')
        .onRef('devices.staff_id', '=', 'audit_chain_heads.staff_id'),
    )
    .select(['audit_chain_heads.chain_id', 'staff.display_name', 'devices.name as device_name'])
    .where('audit_chain_heads.chain_id', 'in', chainIds)
    .execute();
  return new Map(
    rows.map((r) => [
      r.chain_id,
      `${r.display_name ?? 'someone'}’s events on ${r.device_name ?? 'a device'}`,
    ]),
  );
}

export async function verifyHomeAudit(
  db: Kysely<Database>,
  homeId: string,
  now: Date,
): Promise<AuditVerification> {
  const report = await verifyAllChains(db, homeId);
  const owners = await chainOwners(
    db,
    report.chains.map((c) => c.chainId),
  );
  const chains = report.chains.map((c): ChainCheck & { label: string } => {
    const label =
      c.chainId === GATEWAY_CHAIN_ID ? 'The gateway’s own events' : (owners.get(c.chainId) ?? c.chainId);
    if (!c.ok)
      return {
        chainId: c.chainId,
        label,
        ok: false,
        length: c.firstBroken.index,
        firstBroken: { id: c.firstBroken.id, seq: c.firstBroken.seq },
        problem: c.problem,
        message: c.message,
      };
    if (!c.headMatches)
      // Every stored link holds, but the chain stops short of the last link the gateway wrote.
      return {
        chainId: c.chainId,
        label,
        ok: false,
        length: c.length,
        firstBroken: null,
        problem: 'removed-at-end',
        message: `Audit chain ${c.chainId} ends at event ${c.head?.seq ?? 0}, but the gateway wrote events after it: the last events were removed.`,
      };
    return {
      chainId: c.chainId,
      label,
      ok: true,
      length: c.length,
      firstBroken: null,
      problem: null,
      message: null,
    };
  });
  return { ok: report.ok, checkedAt: now.toISOString(), chains };
}
