/**
 * The council's own serious events, added to the statutory Regulation 40 list as data.
 *
 * Regulation 40 names the events that must be notified; councils and homes commonly notify more
 * (Ofsted's own guidance lists, for example, a child missing, a serious accident or self-harm as
 * events a home may judge serious). DOMAIN.md: "Keep the event → recipients mapping as data with its
 * source, so a council can correct it without a code change". So the council's events are the
 * gateway's configuration: a JSON file named by `HEARTH_REG40_EVENTS_FILE` (README "Configuring
 * Hearth"), checked with `CouncilReg40Events` when the gateway starts, and handed to the app with
 * the signed-in person's profile (shared/api/session.ts), so the form offers them offline too:
 *
 * ```
 * [
 *   {
 *     "id": "council-serious-self-harm",          // must start with `council-`
 *     "label": "A serious incident of self-harm",  // shown on the form and the PDF
 *     "source": "Council policy CH-12, 2026",     // where the rule comes from
 *     "recipients": [                             // any of RECIPIENT_IDS in regulation-40.ts
 *       { "recipient": "hmci", "paragraph": "Council policy CH-12" },
 *       { "recipient": "placing-authority", "paragraph": "Council policy CH-12" }
 *     ]
 *   }
 * ]
 * ```
 *
 * A bad entry, or one that reuses a statutory id, is refused with a message naming it
 * (`reg40EventTypes`), so a typing slip cannot silently change who the law says must be told.
 */
import { z } from 'zod';
import type { Result } from '../result.ts';
import { Reg40EventType, STATUTORY_EVENT_TYPES } from './regulation-40.ts';

/** The council's extra events when none are configured: the statutory list alone applies. */
export const BUILT_IN_COUNCIL_EVENTS: readonly Reg40EventType[] = [];

/** The council's own events, as the gateway's file holds them and the session carries them. */
export const CouncilReg40Events = z.array(
  Reg40EventType.refine((e) => e.id.startsWith('council-'), {
    message: "a council's own event id must start with 'council-'",
    path: ['id'],
  }),
);

/** The statutory events followed by the council's, or why the council's data cannot be used. */
export function reg40EventTypes(councilData: unknown): Result<readonly Reg40EventType[], 'council-events'> {
  const parsed = CouncilReg40Events.safeParse(councilData);
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
 * The list a form offers, from the council's events the session carried (absent in a profile kept
 * by an earlier version). A broken council list must not hide the statutory events, so it falls
 * back to them; the gateway refuses to start with one, so this is a second line only.
 */
export function reg40EventsFrom(councilData: unknown): readonly Reg40EventType[] {
  const all = reg40EventTypes(councilData ?? []);
  return all.ok ? all.value : STATUTORY_EVENT_TYPES;
}

export const findReg40Event = (events: readonly Reg40EventType[], id: string): Reg40EventType | undefined =>
  events.find((e) => e.id === id);

/** A statutory event by id, for the statutory follow-up (40(4)(d)) and tests. */
export function statutoryReg40Event(id: string): Reg40EventType {
  const event = findReg40Event(STATUTORY_EVENT_TYPES, id);
  if (!event) throw new Error(`no statutory Regulation 40 event ${id}`);
  return event;
}
