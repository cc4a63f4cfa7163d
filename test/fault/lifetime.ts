/**
 * A fault lifetime: one gateway process (killed and restarted as the runs draw), a few devices
 * sending at once (each its own Chromium context, account and fault proxy), many runs shared out
 * between them, then the check. Batching runs into lifetimes is what makes a thousand runs
 * affordable: Chromium, the gateway and sign-ins are paid for once per lifetime, not per run.
 */
import type { Browser } from 'playwright-core';
import { MAX_DELAY_MS } from '../../renderer/sync/backoff.ts';
import { failed, judge, progress, type Told } from './check.ts';
import { openDevice, uploaders, type Device } from './device.ts';
import { startGatewayProcess } from './gateway-process.ts';
import { runOne, until } from './run.ts';
import { drawRun, FAULT_KINDS, type Profile } from './scenario.ts';
import { emptyTally, type Tally } from './tally.ts';

/**
 * After the last run, how long the devices get to send what is left, and the gateway to email: the
 * engine's longest backoff, and a try after it.
 */
const SETTLE_MS = MAX_DELAY_MS + 60_000;

export interface LifetimeOptions {
  browser: Browser;
  seed: number;
  /** The number of this lifetime's first run, so the soak's runs are numbered (and drawn) across lifetimes. */
  firstRun: number;
  runs: number;
  devices: number;
  profile: Profile;
  /** Give run i the i-th kind of fault for sure, so a handful of runs covers every kind (the quick suite). */
  cover?: boolean;
  log?: (line: string) => void;
}

/** For a lost item: where the device says it is, so the report says whether it is stuck or gone. */
async function deviceSide(devices: Device[], problems: string[]): Promise<string[]> {
  const items = (await Promise.all(devices.map((d) => d.items().catch(() => [])))).flat();
  return problems.map((line) => {
    const item = items.find((i) => line.includes(i.outboxId));
    if (!line.startsWith('lost')) return line;
    if (!item) return `${line}; gone from the device too`;
    return `${line}; on the device: ${item.state}, ${item.attempts} tries, ${item.attention ?? item.lastError ?? 'no error'}`;
  });
}

export async function runLifetime(options: LifetimeOptions): Promise<Tally> {
  const { seed, profile } = options;
  const log = options.log ?? (() => undefined);
  const gateway = await startGatewayProcess();
  const tally = emptyTally();
  const told: Told[] = [];
  const devices: Device[] = [];
  let keepData = false;
  try {
    const people = uploaders();
    for (let index = 0; index < options.devices; index += 1) {
      const uploader = people[index % people.length];
      if (!uploader) throw new Error('no demo account may upload');
      devices.push(await openDevice(options.browser, gateway.port, index, uploader));
    }
    const plans = Array.from({ length: options.runs }, (_, r) =>
      drawRun(seed, options.firstRun + r, profile, options.cover ? FAULT_KINDS[r] : undefined),
    );
    await Promise.all(
      devices.map(async (device, d) => {
        for (let r = d; r < plans.length; r += devices.length) {
          const plan = plans[r];
          if (plan) await runOne(device, gateway, plan, seed, told, tally, log);
        }
      }),
    );
    // The network heals: whatever is left is sent now, and the check waits for it (bounded).
    for (const device of devices) {
      const stats = device.totals();
      tally.faults.cuts += stats.cuts;
      tally.faults.stalls += stats.stalls;
      await device.startRun({}, seed);
    }
    const settled = await until(
      () => {
        const now = progress(gateway.dataDir, told);
        return now.stored === told.length && now.unsent === 0;
      },
      SETTLE_MS,
      500,
    );
    if (!settled)
      log(`not settled after ${SETTLE_MS / 1000} s: ${JSON.stringify(progress(gateway.dataDir, told))}`);
    const verdict = await judge(gateway.dataDir, gateway.smtp.messages, told);
    verdict.problems = await deviceSide(devices, verdict.problems);
    tally.verdict = verdict;
    keepData = failed(verdict);
    return tally;
  } catch (error) {
    keepData = true;
    log(`gateway output:\n${gateway.recentOutput()}`);
    throw error;
  } finally {
    await Promise.all(devices.map((d) => d.close().catch(() => undefined)));
    await gateway.close({ keepData });
    if (keepData) log(`gateway data kept in ${gateway.dataDir}`);
  }
}
