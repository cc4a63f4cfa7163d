/**
 * Which children are placed in the person's home now, as ids only (issue 7 "Minimisation and
 * retention"; DOMAIN.md "Data protection (003)": what a device keeps is "removed when no longer
 * needed (a child leaves the home)"). The app asks at each sync contact and forgets every child it
 * holds data about who is not listed, whether or not anyone opens the children list.
 *
 * It is device housekeeping, not a person's enquiry: it shows nobody anything (the app only deletes
 * by it), so unlike the children list it is not written to the audit as a "list" the person made
 * (001: the audit must be factual; a list every few minutes that nobody looked at would not be).
 */
import { z } from 'zod';
import { ApiError } from './errors.ts';
import { defineRoute } from './route.ts';

export const PlacedChildIds = z.object({ childIds: z.array(z.string().min(1).max(100)).max(1000) });
export type PlacedChildIds = z.infer<typeof PlacedChildIds>;

export const placedChildIdsRoute = defineRoute({
  method: 'GET',
  path: '/api/v1/home/placed-child-ids',
  operationId: 'placedChildIds',
  summary: "The ids of the children placed in your home today, so the device forgets anyone else's data",
  tags: ['records'],
  responses: {
    200: { description: 'The ids of the children placed in your home today.', schema: PlacedChildIds },
    401: { description: 'Not signed in.', schema: ApiError },
    403: {
      description: 'Training incomplete for reading records (the message says which modules).',
      schema: ApiError,
    },
  },
});
