/**
 * The sibling group naming standard (guidance 004 "Naming the Group"; DOMAIN.md "Sibling groups"):
 * - the family surnames, each once, the oldest child's surname first, separated by commas;
 * - then the postcodes of the main addresses, separated by a comma;
 * - no comma between the last surname and the first postcode ("Commas are only used to separate
 *   different surnames and different postcodes");
 * - "you can use up to 64 characters in the group name".
 * e.g. `Woodgett BN13 2PQ`, `Jones, Jones-Smith BN13 2PQ`, `Adebayo, Wright-Adebayo BN13 2PQ, PO19 1RQ`.
 * One generator (the suggested name) and one checker, used by the gateway and the app alike.
 */
import type { Result } from '../result.ts';

export const MAX_GROUP_NAME_LENGTH = 64;

/**
 * A UK postcode in its written form (outward code, one space, inward code), as Royal Mail formats
 * them: the inward code's letters never include C, I, K, M, O or V. GIR 0AA is the one exception.
 */
const POSTCODE = String.raw`(?:GIR 0AA|[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2})`;
const POSTCODE_ONLY = new RegExp(`^${POSTCODE}$`);
/** Surnames, an optional (wrong) comma, then one or more postcodes to the end. */
const GROUP_NAME = new RegExp(`^(.+?)(,?) (${POSTCODE}(?:, ${POSTCODE})*)$`);
/** Letters of any alphabet, with the hyphens, apostrophes and spaces of real surnames. */
const SURNAME = /^\p{L}[\p{L}'’ -]*\p{L}$|^\p{L}$/u;

/**
 * `bn13  2pq` or `BN132PQ` → `BN13 2PQ`; null for anything that is not a valid UK postcode
 * (004's suggested name uses valid postcodes only: a missing or mistyped one is left out).
 */
export function normalisePostcode(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').toUpperCase();
  if (compact.length < 5 || compact.length > 7) return null;
  const written = `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  return POSTCODE_ONLY.test(written) ? written : null;
}

export interface GroupMemberForName {
  lastName: string;
  /** `YYYY-MM-DD`: the oldest child's surname comes first. */
  dateOfBirth: string;
  /** The postcode of the child's main address, as recorded (may be missing or invalid). */
  postcode: string | null;
}

export interface GroupNameParts {
  surnames: string[];
  postcodes: string[];
}

const tidySurname = (s: string) => s.replace(/\s+/g, ' ').trim();
const sameWord = (a: string, b: string) => a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');

function uniqueInOrder(values: readonly string[]): string[] {
  const kept: string[] = [];
  for (const value of values) if (!kept.some((k) => sameWord(k, value))) kept.push(value);
  return kept;
}

/** Oldest first; children born the same day keep the order given (a stable sort). */
const oldestFirst = (members: readonly GroupMemberForName[]) =>
  [...members].sort((a, b) => (a.dateOfBirth < b.dateOfBirth ? -1 : a.dateOfBirth > b.dateOfBirth ? 1 : 0));

/** The surnames and valid postcodes the standard asks for, in its order, before any length check. */
export function groupNameParts(members: readonly GroupMemberForName[]): GroupNameParts {
  const ordered = oldestFirst(members);
  return {
    surnames: uniqueInOrder(ordered.map((m) => tidySurname(m.lastName)).filter((s) => s !== '')),
    postcodes: uniqueInOrder(
      ordered
        .map((m) => (m.postcode === null ? null : normalisePostcode(m.postcode)))
        .filter((p) => p !== null),
    ),
  };
}

export const joinGroupName = ({ surnames, postcodes }: GroupNameParts): string =>
  `${surnames.join(', ')} ${postcodes.join(', ')}`;

export type GroupNameProblem =
  | 'no-members'
  | 'no-postcode'
  | 'too-long'
  | 'shape'
  | 'comma-before-postcode'
  | 'surname'
  | 'repeated-surname'
  | 'repeated-postcode'
  | 'wrong-surnames'
  | 'oldest-first'
  | 'wrong-postcodes';

const tooLong = (name: string) =>
  ({
    ok: false,
    error: 'too-long',
    message: `A group name can be at most ${MAX_GROUP_NAME_LENGTH} characters (this one has ${name.length}). Ask your line manager how to shorten it (004).`,
  }) as const;

/** The suggested name for a group, generated from its members (004). */
export function suggestGroupName(members: readonly GroupMemberForName[]): Result<string, GroupNameProblem> {
  const parts = groupNameParts(members);
  if (parts.surnames.length === 0)
    return { ok: false, error: 'no-members', message: 'A group needs at least one member.' };
  if (parts.postcodes.length === 0) {
    return {
      ok: false,
      error: 'no-postcode',
      message: 'None of the members has a valid UK postcode for their main address: record it first (004).',
    };
  }
  const name = joinGroupName(parts);
  return name.length > MAX_GROUP_NAME_LENGTH ? tooLong(name) : { ok: true, value: name };
}

const problem = (error: GroupNameProblem, message: string) => ({ ok: false, error, message }) as const;

/**
 * Checks a group name (perhaps typed by hand) against the standard and, when the members are given,
 * against them: their surnames each once with the oldest child's first, and their valid postcodes.
 */
export function checkGroupName(
  name: string,
  members?: readonly GroupMemberForName[],
): Result<GroupNameParts, GroupNameProblem> {
  if (name.length > MAX_GROUP_NAME_LENGTH) return tooLong(name);
  const match = GROUP_NAME.exec(name);
  if (!match) {
    return problem(
      'shape',
      'Write the family surnames, then the postcodes of the main addresses, e.g. "Jones, Jones-Smith BN13 2PQ" (004).',
    );
  }
  const [, surnamePart = '', comma = '', postcodePart = ''] = match;
  if (comma !== '')
    return problem(
      'comma-before-postcode',
      'Do not put a comma between the last surname and the first postcode (004).',
    );
  const surnames = surnamePart.split(', ');
  if (surnames.some((s) => !SURNAME.test(s) || s !== tidySurname(s))) {
    return problem(
      'surname',
      'Separate the surnames with a comma and a space, e.g. "Adebayo, Wright-Adebayo" (004).',
    );
  }
  const postcodes = postcodePart.split(', ');
  if (uniqueInOrder(surnames).length !== surnames.length)
    return problem('repeated-surname', 'Write each surname once (004).');
  if (uniqueInOrder(postcodes).length !== postcodes.length)
    return problem('repeated-postcode', 'Write each postcode once (004).');
  const parts = { surnames, postcodes };
  if (members === undefined) return { ok: true, value: parts };

  const expected = groupNameParts(members);
  const sameSet = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((x) => b.some((y) => sameWord(x, y)));
  if (!sameSet(surnames, expected.surnames)) {
    return problem(
      'wrong-surnames',
      `The surnames must be those of the members: ${expected.surnames.join(', ')} (004).`,
    );
  }
  const oldest = expected.surnames[0];
  if (oldest !== undefined && !sameWord(surnames[0] ?? '', oldest))
    return problem('oldest-first', `Put the oldest child's surname first: ${oldest} (004).`);
  if (!sameSet(postcodes, expected.postcodes)) {
    return problem(
      'wrong-postcodes',
      `The postcodes must be those of the members' main addresses: ${expected.postcodes.join(', ')} (004).`,
    );
  }
  return { ok: true, value: parts };
}
