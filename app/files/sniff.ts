/**
 * The MIME type of an upload, decided from its first bytes (magic numbers), never from what the
 * client claims. The file name only refines a container the bytes identify (a ZIP that is an
 * Office document) or names the kind of a plain-text file (`.csv`, `.json`, `.md`...).
 */

/** How many leading bytes the sniffer looks at. */
export const SNIFF_BYTES = 4100;

export interface Sniffed {
  mime: string;
  /** Readable text (UTF-8 without NULs): its content can be indexed for search. */
  text: boolean;
}

const ZIP_BASED: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  epub: 'application/epub+zip',
  jar: 'application/java-archive',
  apk: 'application/vnd.android.package-archive',
};

const OLE_BASED: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
  msg: 'application/vnd.ms-outlook',
};

/** Text kinds a name may give to content the sniffer found to be text. */
const TEXT_BY_EXTENSION: Record<string, string> = {
  txt: 'text/plain',
  log: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  csv: 'text/csv',
  tsv: 'text/tab-separated-values',
  json: 'application/json',
  xml: 'application/xml',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  html: 'text/html',
  htm: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  ts: 'text/plain',
  go: 'text/plain',
  py: 'text/x-python',
  sh: 'application/x-sh',
  ics: 'text/calendar',
  vcf: 'text/vcard',
  rtf: 'application/rtf',
  sql: 'text/plain',
};

function startsWith(buf: Uint8Array, bytes: number[], offset = 0): boolean {
  if (buf.length < offset + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[offset + i] !== bytes[i]) return false;
  return true;
}

function ascii(buf: Uint8Array, offset: number, length: number): string {
  return Buffer.from(buf.subarray(offset, offset + length)).toString('latin1');
}

/** The lower-case extension of a file name, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 || (dot === 0 && name.length > 1) ? name.slice(dot + 1).toLowerCase() : '';
}

function binaryKind(head: Uint8Array, ext: string): string | undefined {
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return 'image/gif';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP') return 'image/webp';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WAVE') return 'audio/wav';
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'AVI ') return 'video/avi';
  if (ascii(head, 0, 2) === 'BM' && head.length > 14) return 'image/bmp';
  if (startsWith(head, [0x49, 0x49, 0x2a, 0x00]) || startsWith(head, [0x4d, 0x4d, 0x00, 0x2a])) return 'image/tiff';
  if (startsWith(head, [0x00, 0x00, 0x01, 0x00])) return 'image/x-icon';
  if (ascii(head, 4, 4) === 'ftyp') {
    const brand = ascii(head, 8, 4);
    if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
    if (brand === 'avif' || brand === 'avis') return 'image/avif';
    if (brand === 'qt  ') return 'video/quicktime';
    if (brand.startsWith('M4A')) return 'audio/mp4';
    return 'video/mp4';
  }
  if (ascii(head, 0, 5) === '%PDF-') return 'application/pdf';
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) {
    return ZIP_BASED[ext] ?? 'application/zip';
  }
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE_BASED[ext] ?? 'application/x-ole-storage';
  if (startsWith(head, [0x1f, 0x8b])) return 'application/gzip';
  if (ascii(head, 0, 3) === 'BZh') return 'application/x-bzip2';
  if (startsWith(head, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'application/x-7z-compressed';
  if (ascii(head, 0, 4) === 'Rar!') return 'application/vnd.rar';
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'application/x-xz';
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'application/zstd';
  if (ascii(head, 257, 5) === 'ustar') return 'application/x-tar';
  if (ascii(head, 0, 3) === 'ID3' || (head.length > 1 && head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && (head[1] & 0x06) !== 0)) {
    return 'audio/mpeg';
  }
  if (ascii(head, 0, 4) === 'OggS') return 'audio/ogg';
  if (ascii(head, 0, 4) === 'fLaC') return 'audio/flac';
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return ext === 'mkv' ? 'video/x-matroska' : 'video/webm';
  if (ascii(head, 0, 4) === 'MThd') return 'audio/midi';
  if (startsWith(head, [0x00, 0x00, 0x01, 0xba]) || startsWith(head, [0x00, 0x00, 0x01, 0xb3])) return 'video/mpeg';
  if (ascii(head, 0, 4) === '8BPS') return 'image/vnd.adobe.photoshop';
  if (ascii(head, 0, 4) === 'wOFF') return 'font/woff';
  if (ascii(head, 0, 4) === 'wOF2') return 'font/woff2';
  if (startsWith(head, [0x00, 0x61, 0x73, 0x6d])) return 'application/wasm';
  if (startsWith(head, [0x7f, 0x45, 0x4c, 0x46])) return 'application/x-elf';
  if (ascii(head, 0, 2) === 'MZ') return 'application/vnd.microsoft.portable-executable';
  if (startsWith(head, [0xca, 0xfe, 0xba, 0xbe])) return 'application/java-vm';
  if (ascii(head, 0, 16) === 'SQLite format 3\0') return 'application/vnd.sqlite3';
  return undefined;
}

/** Whether the bytes read as UTF-8 text (a cut multi-byte sequence at the very end is allowed). */
export function looksLikeText(head: Uint8Array): boolean {
  if (head.length === 0) return true;
  const bom = startsWith(head, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  for (let i = bom; i < head.length; i++) {
    const b = head[i];
    if (b === 0) return false;
    if (b < 0x80) {
      if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) return false;
      continue;
    }
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b <= 0xdf ? 2 : 0;
    if (len === 0) return false;
    if (i + len > head.length) return true;
    for (let k = 1; k < len; k++) if ((head[i + k] & 0xc0) !== 0x80) return false;
    i += len - 1;
  }
  return true;
}

function isSvg(text: string): boolean {
  const start = text.replace(/^\uFEFF/, '').trimStart().slice(0, 4096).toLowerCase();
  if (!(start.startsWith('<svg') || start.startsWith('<?xml') || start.startsWith('<!doctype svg') || start.startsWith('<!--'))) return false;
  return /<svg[\s>]/.test(start);
}

/** The MIME type of a file from its first bytes (SNIFF_BYTES of them) and its name. */
export function sniff(head: Uint8Array, name: string): Sniffed {
  const ext = extensionOf(name);
  const binary = binaryKind(head, ext);
  if (binary) return { mime: binary, text: false };
  if (!looksLikeText(head.subarray(0, SNIFF_BYTES))) return { mime: 'application/octet-stream', text: false };
  const text = Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('utf8');
  if (isSvg(text)) return { mime: 'image/svg+xml', text: true };
  const trimmed = text.trimStart().slice(0, 64).toLowerCase();
  if (trimmed.startsWith('%!ps')) return { mime: 'application/postscript', text: true };
  if (trimmed.startsWith('{\\rtf')) return { mime: 'application/rtf', text: true };
  return { mime: TEXT_BY_EXTENSION[ext] ?? 'text/plain', text: true };
}
