import { MAX_PHOTO_SOURCE_BYTES, scaledPhotoSize } from '../../domain/photo';

export type ScaledPhoto = { blob: Blob; width: number; height: number };
export class PhotoError extends Error {
  constructor(readonly code: 'tooLarge' | 'unreadable') {
    super(`Photo ${code}`);
    this.name = 'PhotoError';
  }
}

/** Decodes a picked picture and redraws it at most MAX_PHOTO_PX on its longer side. */
export async function scalePhoto(file: Blob): Promise<ScaledPhoto> {
  if (file.size > MAX_PHOTO_SOURCE_BYTES) throw new PhotoError('tooLarge');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError('unreadable');
  }
  const { width, height } = scaledPhotoSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context || !width) throw new PhotoError('unreadable');
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  // PNG keeps transparency (logos); photos are smaller as JPEG.
  const type = file.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type, 0.85));
  if (!blob) throw new PhotoError('unreadable');
  return { blob, width, height };
}
