/**
 * This device as the gateway knows it: a random UUID made once and kept, and a name staff would
 * recognise. The offline grant is bound to the UUID, and every audit event says which device.
 */
import { z } from 'zod';
import { DeviceInfo } from '../../shared/api/session.ts';
import { host } from '../host/index.ts';
import { database } from './database.ts';

const ROW_ID = 'this-device';
const DeviceRow = z.object({ id: z.literal(ROW_ID), deviceId: z.uuid(), name: DeviceInfo.shape.name });

/** Used only if IndexedDB refuses: the person can still sign in online, just not unlock offline. */
let unsaved: DeviceInfo | null = null;

async function deviceName(): Promise<string> {
  const info = await host.appInfo().catch(() => null);
  const where = info?.host === 'electron' ? 'Hearth desktop' : 'Hearth in a browser';
  return `${where} (${info?.platform ?? 'unknown'})`.slice(0, 80);
}

async function readOrMake(): Promise<DeviceInfo> {
  const db = database();
  const row: unknown = await db.device.get(ROW_ID);
  const parsed = DeviceRow.safeParse(row);
  if (parsed.success) return { id: parsed.data.deviceId, name: parsed.data.name };
  const made = { id: ROW_ID, deviceId: crypto.randomUUID(), name: await deviceName() };
  if (row === undefined) {
    // add, not put: when two windows start at once the second is refused and uses the first's.
    await db.device.add(made).catch((error: unknown) => {
      if (!(error instanceof Error && error.name === 'ConstraintError')) throw error;
    });
  } else {
    await db.device.put(made); // an unreadable row is replaced
  }
  const settled = DeviceRow.parse(await db.device.get(ROW_ID));
  return { id: settled.deviceId, name: settled.name };
}

export async function thisDevice(): Promise<DeviceInfo> {
  try {
    return await readOrMake();
  } catch {
    unsaved ??= { id: crypto.randomUUID(), name: await deviceName() };
    return unsaved;
  }
}
