/**
 * The gateway process: `node gateway/main.ts` (or `npm run gateway`). Reads its configuration from
 * the environment, and on a bad value prints what is wrong and exits with code 2 (a usage error, so
 * scripts can tell it from a crash). Closes cleanly on SIGINT/SIGTERM so SQLite's WAL is checkpointed.
 */
import { loadConfig } from './config.ts';
import { startGateway, type RunningGateway } from './server.ts';

const config = loadConfig(process.env);
if (!config.ok) {
  console.error(config.message);
  process.exit(2);
}

let gateway: RunningGateway;
try {
  gateway = await startGateway(config.value);
} catch (error) {
  // e.g. EADDRINUSE: say what failed in one line rather than leave a stack trace to decode.
  console.error(`Hearth gateway could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
console.log(`Hearth gateway listening on ${gateway.url}`);

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  console.log(`Hearth gateway stopping (${signal})`);
  await gateway.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
