/**
 * The real gateway for the outbox e2e tests, with a real SMTP server (the `smtp-server` package)
 * so notifications are really sent, and the gateway's own answers and SQLite file as the ground
 * truth: what the council has is asked of the gateway, never of the device. Named outbox-*.ts (not
 * .e2e.ts) so Vitest does not run it as a test file.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { loadConfig } from '../../gateway/config.ts';
import { DATABASE_FILE } from '../../gateway/db/connection.ts';
import { startSmtp, type TestSmtp } from '../../gateway/notify/testing/smtp.ts';
import { startGateway } from '../../gateway/server.ts';
import { copyDemoData } from '../../gateway/testing/demo-data.ts';
import { UploadStatus } from '../../shared/api/uploads.ts';
import { SignedIn } from '../../shared/api/session.ts';
import { WEB_ROOT } from './support/gateway.ts';
import { DEMO_PASSWORD } from './support/signed-in.ts';

export interface MailingGateway {
  url: string;
  dataDir: string;
  smtp: TestSmtp;
  close(): Promise<void>;
}

/**
 * The gateway in this process with its own data folder, sending notifications to a local SMTP server.
 * `env` adds settings, e.g. HEARTH_COUNCIL_API_TOKEN for a test that acts as the council.
 */
export async function startMailingGateway(env: Record<string, string> = {}): Promise<MailingGateway> {
  const smtp = await startSmtp();
  const dataDir = await mkdtemp(join(tmpdir(), 'hearth-outbox-e2e-'));
  const config = loadConfig({
    HEARTH_PORT: '0',
    HEARTH_HOST: '127.0.0.1',
    HEARTH_DATA_DIR: dataDir,
    HEARTH_WEB_ROOT: WEB_ROOT,
    HEARTH_DEMO_SEED: 'true',
    HEARTH_LOG_LEVEL: 'warn',
    HEARTH_SMTP_HOST: '127.0.0.1',
    HEARTH_SMTP_PORT: String(smtp.port),
    HEARTH_SMTP_SECURE: 'false',
    HEARTH_SMTP_FROM: 'Hearth <hearth@council.example>',
    ...env,
  });
  if (!config.ok) throw new Error(config.message);
  await copyDemoData(dataDir);
  const gateway = await startGateway(config.value);
  return {
    url: gateway.url.replace(/\/+$/, ''),
    dataDir,
    smtp,
    async close() {
      await gateway.close();
      await smtp.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** An access token for `username`, signed in from Node as a device of its own. */
export async function tokenFor(gatewayUrl: string, username: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/api/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username,
      password: DEMO_PASSWORD,
      device: { id: randomUUID(), name: 'Outbox e2e checker' },
    }),
  });
  if (response.status !== 200) throw new Error(`sign-in for ${username} answered ${response.status}`);
  return SignedIn.parse(await response.json()).tokens.accessToken;
}

/** What the gateway says about an outbox item (GET /api/v1/outbox/{outboxId}). */
export async function statusAt(gatewayUrl: string, token: string, outboxId: string): Promise<UploadStatus> {
  const response = await fetch(`${gatewayUrl}/api/v1/outbox/${outboxId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`status answered ${response.status}`);
  return UploadStatus.parse(await response.json());
}

const DocumentRow = z.object({
  id: z.string(),
  child_id: z.string(),
  file_sha256: z.string(),
  title: z.string(),
  uploaded_by_staff_id: z.string().nullable(),
});

/** The documents on children's records that came from `outboxId`, read from the gateway's SQLite file. */
export function documentsFrom(dataDir: string, outboxId: string): z.infer<typeof DocumentRow>[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        'select id, child_id, file_sha256, title, uploaded_by_staff_id from documents where outbox_id = ?',
      )
      .all(outboxId);
    return z.array(DocumentRow).parse(rows);
  } finally {
    db.close();
  }
}

/** The gateway's word on an item, and the documents it made from it (do their SHA-256 match `doc`'s?). */
export async function councilCopy(gateway: MailingGateway, outboxId: string, doc: { sha256: string }) {
  const token = await tokenFor(gateway.url, 'priya.shah');
  const status = await statusAt(gateway.url, token, outboxId);
  const documents = documentsFrom(gateway.dataDir, outboxId);
  return { status, documents, sha256Matches: documents.every((d) => d.file_sha256 === doc.sha256) };
}
