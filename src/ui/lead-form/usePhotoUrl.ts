import { useEffect, useMemo } from 'react';

/** An object URL for a stored photo, revoked when the photo changes or the view goes away. */
export function usePhotoUrl(blob: Blob | null | undefined): string | null {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : null), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  return url;
}
