import { useSyncExternalStore } from 'react';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/**
 * Whether the browser asks for dark colours, kept current: a user who switches the system to
 * dark while the pane is open gets the dark theme at once instead of after reopening it.
 */
export function usePrefersDark(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(DARK_QUERY).matches ?? false, () => false);
}
