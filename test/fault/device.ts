/**
 * One device of the fault suite: a Chromium context running the real outbox and sync engine (the
 * outbox e2e harness), signed in as a demo manager, reaching the gateway only through its front
 * door and the fault proxy of its current run. Documents are served to the page from Node, so the
 * suite knows the exact bytes (and SHA-256) of everything a manager queued.
 */
import type { Browser } from 'playwright-core';
import { CHILDREN, SIBLING_GROUPS } from '../../gateway/seed/children.ts';
import { GROUP_MEMBERS } from '../../gateway/seed/groups.ts';
import { DEMO_ACCOUNTS } from '../../gateway/seed/people.ts';
import {
  noFaultsYet,
  startFaultProxy,
  type FaultPlan,
  type FaultProxy,
  type ProxyStats,
} from '../support/fault-proxy.ts';
import type { QueuedItem } from '../e2e/support/outbox-harness.ts';
import {
  enqueueDocument,
  FILES_BASE,
  metaFor,
  openHarness,
  signInAs,
  type HarnessPage,
  type TestDocument,
} from '../e2e/outbox-session.ts';
import { startFrontDoor, type FrontDoor } from './front-door.ts';

export interface Uploader {
  username: string;
  children: { id: string; name: string }[];
  /** A sibling group with two or more members placed in the home (oldest first), for group items. */
  group: { name: string; childIds: string[] } | null;
}

/** The first sibling group with at least two current members placed in the home (issue 8). */
function groupIn(homeId: string): Uploader['group'] {
  for (const group of SIBLING_GROUPS) {
    // The seed's current memberships (its dated rows are the one record of who is in a group).
    const memberIds = GROUP_MEMBERS.filter((m) => m.group_id === group.id && m.end_date === null).map(
      (m) => m.child_id,
    );
    const members = CHILDREN.filter(
      (c) =>
        memberIds.includes(c.id) && c.home_id === homeId && c.placement_end === null && c.restricted === 0,
    ).sort((a, b) => a.date_of_birth.localeCompare(b.date_of_birth));
    if (members.length >= 2) return { name: group.name, childIds: members.map((m) => m.id) };
  }
  return null;
}

/**
 * Demo accounts that may upload, each with the children placed in their home now, alternating
 * between homes: two devices already cover both, and with them a child whose notice goes to the
 * team's duty inbox (no allocated social worker).
 */
export function uploaders(): Uploader[] {
  const accounts = DEMO_ACCOUNTS.filter((a) => a.access === 'read-upload');
  const rank = (i: number) => accounts.slice(0, i).filter((b) => b.homeId === accounts[i]?.homeId).length;
  const alternating = accounts
    .map((account, i) => ({ account, rank: rank(i) }))
    .sort((x, y) => x.rank - y.rank);
  return alternating.map(({ account }) => ({
    username: account.username,
    children: CHILDREN.filter(
      (c) => c.home_id === account.homeId && c.placement_end === null && c.restricted === 0,
    ).map((c) => ({ id: c.id, name: `${c.first_name} ${c.last_name}` })),
    group: groupIn(account.homeId),
  }));
}

const STAT_KEYS = [
  'connections',
  'upstreamBytes',
  'cuts',
  'droppedResponses',
  'stalls',
] as const satisfies readonly (keyof ProxyStats)[];
const SIGN_IN_PATIENCE_MS = 90_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Device {
  index: number;
  uploader: Uploader;
  staffId: string;
  /** The fault proxy of the current run (its stats count that run's faults). */
  proxy(): FaultProxy;
  /** A fresh fault proxy for a run: the device's open connections close, new ones get `plan`. */
  startRun(plan: FaultPlan, seed: number): Promise<void>;
  /** Queues `doc` for `childId` with a title that names the run; answers the outbox id. */
  /** Queues one item for `child`, or with `group` one group item for all its members (issue 8). */
  enqueue(
    doc: TestDocument,
    child: { id: string; name: string },
    description: string,
    group?: Uploader['group'],
  ): Promise<string>;
  /** Reloads the page (the engine and the session go), starts the engine and signs in again. */
  reload(): Promise<void>;
  items(): Promise<QueuedItem[]>;
  /** Of `outboxIds`, those the device does not yet know to be received. */
  waiting(outboxIds: readonly string[]): Promise<string[]>;
  /** Faults fired over all runs so far. */
  totals(): ProxyStats;
  close(): Promise<void>;
}

/** Signs in, again and again while the gateway is restarting or the proxy cuts the request. */
async function signInPatiently(opened: HarnessPage, username: string): Promise<string> {
  const end = Date.now() + SIGN_IN_PATIENCE_MS;
  for (;;) {
    try {
      return await signInAs(opened.harness, username);
    } catch (error) {
      if (Date.now() > end) throw error;
      await sleep(250);
    }
  }
}

export async function openDevice(
  browser: Browser,
  gatewayPort: number,
  index: number,
  uploader: Uploader,
): Promise<Device> {
  const door: FrontDoor = await startFrontDoor();
  let proxy = await startFaultProxy({ host: '127.0.0.1', port: gatewayPort }, index + 1);
  door.routeTo(proxy.port);
  /** What the proxies of finished runs counted. */
  const done: ProxyStats = noFaultsYet();
  const opened = await openHarness(browser, door.url);
  // Later routes win in Playwright: documents are added run by run, so this map replaces the fixed one.
  const served = new Map<string, TestDocument>();
  await opened.context.route(`**${FILES_BASE}**`, (route) => {
    const name = decodeURIComponent(new URL(route.request().url()).pathname.slice(FILES_BASE.length));
    const found = served.get(name);
    return found
      ? route.fulfill({ status: 200, contentType: 'application/pdf', body: found.bytes })
      : route.fulfill({ status: 404, body: 'no such test document' });
  });
  await opened.harness.evaluate((h) => h.startSync());
  const staffId = await signInPatiently(opened, uploader.username);

  const items = () => opened.harness.evaluate((h) => h.listItems());
  const device: Device = {
    index,
    uploader,
    staffId,
    proxy: () => proxy,
    async startRun(plan, seed) {
      const next = await startFaultProxy({ host: '127.0.0.1', port: gatewayPort }, seed);
      next.setPlan(plan);
      door.routeTo(next.port);
      for (const key of STAT_KEYS) done[key] += proxy.stats[key];
      await proxy.close();
      proxy = next;
    },
    async enqueue(doc, child, description, group) {
      served.set(doc.name, doc);
      const meta = group
        ? {
            ...metaFor(doc, staffId, group.childIds[0]),
            // 004: a group document is named after the group; one item for all its members.
            title: `${group.name} - ${description} - 31/10/2026`,
            groupChildIds: group.childIds.join(','),
          }
        : {
            ...metaFor(doc, staffId, child.id),
            title: `${child.name} - ${description} - 31/10/2026`,
          };
      try {
        return await enqueueDocument(opened.harness, doc, meta);
      } finally {
        served.delete(doc.name);
      }
    },
    async reload() {
      const harness = await opened.reload();
      await harness.evaluate((h) => h.startSync());
      await signInPatiently(opened, uploader.username);
    },
    items,
    async waiting(outboxIds) {
      const received = new Set(
        (await items())
          .filter((i) => i.state === 'received' || i.state === 'notified')
          .map((i) => i.outboxId),
      );
      return outboxIds.filter((id) => !received.has(id));
    },
    totals: () => {
      const sum = { ...done };
      for (const key of STAT_KEYS) sum[key] += proxy.stats[key];
      return sum;
    },
    async close() {
      await opened.context.close();
      await proxy.close();
      await door.close();
    },
  };
  return device;
}
