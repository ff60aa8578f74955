import sharp from 'sharp';
import { CatalogueErrors } from './catalogue.errors';

/** Content types the upload route accepts; anything else is a 415 naming the image. */
export const IMAGE_CONTENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/avif'] as const;
/** Largest upload: a phone photo is 2–6 MB. Fastify refuses bigger bodies with 413 before they are read. */
export const IMAGE_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
/** Decompression bombs: a small file that decodes to a huge bitmap is refused. */
const MAX_INPUT_PIXELS = 40_000_000;
/** Catalogue tiles are at most this wide or high. */
const MAX_SIDE = 1200;

export interface EncodedImage {
  contentType: 'image/webp';
  bytes: Buffer;
  width: number;
  height: number;
}

/**
 * Decodes the upload and writes a fresh WebP from its pixels: whatever else the file carried (metadata,
 * scripts in a polyglot, trailing bytes) is gone. The format is read from the bytes, not from the header.
 */
export async function reencodeImage(contentType: string, bytes: Buffer): Promise<EncodedImage> {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (!(IMAGE_CONTENT_TYPES as readonly string[]).includes(type)) throw CatalogueErrors.unsupportedType(type);
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw CatalogueErrors.notAnImage();
  }
  if (!metadata.format || !['png', 'jpeg', 'webp', 'gif', 'heif'].includes(metadata.format)) throw CatalogueErrors.notAnImage();
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_INPUT_PIXELS) throw CatalogueErrors.tooLarge(MAX_INPUT_PIXELS);
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { contentType: 'image/webp', bytes: data, width: info.width, height: info.height };
  } catch {
    throw CatalogueErrors.notAnImage();
  }
}
