/**
 * Mattermost's search syntax (model/search_params.go ParseSearchParams): words, "quoted
 * phrases", `-excluded` words, `#hashtags`, trailing `*` wildcards, and the flags `from:`,
 * `in:` / `channel:`, `before:`, `after:`, `on:`, `ext:` (each may be negated with `-`, and
 * may take its value from the next word). Plain words and hashtags become separate searches.
 */

export interface SearchParams {
  terms: string;
  excludedTerms: string;
  isHashtag: boolean;
  inChannels: string[];
  excludedChannels: string[];
  fromUsers: string[];
  excludedUsers: string[];
  afterDate: string;
  excludedAfterDate: string;
  beforeDate: string;
  excludedBeforeDate: string;
  onDate: string;
  excludedDate: string;
  extensions: string[];
  excludedExtensions: string[];
  timeZoneOffset: number;
  orTerms: boolean;
  includeDeletedChannels: boolean;
}

const SEARCH_FLAGS = ['from', 'channel', 'in', 'before', 'after', 'on', 'ext'] as const;
const PUNCT_START = /^[^\p{L}\p{N}\s#"]+/u;
const PUNCT_END = /[^\p{L}\p{N}\s*"]+$/u;
const HASHTAG_START = /^#{2,}/;
const VALID_HASHTAG = /^#\p{L}[\p{L}\p{N}\-_.]*[\p{L}\p{N}]$/u;

function fields(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Words, with quoted sections kept whole (a `-` right before a quote stays with it). */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  let inQuote = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '"') continue;
    if (inQuote) {
      words.push(text.slice(start, i + 1));
      inQuote = false;
      start = i + 1;
    } else {
      const next = i > 0 && text[i - 1] === '-' ? i - 1 : i;
      words.push(...fields(text.slice(start, next)));
      inQuote = true;
      start = next;
    }
  }
  words.push(...fields(text.slice(start)));
  return words;
}

interface Flag {
  name: (typeof SEARCH_FLAGS)[number];
  value: string;
  exclude: boolean;
}

function parseFlags(input: string[]): { words: Array<{ value: string; exclude: boolean }>; flags: Flag[] } {
  const words: Array<{ value: string; exclude: boolean }> = [];
  const flags: Flag[] = [];
  for (let i = 0; i < input.length; i++) {
    let word = input[i];
    let isFlag = false;
    const colon = word.indexOf(':');
    if (colon !== -1) {
      const exclude = word.startsWith('-');
      const flagName = exclude ? word.slice(1, colon) : word.slice(0, colon);
      const value = word.slice(colon + 1);
      const name = SEARCH_FLAGS.find((f) => f.toLowerCase() === flagName.toLowerCase());
      if (name) {
        if (value !== '') {
          flags.push({ name, value, exclude });
          isFlag = true;
        } else if (i < input.length - 1) {
          flags.push({ name, value: input[i + 1], exclude });
          i += 1;
          isFlag = true;
        }
      }
    }
    if (!isFlag) {
      const exclude = word.startsWith('-');
      word = word.replace(PUNCT_START, '').replace(PUNCT_END, '').replace(HASHTAG_START, '#');
      if (word !== '') words.push({ value: word, exclude });
    }
  }
  return { words, flags };
}

