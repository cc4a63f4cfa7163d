/**
 * Signing in and out through the real screens, and reading what the real gateway recorded, for the
 * sign-in, session and offline e2e tests. Demo accounts come from the gateway's seed, so the tests
 * always describe the accounts that exist.
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { DATABASE_FILE } from '../../../gateway/db/connection.ts';
import { DEMO_PASSWORD } from '../../../gateway/seed/people.ts';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../../gateway/seed/people.ts';

/** Types the username and password and presses the button, as a person would. */
export async function submitCredentials(
  page: Page,
  username: string,
  password: string,
  button: 'Sign in' | 'Unlock' = 'Sign in',
): Promise<void> {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** Signs in online and waits until the header names the person. */
export async function signIn(page: Page, username: string, name: string, password = DEMO_PASSWORD) {
  await submitCredentials(page, username, password);
  await page.getByTestId('signed-in-as').getByText(name).waitFor();
}

const AuditRow = z.object({
  action: z.string(),
  staff_id: z.string().nullable(),
  device_id: z.string().nullable(),
  child_id: z.string().nullable(),
  detail: z.string().nullable(),
  offline: z.number(),
  source: z.string(),
});
export type AuditRow = z.infer<typeof AuditRow>;

/** The gateway's audit table, read straight from its SQLite file (there is no API to read it yet). */
export function gatewayAudit(dataDir: string): AuditRow[] {
  const db = new Database(join(dataDir, DATABASE_FILE), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare('select action, staff_id, device_id, child_id, detail, offline, source from audit_events')
      .all();
    return z.array(AuditRow).parse(rows);
  } finally {
    db.close();
  }
}

/** Changes a child's placement end date in the gateway's database, as a council update would. */
export function setPlacementEnd(dataDir: string, childId: string, placementEnd: string | null): void {
  const db = new Database(join(dataDir, DATABASE_FILE), { fileMustExist: true });
  try {
    db.prepare('update children set placement_end = ? where id = ?').run(placementEnd, childId);
  } finally {
    db.close();
  }
}
