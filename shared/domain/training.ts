/**
 * Mosaic training gates access (guidance 001): "Staff will undertake 9 training modules ...
 * ('Read only' access will require the completion of 2 modules only)". The first two modules are
 * the read-only pair; read and upload access needs all nine.
 */
import { z } from 'zod';
import { UPLOAD_ROLES, type Role } from './roles.ts';

export const TRAINING_MODULES = [
  { id: 1, title: 'Introduction to Mosaic and data protection' },
  { id: 2, title: "Finding and reading a child's record" },
  { id: 3, title: 'Recording standards and naming documents' },
  { id: 4, title: 'Uploading documents' },
  { id: 5, title: 'Incident forms and body maps' },
  { id: 6, title: 'Regulation 40 notifications' },
  { id: 7, title: 'Notifying the allocated social worker' },
  { id: 8, title: 'Downloading documents and the shared drive' },
  { id: 9, title: 'Confidential and restricted records' },
] as const;

export const ModuleId = z.number().int().min(1).max(9);
export const READ_MODULES: readonly number[] = [1, 2];
export const ALL_MODULES: readonly number[] = TRAINING_MODULES.map((m) => m.id);

export type AccessLevel = 'none' | 'read' | 'read-upload';

export interface Access {
  level: AccessLevel;
  /** Modules still to complete for the access this person's role would give them. */
  missingModules: number[];
  /** Why the access is less than the role allows, in words for the person themselves. */
  reason?: string;
}

const missing = (needed: readonly number[], done: ReadonlySet<number>) => needed.filter((m) => !done.has(m));

/** The access a person has from their role and the training modules they have completed. */
export function accessFor(role: Role, completed: readonly number[]): Access {
  const done = new Set(completed);
  const forRead = missing(READ_MODULES, done);
  const wantsUpload = UPLOAD_ROLES.has(role);
  const forRole = missing(wantsUpload ? ALL_MODULES : READ_MODULES, done);
  if (forRead.length > 0) {
    return {
      level: 'none',
      missingModules: forRole,
      reason: `You need to complete training module${forRead.length > 1 ? 's' : ''} ${forRead.join(' and ')} before you can read children's records.`,
    };
  }
  if (wantsUpload && forRole.length > 0) {
    return {
      level: 'read',
      missingModules: forRole,
      reason: `You can read records. To upload, complete training module${forRole.length > 1 ? 's' : ''} ${forRole.join(', ')}.`,
    };
  }
  return { level: wantsUpload ? 'read-upload' : 'read', missingModules: [] };
}
