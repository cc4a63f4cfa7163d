/**
 * One fault run on one device: a fresh fault proxy with the run's plan, the run's documents queued
 * (each one the manager is told is saved joins `told`), then the run's one-off faults in order, and
 * a wait until the device has sent them. A run that takes too long is counted, not failed: its
 * documents are still judged at the end of the lifetime, which is what matters.
 */
import { pdfDocument } from '../e2e/outbox-session.ts';
import type { FaultPlan } from '../support/fault-proxy.ts';
import type { Told } from './check.ts';
import type { Device } from './device.ts';
import type { GatewayProcess, StopSignal } from './gateway-process.ts';
import { groupSubset, type FaultEvent, type RunPlan } from './scenario.ts';
import type { Tally } from './tally.ts';

const MiB = 1024 * 1024;
/** How long an armed one-off drop may wait for its response before the run moves on. */
const DROP_WAIT_MS = 15_000;
/** Long enough for a 6 MB file cut into pieces with the engine's backoff between them. */
const RUN_DEADLINE_MS = 120_000;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it holds or `ms` pass; answers whether it held. */
export async function until(
  check: () => Promise<boolean> | boolean,
  ms: number,
  every = 150,
): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(every);
  }
}

type DropEvent = Extract<FaultEvent, { kind: 'drop' }>;

const dropPlan = (base: FaultPlan, drop: DropEvent | undefined): FaultPlan =>
  drop ? { ...base, dropResponses: { status: [drop.status], probability: 1 } } : base;

async function queueFiles(
  device: Device,
  plan: RunPlan,
  seed: number,
  told: Told[],
): Promise<{ ids: string[]; groupItems: number }> {
  const ids: string[] = [];
  let groupItems = 0;
  for (const [k, { size, child: pick, group: asGroup, members }] of plan.files.entries()) {
    const tag = `${seed}.${plan.index}.${k}`;
    const doc = pdfDocument(`fault-${tag}.pdf`, size);
    const child = device.uploader.children[Math.floor(pick * device.uploader.children.length)];
    if (!child) throw new Error(`${device.uploader.username} has no children to upload for`);
    // Issue 8: a group item where the home has siblings; judged per child record it is filed on.
    // Some of the siblings placed in the home, as a manager ticks them: filed on exactly those.
    const siblings = asGroup ? device.uploader.group : null;
    const group = siblings && { ...siblings, childIds: groupSubset(siblings.childIds, members) };
    const outboxId = await device.enqueue(doc, child, `Keyworker monthly report fault ${tag}`, group);
    told.push({
      outboxId,
      sha256: doc.sha256,
      size,
      childIds: group ? group.childIds : [child.id],
      where: `device ${device.index}, run ${plan.index}${group ? ', group item' : ''}`,
    });
    if (group) groupItems += 1;
    ids.push(outboxId);
  }
  return { ids, groupItems };
}

/**
 * A restart as drawn. When another device's restart was already under way this one only waited for
 * it; a drawn kill then kills once more itself, so a run that must cover a kill does (a slower
 * drain used to keep the devices' restarts apart; a faster one let them meet).
 */
async function restartOrKill(gateway: GatewayProcess, signal: StopSignal, downMs: number): Promise<boolean> {
  if (await gateway.restart(signal, downMs)) return true;
  return signal === 'SIGKILL' ? gateway.restart(signal, downMs) : false;
}

export async function runOne(
  device: Device,
  gateway: GatewayProcess,
  plan: RunPlan,
  seed: number,
  told: Told[],
  tally: Tally,
  log: (line: string) => void,
): Promise<void> {
  const drops = plan.events.filter((e): e is DropEvent => e.kind === 'drop');
  // The first drop is armed before queueing: a small file is sent the moment it is queued.
  await device.startRun(dropPlan(plan.proxy, drops[0]), plan.proxySeed);
  const proxy = device.proxy();
  const { ids, groupItems } = await queueFiles(device, plan, seed, told);
  const done = async () => (await device.waiting(ids)).length === 0;
  const { faults } = tally;

  // One drop at a time: the run's proxy is new, so its count of dropped answers is this run's alone.
  for (const [n, drop] of drops.entries()) {
    proxy.setPlan(dropPlan(plan.proxy, drop));
    const fired = () => proxy.stats.droppedResponses > n;
    await until(async () => fired() || (await done()), DROP_WAIT_MS);
    if (fired()) faults[drop.status === 201 ? 'dropped201' : 'dropped204'] += 1;
  }
  proxy.setPlan(plan.proxy);
  for (const event of plan.events) {
    if (event.kind === 'drop') continue;
    await sleep(event.afterMs);
    const midUpload = !(await done());
    if (event.kind === 'reload') {
      await device.reload();
      faults.reloads += 1;
      if (midUpload) faults.reloadsMidUpload += 1;
    } else if (await restartOrKill(gateway, event.signal, event.downMs)) {
      faults.restarts += 1;
      if (event.signal === 'SIGKILL') faults.kills += 1;
      if (midUpload) faults.restartsMidUpload += 1;
    }
  }
  if (!(await until(done, RUN_DEADLINE_MS, 250))) {
    tally.slowRuns += 1;
    const late = (await device.items()).filter((i) => ids.includes(i.outboxId));
    const states = late.map(
      (i) => `${i.state} after ${i.attempts} tries (${i.attention ?? i.lastError ?? 'no error'})`,
    );
    log(
      `device ${device.index}, run ${plan.index}: not sent in ${RUN_DEADLINE_MS / 1000} s: ${states.join('; ')}`,
    );
  }
  tally.runs += 1;
  tally.items += plan.files.length;
  tally.multiMbItems += plan.files.filter((f) => f.size >= MiB).length;
  tally.groupItems += groupItems;
  tally.bytes += plan.files.reduce((sum, f) => sum + f.size, 0);
}
