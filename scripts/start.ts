// `npm start`: the gateway with the demo data on 127.0.0.1, and the app pointed at it.
// Where the Electron binary is missing (it cannot be downloaded on every machine), it says so
// plainly and serves the same app to a browser from the gateway instead.
import { spawn, type ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { findElectronBinary } from './electron-binary.ts';
import { run } from './run-step.ts';

const root = process.cwd();
const port = process.env.HEARTH_PORT ?? '8787';
const host = process.env.HEARTH_HOST ?? '127.0.0.1';
const gatewayUrl = `http://${host}:${port}`;
const children: ChildProcess[] = [];

function stopAll(code: number): never {
  for (const child of children) child.kill('SIGTERM');
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

async function waitForHealth(url: string, gateway: ChildProcess): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (gateway.exitCode !== null)
      throw new Error(`the gateway stopped (exit code ${gateway.exitCode}); see its log above`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`the gateway did not answer at ${url}/health within a minute`);
}

console.log('Building the app for the browser…');
if (
  (await run('npx', [
    '--no-install',
    'vite',
    'build',
    '--config',
    'vite.web.config.ts',
    '--logLevel',
    'warn',
  ])) !== 0
) {
  console.error('The web build failed; see above.');
  process.exit(1);
}

const gateway = spawn(process.execPath, ['gateway/main.ts'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    HEARTH_PORT: port,
    HEARTH_HOST: host,
    HEARTH_DEMO_SEED: process.env.HEARTH_DEMO_SEED ?? 'true',
    HEARTH_WEB_ROOT: 'out/web',
  },
});
children.push(gateway);
gateway.on('exit', (code) => stopAll(code ?? 1));

try {
  await waitForHealth(gatewayUrl, gateway);
} catch (error) {
  console.error(`Hearth could not start: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
}

const electron = findElectronBinary(root);
console.log(`\nGateway: ${gatewayUrl}`);
if (electron.ok) {
  console.log('Building and opening the Hearth desktop app…');
  if ((await run('npx', ['--no-install', 'electron-vite', 'build'])) !== 0) stopAll(1);
  const app = spawn(electron.path, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, HEARTH_GATEWAY_URL: gatewayUrl },
  });
  children.push(app);
  app.on('exit', (code) => stopAll(code ?? 0));
  console.log(`App:     the Electron window (also in a browser at ${gatewayUrl}/)`);
} else {
  console.log(`App:     ${gatewayUrl}/  (open it in a browser)`);
  console.log(`\nThe desktop app cannot open here: ${electron.reason}.`);
  console.log('The same app is served to the browser at the URL above. Press Ctrl+C to stop.');
}
