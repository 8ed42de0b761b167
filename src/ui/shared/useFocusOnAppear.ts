import { useCallback, useRef } from 'react';

/**
 * A callback ref that focuses its element the first time it appears while `enabled`: a record's
 * heading once the record has loaded, so keyboard focus follows the view the user opened instead
 * of falling to <body> with the control that opened it.
 */
export function useFocusOnAppear<T extends HTMLElement>(enabled: boolean): (node: T | null) => void {
  const done = useRef(false);
  return useCallback(
    (node: T | null) => {
      if (!node || !enabled || done.current) return;
      done.current = true;
      node.focus();
    },
    [enabled],
  );
}
