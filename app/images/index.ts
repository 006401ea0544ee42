/**
 * Image work with sharp (libvips), sized as Mattermost sizes it: thumbnails fit 120 wide (landscape)
 * or 100 high, previews at most 1920 wide, a 16×16 JPEG mini preview, 128×128 profile images and
 * team icons (centre-cropped), custom emoji at most 128×128, and the generated default avatar.
 * Inputs are a path on disk (local storage) or a buffer; EXIF orientation is applied first.
 */
import sharp, { type Sharp, type SharpOptions } from 'sharp';

export type ImageInput = string | Buffer;

export const THUMBNAIL_WIDTH = 120;
export const THUMBNAIL_HEIGHT = 100;
export const PREVIEW_WIDTH = 1920;
export const MINI_PREVIEW_SIZE = 16;
export const JPEG_QUALITY = 90;
export const PROFILE_IMAGE_SIZE = 128;
export const EMOJI_MAX_SIDE = 128;

// Keep libvips memory modest: no operation cache between requests.
sharp.cache(false);

export interface ImageInfo {
  /** sharp's format name: jpeg, png, gif, webp, tiff, svg, heif... */
  format: string;
  /** Stored dimensions. */
  width: number;
  height: number;
  /** Dimensions once EXIF orientation is applied (what a viewer shows). */
  uprightWidth: number;
  uprightHeight: number;
  /** Frames (animated GIF/WebP). */
  pages: number;
}

function open(input: ImageInput, opts: SharpOptions = {}): Sharp {
  return sharp(input, { limitInputPixels: false, failOn: 'none', ...opts });
}

/** Reads an image's header; undefined when the bytes are not an image libvips can decode. */
export async function imageInfo(input: ImageInput): Promise<ImageInfo | undefined> {
  try {
    const meta = await open(input).metadata();
    if (!meta.width || !meta.height || !meta.format) return undefined;
    const height = meta.pageHeight && meta.pages && meta.pages > 1 ? meta.pageHeight : meta.height;
    const swapped = (meta.orientation ?? 1) >= 5;
    return {
      format: meta.format,
      width: meta.width,
      height,
      uprightWidth: swapped ? height : meta.width,
      uprightHeight: swapped ? meta.width : height,
      pages: meta.pages ?? 1,
    };
  } catch {
    return undefined;
  }
}

/** PNG stays PNG; everything else becomes JPEG (quality 90), as Mattermost encodes derived images. */
function encode(image: Sharp, asPng: boolean): Promise<Buffer> {
  return asPng ? image.png().toBuffer() : image.jpeg({ quality: JPEG_QUALITY }).toBuffer();
}

export interface DerivedImages {
  thumbnail: Buffer;
  preview: Buffer;
  miniPreview: Buffer;
}

/** Thumbnail, preview and mini preview of an upload whose header `info` described. */
export async function deriveImages(input: ImageInput, info: ImageInfo): Promise<DerivedImages> {
  const asPng = info.format === 'png';
  const landscape = info.uprightWidth > info.uprightHeight;
  const thumb = open(input).rotate().resize(landscape ? { width: THUMBNAIL_WIDTH } : { height: THUMBNAIL_HEIGHT });
  const prev = open(input).rotate();
  if (info.uprightWidth > PREVIEW_WIDTH) prev.resize({ width: PREVIEW_WIDTH });
  const mini = open(input).rotate().resize(MINI_PREVIEW_SIZE, MINI_PREVIEW_SIZE, { fit: 'fill' }).jpeg({ quality: JPEG_QUALITY }).toBuffer();
  const [thumbnail, preview, miniPreview] = await Promise.all([encode(thumb, asPng), encode(prev, asPng), mini]);
  return { thumbnail, preview, miniPreview };
}

/** Profile image / team icon: upright, centre-cropped to 128×128, PNG (Mattermost's FillCenter). */
export function squarePng(input: ImageInput): Promise<Buffer> {
  return open(input).rotate().resize(PROFILE_IMAGE_SIZE, PROFILE_IMAGE_SIZE, { fit: 'cover', position: 'centre' }).png().toBuffer();
}

/**
 * A custom emoji image: kept as uploaded when it fits 128×128; otherwise scaled to fit, an
 * animated GIF staying an animated GIF and anything else becoming PNG.
 */
export async function emojiImage(data: Buffer, info: ImageInfo, gif: boolean): Promise<Buffer> {
  if (info.width <= EMOJI_MAX_SIDE && info.height <= EMOJI_MAX_SIDE) return data;
  const fit = { width: EMOJI_MAX_SIDE, height: EMOJI_MAX_SIDE, fit: 'inside' as const };
  if (gif) return open(data, { animated: true }).resize(fit).gif().toBuffer();
  return open(data).rotate().resize(fit).png().toBuffer();
}

/** The colours Mattermost picks a default avatar's background from, by an FNV-1a hash of the user id. */
const AVATAR_COLOURS: Array<[number, number, number]> = [
  [197, 8, 126], [227, 207, 18], [28, 181, 105], [35, 188, 224], [116, 49, 196], [197, 8, 126], [197, 19, 19],
  [250, 134, 6], [227, 207, 18], [123, 201, 71], [28, 181, 105], [35, 188, 224], [116, 49, 196], [197, 8, 126],
  [197, 19, 19], [250, 134, 6], [227, 207, 18], [123, 201, 71], [28, 181, 105], [35, 188, 224], [116, 49, 196],
  [197, 8, 126], [197, 19, 19], [250, 134, 6], [227, 207, 18], [123, 201, 71],
];

function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function avatarColour(userId: string): [number, number, number] {
  return AVATAR_COLOURS[fnv1a32(userId) % AVATAR_COLOURS.length];
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The default avatar: the user's initial in white on a colour chosen from the user id, 128×128 PNG. */
export function defaultAvatar(username: string, userId: string): Promise<Buffer> {
  const [r, g, b] = avatarColour(userId);
  const initial = escapeXml(Array.from(username.toUpperCase())[0] ?? '?');
  const size = PROFILE_IMAGE_SIZE;
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">` +
    `<rect width="${size}" height="${size}" fill="rgb(${r},${g},${b})"/>` +
    `<text x="${size / 5}" y="${(size * 2) / 3}" font-family="Nunito, DejaVu Sans, sans-serif" font-weight="bold" ` +
    `font-size="${size / 2}" fill="#ffffff">${initial}</text></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** An SVG's size from its width/height attributes, else its viewBox; zeros when neither says. */
export function svgSize(text: string): { width: number; height: number } {
  const tag = /<svg\b[^>]*>/i.exec(text)?.[0];
  if (!tag) return { width: 0, height: 0 };
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']\\s*([0-9.]+)\\s*(px)?\\s*["']`, 'i').exec(tag)?.[1];
  let width = Number(attr('width') ?? 0);
  let height = Number(attr('height') ?? 0);
  if (!(width > 0 && height > 0)) {
    const box = /\sviewBox\s*=\s*["']\s*[-0-9.]+[\s,]+[-0-9.]+[\s,]+([0-9.]+)[\s,]+([0-9.]+)\s*["']/i.exec(tag);
    if (box) {
      width = Number(box[1]);
      height = Number(box[2]);
    }
  }
  return width > 0 && height > 0 ? { width: Math.round(width), height: Math.round(height) } : { width: 0, height: 0 };
}
