/**
 * The council's own serious events, added to the statutory Regulation 40 list as data.
 *
 * Regulation 40 names the events that must be notified; councils and homes commonly notify more
 * (Ofsted's own guidance lists, for example, a child missing, a serious accident or self-harm as
 * events a home may judge serious). To add one, append an object to `COUNCIL_EVENT_DATA` below;
 * no other file changes:
 *
 * ```
 * {
 *   id: 'council-serious-self-harm',          // must start with `council-`
 *   label: 'A serious incident of self-harm',  // shown on the form and the PDF
 *   source: 'Council policy CH-12, 2026',     // where the rule comes from
 *   recipients: [                             // any of RECIPIENT_IDS in regulation-40.ts
 *     { recipient: 'hmci', paragraph: 'Council policy CH-12' },
 *     { recipient: 'placing-authority', paragraph: 'Council policy CH-12' },
 *   ],
 * }
 * ```
 *
 * The list is parsed with the same schema as the statutory events when Hearth starts; a bad entry or
 * one that reuses a statutory id is refused with a message naming it (`reg40EventTypes`), so a typing
 * slip cannot silently change who the law says must be told.
 */
import { z } from 'zod';
import type { Result } from '../result.ts';
import { Reg40EventType, STATUTORY_EVENT_TYPES } from './regulation-40.ts';

/** The council's extra events. Empty by default: the statutory list alone applies. */
export const COUNCIL_EVENT_DATA: unknown = [];

const CouncilEvents = z.array(
  Reg40EventType.refine((e) => e.id.startsWith('council-'), {
    message: "a council's own event id must start with 'council-'",
    path: ['id'],
  }),
);

/** The statutory events followed by the council's, or why the council's data cannot be used. */
export function reg40EventTypes(councilData: unknown): Result<readonly Reg40EventType[], 'council-events'> {
  const parsed = CouncilEvents.safeParse(councilData);
  if (!parsed.success) {
    return {
      ok: false,
      error: 'council-events',
      message: `The council's Regulation 40 events are not valid: ${parsed.error.issues
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    };
  }
  const ids = new Set<string>();
  for (const event of [...STATUTORY_EVENT_TYPES, ...parsed.data]) {
    if (ids.has(event.id)) {
      return { ok: false, error: 'council-events', message: `The event id "${event.id}" is used twice.` };
    }
    ids.add(event.id);
  }
  return { ok: true, value: [...STATUTORY_EVENT_TYPES, ...parsed.data] };
}

/**
 * The list the app uses. A broken council list must not hide the statutory events, so it falls
 * back to them (and `reg40EventTypes` reports the problem where it is tested).
 */
export const REG40_EVENT_TYPES: readonly Reg40EventType[] = ((): readonly Reg40EventType[] => {
  const all = reg40EventTypes(COUNCIL_EVENT_DATA);
  return all.ok ? all.value : STATUTORY_EVENT_TYPES;
})();

export const reg40EventType = (id: string): Reg40EventType | undefined =>
  REG40_EVENT_TYPES.find((e) => e.id === id);
