/**
 * A real gateway for upload and notification tests: demo data in a temp folder, 127.0.0.1, a clock
 * that runs in real time from the integration tests' day (so retries fall due as time passes), an
 * optional SMTP server, a short retry policy, and a second database connection for assertions.
 * The same data folder can be started again to test a restart.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { UploadStatus } from '../../../shared/api/uploads.ts';
import type { Clock } from '../../clock.ts';
import type { SmtpConfig } from '../../config.ts';
import { openDatabase } from '../../db/connection.ts';
import { startGateway } from '../../server.ts';
import { copyDemoData } from '../../testing/demo-data.ts';
import { call, TEST_NOW } from '../../testing/client.ts';
import { testConfig } from '../../testing/temp.ts';
import type { RetryPolicy } from '../../notify/backoff.ts';
import { withUploadTables, type UploadDatabase } from '../tables.ts';
import { UPLOADS_FOLDER } from '../tus.ts';

export const FAST_RETRY: RetryPolicy = { firstMs: 150, maxMs: 600 };

/** A clock at the tests' day that moves with real time: retries scheduled "in 150 ms" do fall due. */
export function runningClock(start = TEST_NOW): Clock {
  const offset = Date.parse(start) - Date.now();
  return () => new Date(Date.now() + offset);
}

export const smtpAt = (port: number): SmtpConfig => ({
  host: '127.0.0.1',
  port,
  secure: false,
  auth: null,
  from: 'Hearth <hearth@council.example>',
});

export interface UploadGateway {
  url: string;
  dataDir: string;
  /** A separate connection to the same SQLite file, for checking what the gateway stored. */
  db: Kysely<UploadDatabase>;
  close(): Promise<void>;
}

export interface UploadGatewayOptions {
  smtp?: SmtpConfig | null;
  councilApiToken?: string | null;
  retry?: RetryPolicy;
  /** The notifier's wait for filing to pause (NotifierOptions); its defaults otherwise. */
  quietMs?: number;
  maxDeferMs?: number;
  /** Instead of runningClock(), e.g. one that looks at the files when the gateway reads the time. */
  clock?: Clock;
}

export async function startUploadGateway(
  dir: string,
  options: UploadGatewayOptions = {},
): Promise<UploadGateway> {
  const config = testConfig(dir, {
    demoSeed: true,
    smtp: options.smtp ?? null,
    councilApiToken: options.councilApiToken ?? null,
  });
  await copyDemoData(config.dataDir);
  const gateway = await startGateway(config, {
    clock: options.clock ?? runningClock(),
    uploads: {
      notify: {
        retry: options.retry ?? FAST_RETRY,
        pollMs: 200,
        ...(options.quietMs === undefined ? {} : { quietMs: options.quietMs }),
        ...(options.maxDeferMs === undefined ? {} : { maxDeferMs: options.maxDeferMs }),
      },
    },
  });
  const db = withUploadTables(openDatabase(config.dataDir));
  return {
    url: gateway.url,
    dataDir: config.dataDir,
    db,
    close: async () => {
      await db.destroy();
      await gateway.close();
    },
  };
}

/** Where an outbox item stands, as the gateway answers a device asking with `token`. */
export async function outboxStatus(gateway: UploadGateway, token: string, outboxId: string) {
  return UploadStatus.parse((await call(gateway.url, 'GET', `/api/v1/outbox/${outboxId}`, { token })).body);
}

/** Whatever the tus folder still holds for an item: its bytes, its `.json`, a body being opened. */
export const uploadFilesOf = (gateway: UploadGateway, outboxId: string): string[] =>
  readdirSync(path.join(gateway.dataDir, UPLOADS_FOLDER)).filter((name) => name.startsWith(outboxId));
