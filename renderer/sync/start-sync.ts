/**
 * Starts the outbox's sync engine without putting Dexie or tus-js-client in the first bundle: the
 * app shell calls `startOutboxSync()` once the host is known (signed in or not: items queued by
 * someone earlier wait for their uploader), and the engine's code loads as its own chunk.
 */
import type { EngineDeps, SyncEngine } from './sync-engine.ts';

let starting: Promise<SyncEngine> | null = null;

export function startOutboxSync(deps?: EngineDeps): Promise<SyncEngine> {
  starting ??= Promise.all([
    import('./sync-engine.ts'),
    deps ?? import('./session-link.ts').then((m) => m.sessionDeps),
  ]).then(([engine, engineDeps]) => engine.createSyncEngine(engineDeps));
  return starting;
}