export function parseSearchParams(text: string, timeZoneOffset: number): SearchParams[] {
  const { words, flags } = parseFlags(splitWords(text));
  const hashtags: string[] = [];
  const excludedHashtags: string[] = [];
  const plain: string[] = [];
  const excludedPlain: string[] = [];
  for (const w of words) {
    if (VALID_HASHTAG.test(w.value)) (w.exclude ? excludedHashtags : hashtags).push(w.value);
    else (w.exclude ? excludedPlain : plain).push(w.value);
  }
  const base = {
    inChannels: [] as string[],
    excludedChannels: [] as string[],
    fromUsers: [] as string[],
    excludedUsers: [] as string[],
    afterDate: '',
    excludedAfterDate: '',
    beforeDate: '',
    excludedBeforeDate: '',
    onDate: '',
    excludedDate: '',
    extensions: [] as string[],
    excludedExtensions: [] as string[],
    timeZoneOffset,
    orTerms: false,
    includeDeletedChannels: false,
  };
  for (const f of flags) {
    if (f.name === 'in' || f.name === 'channel') (f.exclude ? base.excludedChannels : base.inChannels).push(f.value);
    else if (f.name === 'from') (f.exclude ? base.excludedUsers : base.fromUsers).push(f.value);
    else if (f.name === 'after') f.exclude ? (base.excludedAfterDate = f.value) : (base.afterDate = f.value);
    else if (f.name === 'before') f.exclude ? (base.excludedBeforeDate = f.value) : (base.beforeDate = f.value);
    else if (f.name === 'on') f.exclude ? (base.excludedDate = f.value) : (base.onDate = f.value);
    else if (f.name === 'ext') (f.exclude ? base.excludedExtensions : base.extensions).push(f.value);
  }
  const list: SearchParams[] = [];
  const copy = () => ({ ...base, inChannels: [...base.inChannels], excludedChannels: [...base.excludedChannels], fromUsers: [...base.fromUsers], excludedUsers: [...base.excludedUsers] });
  if (plain.length > 0 || excludedPlain.length > 0) list.push({ ...copy(), terms: plain.join(' '), excludedTerms: excludedPlain.join(' '), isHashtag: false });
  if (hashtags.length > 0 || excludedHashtags.length > 0) {
    list.push({ ...copy(), terms: hashtags.join(' '), excludedTerms: excludedHashtags.join(' '), isHashtag: true });
  }
  const anyFilter =
    base.inChannels.length > 0 ||
    base.fromUsers.length > 0 ||
    base.excludedChannels.length > 0 ||
    base.excludedUsers.length > 0 ||
    base.extensions.length > 0 ||
    base.excludedExtensions.length > 0 ||
    base.afterDate !== '' ||
    base.excludedAfterDate !== '' ||
    base.beforeDate !== '' ||
    base.excludedBeforeDate !== '' ||
    base.onDate !== '' ||
    base.excludedDate !== '';
  if (list.length === 0 && anyFilter) list.push({ ...copy(), terms: '', excludedTerms: '', isHashtag: false });
  return list;
}

// --- dates ---------------------------------------------------------------------------------------

/** `YYYY-M-D` → `YYYY-MM-DD` (Mattermost's PadDateStringZeros). */
function padDate(value: string): string {
  const parts = value.split('-');
  if (parts.length !== 3) return value;
  return `${parts[0]}-${parts[1].padStart(2, '0')}-${parts[2].padStart(2, '0')}`;
}

/** A calendar date as UTC midnight millis, or null when it does not parse as YYYY-MM-DD. */
function parseDate(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(padDate(value));
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const check = new Date(t);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  return t;
}

const DAY = 86_400_000;

/** Start of the calendar day of `utcMidnight` in a zone `offsetSeconds` east of UTC. */
function startOfDay(utcMidnight: number, offsetSeconds: number): number {
  return utcMidnight - offsetSeconds * 1000;
}

function endOfDay(utcMidnight: number, offsetSeconds: number): number {
  return utcMidnight + DAY - 1 - offsetSeconds * 1000;
}

function todayUtcMidnight(): number {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
}

/** after: the day after the date, from its start (today when unparsable). */
export function afterDateMillis(value: string, offset: number): number {
  return startOfDay((parseDate(value) ?? todayUtcMidnight()) + DAY, offset);
}

/** before: the day before the date, to its end (0 when unparsable). */
export function beforeDateMillis(value: string, offset: number): number {
  const d = parseDate(value);
  return d === null ? 0 : endOfDay(d - DAY, offset);
}

/** on: the day's start and end (0, 0 when unparsable). */
export function onDateMillis(value: string, offset: number): [number, number] {
  const d = parseDate(value);
  return d === null ? [0, 0] : [startOfDay(d, offset), endOfDay(d, offset)];
}
