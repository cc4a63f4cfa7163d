/**
 * Test helpers for the signed-in API: a real gateway with the demo data in a temp folder, a clock
 * the test moves, and a small HTTP client that signs in as a demo account and parses every answer.
 */
import { randomUUID } from 'node:crypto';
import { SignedIn } from '../../shared/api/session.ts';
import { DEMO_PASSWORD } from '../seed/people.ts';
import type { Clock } from '../clock.ts';
import type { GatewayConfig } from '../config.ts';
import { startGateway, type RunningGateway } from '../server.ts';
import { copyDemoData } from './demo-data.ts';
import { tempFolder, testConfig } from './temp.ts';

/** The day the integration tests run on: after Ethan Brooks left Larchfield (2026-06-30). */
export const TEST_NOW = '2026-11-25T10:00:00.000Z';

export interface TestClock {
  clock: Clock;
  advance(ms: number): void;
  set(iso: string): void;
}

export function testClock(start = TEST_NOW): TestClock {
  let now = Date.parse(start);
  return {
    clock: () => new Date(now),
    advance: (ms) => void (now += ms),
    set: (iso) => void (now = Date.parse(iso)),
  };
}

export interface SeededGateway {
  url: string;
  dataDir: string;
  time: TestClock;
  close(): Promise<void>;
}

/** One gateway per test file, seeded once, on 127.0.0.1 with a real SQLite file in a temp folder. */
export async function startSeededGateway(
  prefix: string,
  overrides: Partial<GatewayConfig> = {},
): Promise<SeededGateway> {
  const temp = tempFolder(prefix);
  const time = testClock();
  const config = testConfig(temp.dir, { demoSeed: true, ...overrides });
  let gateway: RunningGateway;
  try {
    if (config.demoSeed) await copyDemoData(config.dataDir);
    gateway = await startGateway(config, { clock: time.clock });
  } catch (error) {
    temp.remove();
    throw error;
  }
  return {
    url: gateway.url,
    dataDir: config.dataDir,
    time,
    close: async () => {
      await gateway.close();
      temp.remove();
    },
  };
}

export interface Answer {
  status: number;
  body: unknown;
  headers: Headers;
}

export async function call(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, {
    method,
    headers,
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : JSON.parse(text),
    headers: response.headers,
  };
}

/** A device as the app makes it: a random UUID kept for good, and a name staff recognise. */
export const newDevice = (name = 'Office laptop') => ({ id: randomUUID(), name });

export function signInBody(username: string, password = DEMO_PASSWORD, device = newDevice()) {
  return { username, password, device };
}

/** Signs in as a demo account and returns the parsed answer (throws when refused). */
export async function signIn(url: string, username: string, device = newDevice()): Promise<SignedIn> {
  const answer = await call(url, 'POST', '/api/v1/session', {
    body: signInBody(username, DEMO_PASSWORD, device),
  });
  if (answer.status !== 200) throw new Error(`${username} could not sign in: ${JSON.stringify(answer.body)}`);
  return SignedIn.parse(answer.body);
}
