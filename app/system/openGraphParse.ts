/**
 * Reads the Open Graph properties (`<meta property="og:..." content="...">`) of an HTML page
 * into Mattermost's OpenGraph JSON shape: the `og:` basics, locales, and images, videos and
 * audios with their structured properties. Reading stops at `</head>`, as Mattermost's parser
 * does. Arrays nobody filled stay null, as Mattermost sends them.
 */
export interface OgImage {
  url: string;
  secure_url: string;
  type: string;
  width: number;
  height: number;
}
export type OgVideo = OgImage;
export interface OgAudio {
  url: string;
  secure_url: string;
  type: string;
}

export interface OpenGraphData {
  type: string;
  url: string;
  title: string;
  description: string;
  determiner: string;
  site_name: string;
  locale: string;
  locales_alternate: string[] | null;
  images: OgImage[] | null;
  audios: OgAudio[] | null;
  videos: OgVideo[] | null;
}

export function emptyOpenGraph(): OpenGraphData {
  return { type: '', url: '', title: '', description: '', determiner: '', site_name: '', locale: '', locales_alternate: null, images: null, audios: null, videos: null };
}

/** HTML's Latin-1 entities, code points 160 to 255 in order. */
const LATIN1 =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para ' +
  'middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute ' +
  'Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute ' +
  'THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ' +
  'ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018',
  rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', bull: '\u2022', trade: '\u2122', euro: '\u20ac',
};
LATIN1.split(' ').forEach((name, i) => (NAMED[name] = String.fromCharCode(160 + i)));

/** Decodes character references (named basics and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** The attributes of one tag's source (`name="v"`, `name='v'`, `name=v`, bare `name`). */
function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    const name = m[1].toLowerCase();
    if (!(name in out)) out[name] = decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return out;
}

/** A tag at the start of a window; longer tags than the window are not read. */
const TAG = /^<(\/?)([a-z][a-z0-9]*)\b((?:[^<>"']|"[^"]*"|'[^']*')*)>/i;
const TAG_WINDOW = 8192;

/**
 * The (property, content) pairs of the meta tags before `</head>`. A hand-rolled scan (each
 * `<` looks at most TAG_WINDOW characters ahead) keeps hostile pages linear to read.
 */
export function metaProperties(html: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      if (close < 0) break;
      i = close + 3;
      continue;
    }
    const m = TAG.exec(html.slice(lt, lt + TAG_WINDOW));
    if (!m) {
      i = lt + 1;
      continue;
    }
    i = lt + m[0].length;
    const tag = m[2].toLowerCase();
    if (m[1] === '/' && tag === 'head') break;
    if (m[1] === '/' || tag !== 'meta') continue;
    const attrs = attributes(m[3]);
    const property = attrs.property ?? attrs.name;
    if (property !== undefined && attrs.content !== undefined) out.push([property.toLowerCase(), attrs.content]);
  }
  return out;
}

function toInt(value: string): number {
  const n = Number.parseInt(value, 10);
  return Number.isSafeInteger(n) && n >= 0 ? n : 0;
}

type Media = 'image' | 'video' | 'audio';
const LIST: Record<Media, 'images' | 'videos' | 'audios'> = { image: 'images', video: 'videos', audio: 'audios' };

function newMedia(kind: Media): OgImage | OgAudio {
  return kind === 'audio' ? { url: '', secure_url: '', type: '' } : { url: '', secure_url: '', type: '', width: 0, height: 0 };
}

/** Applies one og:image / og:video / og:audio property (or one of their structured ones). */
function applyMedia(og: OpenGraphData, kind: Media, field: string, value: string): void {
  const key = LIST[kind];
  const list = (og[key] ??= []) as Array<OgImage | OgAudio>;
  let last = list[list.length - 1];
  const starts = field === '' || field === 'url';
  if (!last || (starts && last.url !== '')) {
    last = newMedia(kind);
    list.push(last);
  }
  if (starts) last.url = value;
  else if (field === 'secure_url') last.secure_url = value;
  else if (field === 'type') last.type = value;
  else if ((field === 'width' || field === 'height') && kind !== 'audio') (last as OgImage)[field] = toInt(value);
}

export function parseOpenGraph(html: string): OpenGraphData {
  const og = emptyOpenGraph();
  for (const [property, content] of metaProperties(html)) {
    const media = /^og:(image|video|audio)(?::(url|secure_url|type|width|height))?$/.exec(property);
    if (media) {
      applyMedia(og, media[1] as Media, media[2] ?? '', content);
      continue;
    }
    switch (property) {
      case 'og:type': og.type = content; break;
      case 'og:url': og.url = content; break;
      case 'og:title': og.title = content; break;
      case 'og:description': og.description = content; break;
      case 'og:determiner': og.determiner = content; break;
      case 'og:site_name': og.site_name = content; break;
      case 'og:locale': og.locale = content; break;
      case 'og:locale:alternate': (og.locales_alternate ??= []).push(content); break;
      default: break;
    }
  }
  return og;
}

/** Media URLs relative to the page are made absolute against it. */
export function absolutizeMedia(og: OpenGraphData, pageUrl: string): void {
  const fix = (value: string) => {
    if (value === '') return value;
    try {
      return new URL(value, pageUrl).toString();
    } catch {
      return value;
    }
  };
  for (const list of [og.images, og.videos, og.audios]) {
    for (const item of list ?? []) {
      item.url = fix(item.url);
      item.secure_url = fix(item.secure_url);
    }
  }
}
