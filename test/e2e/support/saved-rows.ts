/**
 * How many rows Hearth's encrypted record cache holds, counted in the page: what a test about
 * keeping, replacing or forgetting data on the device checks (003). Rows about a child carry a
 * `childTag`; the home's own lists do not.
 */
import type { Page } from 'playwright-core';

export function savedRowCounts(page: Page): Promise<{ all: number; aboutAChild: number }> {
  return page.evaluate(
    () =>
      new Promise<{ all: number; aboutAChild: number }>((resolve, reject) => {
        const open = indexedDB.open('hearth');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('records').objectStore('records').getAll();
          all.onerror = () => reject(all.error);
          all.onsuccess = () => {
            const rows: unknown[] = all.result;
            const aboutAChild = rows.filter((r) => Reflect.get(Object(r), 'childTag') !== null).length;
            open.result.close();
            resolve({ all: rows.length, aboutAChild });
          };
        };
      }),
  );
}

/** Every row in the record cache (records and saved documents). */
export const savedRows = async (page: Page): Promise<number> => (await savedRowCounts(page)).all;

/** Rows about a child: the home's own lists are not counted. */
export const rowsAboutChildren = async (page: Page): Promise<number> =>
  (await savedRowCounts(page)).aboutAChild;
