/**
 * Searching the saved children list when offline with the gateway's own rule
 * (`matchesChildSearch` in shared/), so a search finds the same children with or without a connection.
 */
import type { ChildList } from '../../../../shared/api/records.ts';
import { matchesChildSearch } from '../../../../shared/domain/access.ts';

export function searchChildren(list: ChildList, query: string): ChildList {
  return { children: list.children.filter((child) => matchesChildSearch(child, query)) };
}
