/**
 * The signed-in person as the gateway acts on them: read fresh from the database on every request,
 * so a change of role, home or training applies online at once, and reaches an offline device with
 * the grant of the next online sign-in.
 */
import type { Kysely } from 'kysely';
import type { StaffProfile } from '../../shared/api/session.ts';
import { accessFor, type Access } from '../../shared/domain/access.ts';
import { ROLE_LABELS, Role } from '../../shared/domain/roles.ts';
import { ModuleId } from '../../shared/domain/training.ts';
import type { Database } from '../db/schema.ts';

export interface Person {
  staffId: string;
  homeId: string;
  role: Role;
  access: Access;
  profile: StaffProfile;
}

export async function loadPerson(db: Kysely<Database>, staffId: string): Promise<Person | undefined> {
  const row = await db
    .selectFrom('staff')
    .innerJoin('homes', 'homes.id', 'staff.home_id')
    .select(['staff.id', 'staff.username', 'staff.display_name', 'staff.role', 'homes.id as home_id'])
    .select(['homes.name as home_name', 'homes.ofsted_urn as home_urn', 'homes.address as home_address'])
    .where('staff.id', '=', staffId)
    .executeTakeFirst();
  if (!row) return undefined;
  // A role the code does not know must not fall through to some default access.
  const role = Role.safeParse(row.role);
  if (!role.success) throw new Error(`staff ${row.id} has a role Hearth does not know: ${String(row.role)}`);
  const training = await db
    .selectFrom('staff_training')
    .select('module_id')
    .where('staff_id', '=', staffId)
    .execute();
  const modules = training.map((t) => t.module_id).filter((m) => ModuleId.safeParse(m).success);
  const access = accessFor(role.data, modules);
  return {
    staffId: row.id,
    homeId: row.home_id,
    role: role.data,
    access,
    profile: {
      id: row.id,
      username: row.username,
      name: row.display_name,
      role: role.data,
      roleLabel: ROLE_LABELS[role.data],
      home: { id: row.home_id, name: row.home_name, ofstedUrn: row.home_urn, address: row.home_address },
      access: {
        level: access.level,
        missingModules: access.missingModules,
        ...(access.reason === undefined ? {} : { reason: access.reason }),
      },
    },
  };
}

/** Usernames compare without case or surrounding spaces: `Priya.Shah ` is priya.shah. */
export const normaliseUsername = (typed: string): string => typed.trim().toLowerCase();
