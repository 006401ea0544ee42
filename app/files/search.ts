/**
 * File search (SearchFilesInTeamForUser): Mattermost's search syntax — words (all of them, or
 * any with is_or_search), "quoted phrases", trailing `*` for a prefix, `-word` to exclude, and
 * the `from:`, `in:`, `ext:`, `after:`, `before:`, `on:` modifiers (each also negated with `-`)
 * — over the names and extracted text of files in channels the user belongs to.
 */
import type { Session } from '../sessions/types';
import type { ServerContext } from '../../server/context';
import { memberChannelIdsByNames, searchFileInfos, userIdsByUsernames, type FileSearchQuery } from '../../db/queries/files';
import { Errors } from '../../server/http/appError';
import { searchDisabled } from './errors';
import { toApiFileInfo } from './serialize';

export interface SearchBody {
  terms?: string;
  is_or_search?: boolean;
  time_zone_offset?: number;
  include_deleted_channels?: boolean;
  page?: number;
  per_page?: number;
  modifier?: string;
}

export interface ParsedSearch {
  words: Array<{ text: string; prefix: boolean }>;
  phrases: string[][];
  excluded: string[];
  from: string[];
  notFrom: string[];
  in: string[];
  notIn: string[];
  ext: string[];
  notExt: string[];
  after?: string;
  before?: string;
  on?: string;
  notOn?: string;
}

/** Words of a term: letters, digits and `_` only (what the text-search parser accepts). */
function wordsOf(text: string): string[] {
  return text
    .replace(/[^\p{L}\p{N}_]+/gu, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

function tokenize(terms: string): Array<{ text: string; quoted: boolean }> {
  const tokens: Array<{ text: string; quoted: boolean }> = [];
  const re = /(-?)"([^"]*)"|(\S+)/g;
  for (let m = re.exec(terms); m; m = re.exec(terms)) {
    if (m[3] !== undefined) tokens.push({ text: m[3], quoted: false });
    else tokens.push({ text: `${m[1]}${m[2]}`, quoted: true });
  }
  return tokens;
}

export function parseSearchTerms(terms: string): ParsedSearch {
  const p: ParsedSearch = { words: [], phrases: [], excluded: [], from: [], notFrom: [], in: [], notIn: [], ext: [], notExt: [] };
  for (const token of tokenize(terms)) {
    if (token.quoted) {
      const negated = token.text.startsWith('-');
      const words = wordsOf(negated ? token.text.slice(1) : token.text);
      if (words.length === 0) continue;
      if (negated) p.excluded.push(...words);
      else if (words.length === 1) p.words.push({ text: words[0], prefix: false });
      else p.phrases.push(words);
      continue;
    }
    const negated = token.text.startsWith('-');
    const body = negated ? token.text.slice(1) : token.text;
    const colon = body.indexOf(':');
    const key = colon > 0 ? body.slice(0, colon).toLowerCase() : '';
    const value = colon > 0 ? body.slice(colon + 1) : '';
    if (key && value) {
      if (key === 'from') (negated ? p.notFrom : p.from).push(value.replace(/^@/, '').toLowerCase());
      else if (key === 'in' || key === 'channel') (negated ? p.notIn : p.in).push(value.replace(/^~/, '').toLowerCase());
      else if (key === 'ext') (negated ? p.notExt : p.ext).push(value.replace(/^\./, '').toLowerCase());
      else if (key === 'after' && !negated) p.after = value;
      else if (key === 'before' && !negated) p.before = value;
      else if (key === 'on') negated ? (p.notOn = value) : (p.on = value);
      else addWords(p, body, negated);
      continue;
    }
    addWords(p, body, negated);
  }
  return p;
}

function addWords(p: ParsedSearch, text: string, negated: boolean): void {
  const prefix = text.endsWith('*');
  const words = wordsOf(text);
  if (negated) {
    p.excluded.push(...words);
    return;
  }
  words.forEach((w, i) => p.words.push({ text: w, prefix: prefix && i === words.length - 1 }));
}

