/**
 * Asks the gateway where an outbox item stands (GET /api/v1/outbox/{outboxId}), before every try:
 * the answer decides between "already received, never send again", "resume at this URL" and
 * "create". The answer is parsed with the contract's schema and must be about this item.
 */
import { UploadStatus, uploadStatusRoute } from '../../shared/api/uploads.ts';
import { exchange } from '../api/http.ts';

export type StatusAnswer =
  | { kind: 'status'; status: UploadStatus }
  | { kind: 'unauthorized' }
  | { kind: 'unreachable'; reason: string };

export const statusPath = (outboxId: string): string =>
  uploadStatusRoute.path.replace('{outboxId}', encodeURIComponent(outboxId));

/** `authorization`: the whole header value, a session's or the item's own (sync/item-credentials.ts). */
export async function askStatus(outboxId: string, authorization: string): Promise<StatusAnswer> {
  const answer = await exchange('GET', statusPath(outboxId), { authorization });
  if (answer.kind === 'network') return { kind: 'unreachable', reason: 'Hearth cannot reach the gateway.' };
  if (answer.status === 401) return { kind: 'unauthorized' };
  if (answer.status !== 200) {
    return {
      kind: 'unreachable',
      reason: `The gateway could not say where the document stands (${answer.status}).`,
    };
  }
  const parsed = UploadStatus.safeParse(answer.body);
  if (!parsed.success || parsed.data.outboxId !== outboxId) {
    return { kind: 'unreachable', reason: 'The gateway gave an answer Hearth cannot read.' };
  }
  return { kind: 'status', status: parsed.data };
}
