/**
 * The draft worker, built by webpack from `new URL(..., import.meta.url)`. Jest cannot load
 * `import.meta`, so its tests map this module to `test/stubs/startDraftWorker.js` (no worker:
 * the pane then reads the email after its first paint instead).
 */
export function startDraftWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./draftWorker.ts', import.meta.url), { name: 'leadpane-draft' });
  } catch {
    // A host that refuses workers (a strict CSP, an old WebView) still gets its draft on the main thread.
    return null;
  }
}
