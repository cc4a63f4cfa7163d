/**
 * The council's own Regulation 40 events, read from the JSON file `HEARTH_REG40_EVENTS_FILE` names
 * (DOMAIN.md: "Keep the event → recipients mapping as data with its source, so a council can correct
 * it without a code change"). Read once at start with the rest of the configuration; a file that is
 * missing, not JSON, or has a bad entry stops the gateway with a message naming the file and each bad
 * field, rather than a form that quietly tells the wrong people. Unset: the built-in list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BUILT_IN_COUNCIL_EVENTS, reg40EventTypes } from '../shared/domain/regulation-40-council.ts';
import { STATUTORY_EVENT_TYPES, type Reg40EventType } from '../shared/domain/regulation-40.ts';
import { fail, ok, type Result } from '../shared/result.ts';

export const REG40_EVENTS_VARIABLE = 'HEARTH_REG40_EVENTS_FILE';

/** The council's events (without the statutory ones), or one line saying what is wrong and where. */
export function readCouncilReg40Events(
  file: string | undefined,
  cwd: string,
): Result<readonly Reg40EventType[], 'invalid-reg40-events'> {
  if (file === undefined || file.trim() === '') return ok(BUILT_IN_COUNCIL_EVENTS);
  const where = path.resolve(cwd, file.trim());
  const bad = (why: string) =>
    fail('invalid-reg40-events' as const, `${REG40_EVENTS_VARIABLE} (${where}): ${why}`);
  let text: string;
  try {
    text = readFileSync(where, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    return bad(`the file cannot be read (${code})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return bad(`the file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const all = reg40EventTypes(data);
  if (!all.ok) return bad(all.message);
  // Only the council's own: the statutory list is the regulation's, kept in code with its paragraphs.
  return ok(all.value.slice(STATUTORY_EVENT_TYPES.length));
}
