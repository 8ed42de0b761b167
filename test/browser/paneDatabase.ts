import type { Page } from 'playwright-core';

/**
 * Straight access to the pane's IndexedDB from a browser test, below the app: seeding a big or
 * crafted base, and reading what a UI action stored. The app must have created the database
 * (open the pane first); reload after seeding so its live queries start from the new rows.
 */
export async function putRows(page: Page, table: string, rows: readonly unknown[]): Promise<void> {
  await page.evaluate(
    ([store, values]) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('leadpane');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const value of values) tx.objectStore(store).put(value);
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    [table, rows as unknown[]] as const,
  );
}

/** Every row of a table, in key order. */
export async function readRows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (store) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('leadpane');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as T[]);
          };
          request.onerror = () => fail(request.error);
        };
      }),
    table,
  );
}
