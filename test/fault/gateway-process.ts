/**
 * The real gateway as its own process (`node gateway/main.ts`, as a council runs it), so the fault
 * suite can really kill it: SIGKILL mid-upload leaves SQLite and the tus file store exactly as a
 * power cut would, SIGTERM is the orderly stop. It comes back on the same port with the same data
 * folder, so the fault proxies in front of it reach it again at the same address. Notifications go
 * to a real SMTP server (the `smtp-server` package) in this process, which outlives every restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, startSmtp, type TestSmtp } from '../../gateway/notify/testing/smtp.ts';
import { WEB_ROOT } from '../e2e/support/gateway.ts';
import { startFrontDoor } from './front-door.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const LISTENING = 'Hearth gateway listening on';
/** The demo seed (2,000 case notes) makes the first start slow on a busy machine. */
const START_TIMEOUT_MS = 60_000;
/** An orderly stop waits for requests in flight; one that hangs longer is killed. */
const STOP_TIMEOUT_MS = 15_000;

export type StopSignal = 'SIGKILL' | 'SIGTERM';

export interface GatewayProcess {
  port: number;
  dataDir: string;
  smtp: TestSmtp;
  /**
   * Stops the gateway with `signal`, leaves the port dark for `downMs`, and starts it again. False
   * when a restart was already under way: this call only waited for it.
   */
  restart(signal: StopSignal, downMs: number): Promise<boolean>;
  /** What the gateway printed lately (for a failure report). */
  recentOutput(): string;
  /** Stops it; the data folder is kept when asked (to look into a failed run). */
  close(options?: { keepData?: boolean }): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export async function startGatewayProcess(): Promise<GatewayProcess> {
  const smtp = await startSmtp();
  // The gateway reaches the SMTP server through a relay, so a kill mid-message is a hang-up to it.
  const mailRelay = await startFrontDoor();
  mailRelay.routeTo(smtp.port);
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-fault-'));
  const port = await freePort();
  const output: string[] = [];
  const env = {
    ...process.env,
    HEARTH_PORT: String(port),
    HEARTH_HOST: '127.0.0.1',
    HEARTH_DATA_DIR: dataDir,
    HEARTH_WEB_ROOT: WEB_ROOT,
    HEARTH_DEMO_SEED: 'true',
    HEARTH_LOG_LEVEL: 'warn',
    HEARTH_SMTP_HOST: '127.0.0.1',
    HEARTH_SMTP_PORT: String(mailRelay.port),
    HEARTH_SMTP_SECURE: 'false',
    HEARTH_SMTP_FROM: 'Hearth <hearth@council.example>',
  };
  const remember = (chunk: Buffer) => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };

  async function launch(): Promise<ChildProcess> {
    const child = spawn(process.execPath, ['gateway/main.ts'], { cwd: ROOT, env, stdio: 'pipe' });
    child.stderr.on('data', remember);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('the gateway did not start in time')),
        START_TIMEOUT_MS,
      );
      child.stdout.on('data', (chunk: Buffer) => {
        remember(chunk);
        if (chunk.toString('utf8').includes(LISTENING)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the gateway exited with ${code} before listening:\n${output.join('\n')}`));
      });
    });
    return child;
  }

  /** The port was just freed by the old process; a moment's retry covers the rare slow release. */
  async function launchPatiently(): Promise<ChildProcess> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await launch();
      } catch (error) {
        if (attempt >= 5) throw error;
        await sleep(200 * attempt);
      }
    }
  }

  async function stop(child: ChildProcess, signal: StopSignal): Promise<void> {
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
    await exited(child);
    clearTimeout(timer);
  }

  let current = await launchPatiently();
  // Restarts asked for by several devices at once are one restart: the others wait for it.
  let restarting: Promise<void> | null = null;
  return {
    port,
    dataDir,
    smtp,
    restart(signal, downMs) {
      if (restarting) return restarting.then(() => false);
      restarting = (async () => {
        await stop(current, signal);
        await sleep(downMs);
        current = await launchPatiently();
      })().finally(() => {
        restarting = null;
      });
      return restarting.then(() => true);
    },
    recentOutput: () => output.join('\n'),
    async close(options = {}) {
      await restarting?.catch(() => undefined);
      await stop(current, 'SIGTERM');
      await mailRelay.close();
      await smtp.close();
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
