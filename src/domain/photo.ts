/** Photos are scaled so the longer side is at most this many pixels: enough for a pane, small to store. */
export const MAX_PHOTO_PX = 256;
/** Pictures larger than this are refused before decoding, so a huge file cannot freeze the pane. */
export const MAX_PHOTO_SOURCE_BYTES = 20 * 1024 * 1024;

export function scaledPhotoSize(width: number, height: number, max: number = MAX_PHOTO_PX): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const scale = Math.min(1, max / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
