/**
 * Whether every audit chain the gateway holds verifies from its first link to the head it kept
 * (issue 7: a tampered log must be detectable), read from the gateway's own database with the same
 * code the managers' "Verify" uses. Each chain as "ok" or where it broke, so a failure says which.
 */
import { verifyAllChains } from '../../../gateway/audit/chain.ts';
import { openDatabase } from '../../../gateway/db/connection.ts';

export async function auditChainVerdicts(dataDir: string): Promise<string[]> {
  const db = openDatabase(dataDir);
  try {
    const report = await verifyAllChains(db);
    return report.chains.map((c) =>
      c.ok && c.headMatches ? 'ok' : `${c.chainId}: ${JSON.stringify(c)}`.slice(0, 300),
    );
  } finally {
    await db.destroy();
  }
}
