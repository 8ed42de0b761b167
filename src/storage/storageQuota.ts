/** The browser's storage estimate and persistence, behind one small contract (absent in some hosts). */
export type StorageState = { usage: number | null; quota: number | null; persisted: boolean | null };

export async function readStorageState(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { usage: null, quota: null, persisted: null };
  const [estimate, persisted] = await Promise.all([
    storage.estimate?.().catch(() => undefined),
    storage.persisted?.().catch(() => null) ?? Promise.resolve(null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Asks the browser not to evict LeadPane's data; Chromium answers from site engagement, without a prompt. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    // Some WebViews reject instead of answering false: treat it as refused.
    return false;
  }
}