/** The to_tsquery expression for the parsed terms; undefined when there is no text to match. */
export function toTsQuery(p: ParsedSearch, orTerms: boolean): string | undefined {
  const units = [...p.words.map((w) => (w.prefix ? `${w.text}:*` : w.text)), ...p.phrases.map((ph) => `(${ph.join(' <-> ')})`)];
  const excluded = p.excluded.length ? `!(${p.excluded.join(' | ')})` : '';
  if (units.length === 0) return excluded || undefined;
  const positive = `(${units.join(orTerms ? ' | ' : ' & ')})`;
  return excluded ? `${positive} & ${excluded}` : positive;
}

const DAY = 24 * 60 * 60 * 1000;

/** Start of a YYYY-MM-DD day in the searcher's time zone (offset in seconds east of UTC). */
function startOfDay(date: string, offsetSeconds: number): number | undefined {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - offsetSeconds * 1000;
}

export interface FileSearchResult {
  order: string[];
  file_infos: Record<string, Record<string, unknown>>;
  next_file_info_id: string;
  prev_file_info_id: string;
  first_inaccessible_file_time: number;
}

export function emptySearchResult(): FileSearchResult {
  return { order: [], file_infos: {}, next_file_info_id: '', prev_file_info_id: '', first_inaccessible_file_time: 0 };
}

/** Search for a user, in one team (with direct and group channels) or, with teamId undefined, in all. */
export async function searchFiles(server: ServerContext, session: Session, teamId: string | undefined, body: SearchBody): Promise<FileSearchResult> {
  const terms = (body.terms ?? '').trim();
  if (terms === '') throw Errors.invalidBodyParam('terms');
  const modifier = body.modifier ?? '';
  if (modifier !== '' && modifier !== 'files' && modifier !== 'messages') throw Errors.invalidBodyParam('modifier');
  const config = server.config.get();
  if (!config.ServiceSettings.EnableFileSearch) throw searchDisabled(`teamId=${teamId ?? ''} userId=${session.user_id}`);
  if ((body.page ?? 0) > 0 || terms === '*') return emptySearchResult();

  const parsed = parseSearchTerms(terms);
  const offset = Number(body.time_zone_offset ?? 0) || 0;
  const includeDeleted = !!body.include_deleted_channels && config.TeamSettings.ExperimentalViewArchivedChannels;
  const query: FileSearchQuery = {
    userId: session.user_id,
    teamId,
    tsquery: toTsQuery(parsed, !!body.is_or_search),
    extensions: parsed.ext,
    excludedExtensions: parsed.notExt,
    inChannels: [],
    excludedChannels: [],
    fromUsers: [],
    excludedUsers: [],
    includeDeletedChannels: includeDeleted,
    limit: 100,
  };
  if (parsed.in.length) {
    query.inChannels = await memberChannelIdsByNames(server.db, session.user_id, parsed.in, teamId);
    if (query.inChannels.length === 0) return emptySearchResult();
  }
  if (parsed.notIn.length) query.excludedChannels = await memberChannelIdsByNames(server.db, session.user_id, parsed.notIn, teamId);
  if (parsed.from.length) {
    query.fromUsers = await userIdsByUsernames(server.db, parsed.from);
    if (query.fromUsers.length === 0) return emptySearchResult();
  }
  if (parsed.notFrom.length) query.excludedUsers = await userIdsByUsernames(server.db, parsed.notFrom);
  const on = parsed.on ? startOfDay(parsed.on, offset) : undefined;
  if (on !== undefined) {
    query.since = on;
    query.until = on + DAY - 1;
  } else {
    const after = parsed.after ? startOfDay(parsed.after, offset) : undefined;
    const before = parsed.before ? startOfDay(parsed.before, offset) : undefined;
    if (after !== undefined) query.since = after + DAY;
    if (before !== undefined) query.until = before - 1;
    const notOn = parsed.notOn ? startOfDay(parsed.notOn, offset) : undefined;
    if (notOn !== undefined) query.excludedRange = [notOn, notOn + DAY - 1];
  }
  if (!query.tsquery && !query.extensions.length && !query.inChannels.length && !query.fromUsers.length && query.since === undefined && query.until === undefined) {
    return emptySearchResult();
  }

  let rows;
  try {
    rows = await searchFileInfos(server.db, query);
  } catch {
    // As Mattermost: a query the text-search parser rejects finds nothing.
    return emptySearchResult();
  }
  const result = emptySearchResult();
  for (const row of rows) {
    result.order.push(row.id);
    result.file_infos[row.id] = toApiFileInfo(row);
  }
  return result;
}
