/**
 * What an upload is, once its bytes are stored: type from content, dimensions, thumbnail,
 * preview and mini preview for images, and the text to index for search. Used by direct
 * uploads (POST /files) and completed resumable uploads alike.
 */
import type { NewFileInfoRow } from '../../db/schema';
import type { ServerContext } from '../../server/context';
import { deriveImages, imageInfo, svgSize } from '../images';
import { largeImage } from './errors';
import { CONTENT_BYTES } from './meter';
import { withoutExtension } from './paths';
import { extensionOf, sniff } from './sniff';

export interface StoredUpload {
  /** Storage key of the file. */
  path: string;
  /** Its folder (derived images go beside it), ending in `/`. */
  folder: string;
  name: string;
  size: number;
  /** The first bytes of the file (see UploadMeter). */
  head: Buffer;
}

export type Description = Pick<
  NewFileInfoRow,
  'name' | 'extension' | 'size' | 'mimeType' | 'width' | 'height' | 'hasPreviewImage' | 'thumbnailPath' | 'previewPath' | 'miniPreview' | 'content'
>;

/** Storage keys a description created beside the file (to remove with it on failure). */
export function derivedPaths(d: Description): string[] {
  return [d.thumbnailPath, d.previewPath].filter((p): p is string => !!p);
}

export async function describeUpload(server: ServerContext, upload: StoredUpload): Promise<Description> {
  const settings = server.config.get().FileSettings;
  const sniffed = sniff(upload.head, upload.name);
  const d: Description = {
    name: upload.name,
    extension: extensionOf(upload.name),
    size: upload.size,
    mimeType: sniffed.mime,
    width: 0,
    height: 0,
    hasPreviewImage: false,
    thumbnailPath: '',
    previewPath: '',
    miniPreview: null,
    content: '',
  };

  if (sniffed.mime === 'image/svg+xml') {
    const size = svgSize(upload.head.toString('utf8'));
    d.width = size.width;
    d.height = size.height;
  } else if (sniffed.mime.startsWith('image/')) {
    const input = server.files.localPath(upload.path) ?? (await server.files.readBuffer(upload.path));
    const info = await imageInfo(input);
    if (info) {
      d.width = info.uprightWidth;
      d.height = info.uprightHeight;
      if (info.width * info.height > settings.MaxImageResolution) throw largeImage(upload.name, d.width, d.height);
      const ext = info.format === 'png' ? 'png' : 'jpg';
      const base = `${upload.folder}${withoutExtension(upload.name)}`;
      try {
        const derived = await deriveImages(input, info);
        const thumbnailPath = `${base}_thumb.${ext}`;
        const previewPath = `${base}_preview.${ext}`;
        await server.files.write(thumbnailPath, derived.thumbnail);
        d.thumbnailPath = thumbnailPath;
        await server.files.write(previewPath, derived.preview);
        d.previewPath = previewPath;
        d.miniPreview = derived.miniPreview.toString('base64');
        // Mattermost shows GIFs as they are (animation), without a preview image.
        d.hasPreviewImage = sniffed.mime !== 'image/gif';
      } catch {
        // Undecodable despite a valid header: keep the file, without derived images.
        for (const p of derivedPaths(d)) await server.files.remove(p).catch(() => {});
        d.thumbnailPath = '';
        d.previewPath = '';
      }
    }
  }

  if (sniffed.text && settings.ExtractContent) {
    d.content = upload.head.subarray(0, CONTENT_BYTES).toString('utf8').replace(/\0/g, '').replace(/\uFFFD+$/, '');
  }
  return d;
}
