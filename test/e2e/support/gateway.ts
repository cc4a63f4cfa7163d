/**
 * Starts the REAL gateway in this process for one test file: its own fresh data folder (a new
 * SQLite file holding the demo data, copied from one seeded once: gateway/testing/demo-data.ts), an OS-chosen port on 127.0.0.1, and the web build in out/web. After
 * Actual Budget's e2e fixtures: every test file gets its own data, so no test sees another's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../gateway/config.ts';
import { startGateway } from '../../../gateway/server.ts';
import { copyDemoData } from '../../../gateway/testing/demo-data.ts';

export interface TestGateway {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

export const WEB_ROOT = 'out/web';

/** `env` adds or overrides gateway variables, e.g. `HEARTH_DEVICE_ENROLMENT: 'required'`. */
export async function startTestGateway(env: Record<string, string> = {}): Promise<TestGateway> {
  if (!existsSync(join(WEB_ROOT, 'index.html'))) {
    throw new Error(`No web build in ${WEB_ROOT}: run \`npx vite build --config vite.web.config.ts\` first.`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-e2e-'));
  const config = loadConfig({
    HEARTH_PORT: '0',
    HEARTH_HOST: '127.0.0.1',
    HEARTH_DATA_DIR: dataDir,
    HEARTH_WEB_ROOT: WEB_ROOT,
    HEARTH_DEMO_SEED: 'true',
    HEARTH_LOG_LEVEL: 'warn',
    ...env,
  });
  if (!config.ok) throw new Error(config.message);
  if (config.value.demoSeed) await copyDemoData(dataDir);
  const gateway = await startGateway(config.value);
  return {
    url: gateway.url.replace(/\/+$/, ''),
    dataDir,
    async close() {
      await gateway.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
