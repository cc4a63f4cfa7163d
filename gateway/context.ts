/** What route handlers share: the database, the clock and the settings they act on. */
import type { Kysely } from 'kysely';
import type { Clock } from './clock.ts';
import type { GatewayConfig } from './config.ts';
import type { Database } from './db/schema.ts';
import type { GrantSigner } from './auth/offline-grant.ts';

export interface GatewayContext {
  db: Kysely<Database>;
  clock: Clock;
  config: GatewayConfig;
  grants: GrantSigner;
}
