/**
 * What the queue's polite live region says: each item whose state (in words) changed since the
 * last look, e.g. "Leo Hartley - Keyworker monthly report - 31/10/2026: Received by the council".
 * Nothing on first load (the page itself says it), and never the bytes: a running count would
 * drown everything else a screen reader has to say.
 */
import { useEffect, useRef, useState } from 'react';
import type { OutboxItem } from '../../../outbox/outbox.ts';
import { itemWords } from '../item-words.ts';
import { itemTitle } from './QueueItemCard.tsx';

export function useStateAnnouncements(
  items: readonly OutboxItem[] | null,
  sendingNow: (item: OutboxItem) => boolean,
): string {
  const seen = useRef<Map<string, string> | null>(null);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (!items) return;
    const now = new Map(items.map((item) => [item.outboxId, itemWords(item, sendingNow(item)).state]));
    const before = seen.current;
    seen.current = now;
    if (!before) return;
    const changed = items.filter(
      (item) => before.has(item.outboxId) && before.get(item.outboxId) !== now.get(item.outboxId),
    );
    if (changed.length > 0)
      setAnnouncement(changed.map((item) => `${itemTitle(item)}: ${now.get(item.outboxId)}`).join('. '));
  }, [items, sendingNow]);
  return announcement;
}
