/**
 * Staff roles in a children's home and what each may do (guidance 001 "Expectations on
 * residential staff"; DOMAIN.md "People and roles"). Written once here; the gateway enforces it
 * on every endpoint and the renderer only reflects it.
 */
import { z } from 'zod';

export const ROLES = [
  'registered-manager',
  'assistant-manager',
  'principal-rccw',
  'rccw',
  'night-staff',
  'bank-staff',
] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABELS: Record<Role, string> = {
  'registered-manager': 'Registered Manager',
  'assistant-manager': 'Assistant Manager',
  'principal-rccw': 'Principal Residential Child Care Worker',
  rccw: 'Residential Child Care Worker',
  'night-staff': 'Night Care Worker',
  'bank-staff': 'Bank Residential Child Care Worker',
};

/** 001: "'Read only' and upload access will be permitted to Registered Managers, Assistant Managers and Principal Residential Child Care Workers". */
export const UPLOAD_ROLES: ReadonlySet<Role> = new Set([
  'registered-manager',
  'assistant-manager',
  'principal-rccw',
]);

/** Managers of the home review the audit (001: "can be reviewed by management"). */
export const MANAGER_ROLES: ReadonlySet<Role> = new Set(['registered-manager', 'assistant-manager']);
