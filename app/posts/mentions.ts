/**
 * Who a post mentions, as Mattermost's notification code decides it: each channel member's
 * mention keywords (@username, their custom mention keys, their first name if they asked, and
 * @channel / @all / @here when channel mentions are allowed and not ignored), matched word by
 * word against the text of the message (code spans and blocks are not text) and of its
 * attachments; in direct channels the other user, in group channels every other member.
 */
import type { ChannelRow, UserRow } from '../../db/schema';
import type { MemberProfile } from '../../db/queries/postMetadata';

/** Mattermost's mention kinds, weakest first: a user keeps the strongest that applies. */
export enum MentionType {
  None = 0,
  GM = 1,
  Thread = 2,
  Comment = 3,
  Keyword = 4,
  Channel = 5,
  DM = 6,
}

export interface MentionResults {
  mentions: Map<string, MentionType>;
  otherPotentialMentions: string[];
  hereMentioned: boolean;
  channelMentioned: boolean;
  allMentioned: boolean;
}

function emptyResults(): MentionResults {
  return { mentions: new Map(), otherPotentialMentions: [], hereMentioned: false, channelMentioned: false, allMentioned: false };
}

function addMention(r: MentionResults, userId: string, type: MentionType): void {
  const current = r.mentions.get(userId);
  if (current !== undefined && current >= type) return;
  r.mentions.set(userId, type);
}

/** keyword → ids of the users it mentions. Lower-cased keys, except case-sensitive first names. */
export type MentionKeywords = Map<string, string[]>;

function addKeyword(k: MentionKeywords, key: string, userId: string): void {
  const list = k.get(key);
  if (list) {
    if (!list.includes(userId)) list.push(userId);
  } else k.set(key, [userId]);
}

/** Mattermost's MentionKeywords.AddUser for one channel member. */
export function addUserKeywords(
  k: MentionKeywords,
  user: Pick<UserRow, 'id' | 'username' | 'firstName' | 'notifyProps'>,
  memberNotifyProps: Record<string, string>,
  online: boolean,
  allowChannelMentions: boolean,
): void {
  addKeyword(k, `@${user.username.toLowerCase()}`, user.id);
  for (const key of (user.notifyProps.mention_keys ?? '').split(',')) {
    if (key !== '') addKeyword(k, key.toLowerCase(), user.id);
  }
  if (user.notifyProps.first_name === 'true' && user.firstName !== '') addKeyword(k, user.firstName, user.id);
  if (allowChannelMentions) {
    const ignore =
      memberNotifyProps.ignore_channel_mentions === 'on' ||
      (memberNotifyProps.mark_unread === 'mention' && (memberNotifyProps.ignore_channel_mentions ?? 'default') === 'default');
    if (user.notifyProps.channel === 'true' && !ignore) {
      addKeyword(k, '@channel', user.id);
      addKeyword(k, '@all', user.id);
      if (online) addKeyword(k, '@here', user.id);
    }
  }
}

const SYSTEM_MENTIONS = new Set(['@here', '@channel', '@all']);

/** Splits where a character cannot be part of an @mention or an :emoji: (Mattermost's FieldsFunc). */
function words(text: string): string[] {
  return text.split(/[^:.\-_@\p{L}\p{N}]+/u).filter(Boolean);
}

const isMultibyte = (s: string) => Buffer.byteLength(s, 'utf8') !== [...s].length;

/** Mattermost's StandardMentionParser over one piece of text. */
function processText(r: MentionResults, keywords: MentionKeywords, text: string): void {
  const check = (word: string): boolean => {
    const lower = word.toLowerCase();
    let type = MentionType.Keyword;
    if (lower === '@here') {
      r.hereMentioned = true;
      type = MentionType.Channel;
    } else if (lower === '@channel') {
      r.channelMentioned = true;
      type = MentionType.Channel;
    } else if (lower === '@all') {
      r.allMentioned = true;
      type = MentionType.Channel;
    }
    const ids = keywords.get(lower) ?? keywords.get(word);
    if (!ids) return false;
    for (const id of ids) addMention(r, id, type);
    return true;
  };

  for (let word of words(text)) {
    if (word.length > 1 && word.startsWith(':') && word.endsWith(':')) continue;
    word = word.replace(/^[:.\-_]+/, '');
    if (word === '') continue;
    if (check(word)) continue;

    let found = false;
    let trimmed = word;
    while (trimmed !== '' && /[.\-:_]$/.test(trimmed)) {
      trimmed = trimmed.slice(0, -1);
      if (check(trimmed)) {
        found = true;
        break;
      }
    }
    if (found) continue;

    if (!SYSTEM_MENTIONS.has(word) && word.startsWith('@')) {
      const last = word[word.length - 1];
      const clean = last === '.' || last === '-' || last === ':' ? word.slice(0, -1) : word;
      r.otherPotentialMentions.push(clean.slice(1));
    } else if (/[.\-:]/.test(word)) {
      for (const part of word.split(/[.\-:]+/).filter(Boolean)) {
        if (check(part)) continue;
        if (!SYSTEM_MENTIONS.has(part) && part.startsWith('@')) r.otherPotentialMentions.push(part.slice(1));
      }
    }

    if (isMultibyte(word)) {
      for (const [key, ids] of keywords) {
        if (isMultibyte(key) && word.includes(key)) for (const id of ids) addMention(r, id, MentionType.Keyword);
      }
    }
  }
}

/**
 * The text of a Markdown message where mentions count: fenced and indented code blocks, code
 * spans and link destinations are not text (Mattermost walks the Markdown tree's text nodes).
 */
export function mentionableText(message: string): string[] {
  const pieces: string[] = [];
  let inFence: string | null = null;
  let previousBlank = true;
  let buffer: string[] = [];
  const flush = () => {
    if (buffer.length) pieces.push(buffer.join('\n'));
    buffer = [];
  };
  for (const line of message.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (inFence) {
      if (fence && fence[1][0] === inFence[0] && fence[1].length >= inFence.length) inFence = null;
      previousBlank = false;
      continue;
    }
    if (fence) {
      flush();
      inFence = fence[1];
      continue;
    }
    if (previousBlank && /^( {4}|\t)/.test(line) && line.trim() !== '') {
      flush();
      continue;
    }
    previousBlank = line.trim() === '';
    buffer.push(
      line
        .replace(/(`+)[\s\S]*?\1/g, ' ')
        .replace(/\]\([^)]*\)/g, '] ')
        .replace(/<[a-z][a-z0-9+.-]*:[^>\s]*>/gi, ' '),
    );
  }
  flush();
  return pieces;
}

/** The fields of a post where mentions count: the message, and its attachments' pretext, text and field values. */
export function mentionFields(message: string, props: Record<string, unknown>): string[] {
  const fields = [message];
  const attachments = Array.isArray(props.attachments) ? (props.attachments as Array<Record<string, unknown>>) : [];
  for (const a of attachments) {
    if (!a || typeof a !== 'object') continue;
    if (typeof a.pretext === 'string' && a.pretext) fields.push(a.pretext);
    if (typeof a.text === 'string' && a.text) fields.push(a.text);
    for (const f of Array.isArray(a.fields) ? (a.fields as Array<Record<string, unknown>>) : []) {
      if (f && typeof f.value === 'string' && f.value) fields.push(f.value);
    }
  }
  return fields;
}

/** Mattermost's getExplicitMentions: the keyword matches of a post's text. */
export function explicitMentions(message: string, props: Record<string, unknown>, keywords: MentionKeywords): MentionResults {
  const r = emptyResults();
  for (const field of mentionFields(message, props)) {
    for (const text of mentionableText(field)) processText(r, keywords, text);
  }
  return r;
}

/** Whether a message contains an @channel / @all / @here (Mattermost's findAtChannelMention), and which. */
export function findAtChannelMention(message: string): string | null {
  const m = /(?:^|[^\p{L}\p{N}_])(@(?:channel|all|here))(?![\p{L}\p{N}_])/iu.exec(message);
  return m ? m[1].toLowerCase() : null;
}

export interface ChannelAudience {
  channel: Pick<ChannelRow, 'type' | 'name'>;
  members: Array<Pick<MemberProfile, 'user' | 'member'>>;
  onlineUserIds: Set<string>;
  allowChannelMentions: boolean;
  /** Users with collapsed reply threads on: they get no comment mentions. */
  crtUserIds: Set<string>;
}

export interface ThreadContext {
  root: { id: string; userId: string; message: string; props: Record<string, unknown> };
  replies: Array<{ id: string; userId: string }>;
}

/**
 * Mattermost's getExplicitMentionsAndKeywords for a new post: who it mentions and how, and the
 * keywords it used (reused for the root post when replies make people follow a thread).
 */
export function mentionsForPost(
  post: { userId: string; message: string; type: string; props: Record<string, unknown>; rootId: string },
  audience: ChannelAudience,
  thread: ThreadContext | null,
): { results: MentionResults; keywords: MentionKeywords } {
  const fromWebhook = post.props.from_webhook === 'true';
  const profiles = new Map(audience.members.map((m) => [m.user.id, m]));
  const keywords: MentionKeywords = new Map();
  if (audience.channel.type === 'D') {
    const results = emptyResults();
    const [a, b] = audience.channel.name.split('__');
    for (const id of [a, b]) {
      if (!id) continue;
      if ((post.userId !== id || fromWebhook) && profiles.has(id)) addMention(results, id, MentionType.DM);
    }
    return { results, keywords };
  }
  for (const { user, member } of audience.members) {
    addUserKeywords(keywords, user, member.notifyProps, audience.onlineUserIds.has(user.id), audience.allowChannelMentions);
  }
  const results = explicitMentions(post.message, post.props, keywords);
  if (audience.channel.type === 'G') for (const id of profiles.keys()) addMention(results, id, MentionType.GM);
  if (post.type === 'system_add_to_channel') {
    const added = post.props.addedUserId;
    if (typeof added === 'string' && profiles.has(added)) addMention(results, added, MentionType.Keyword);
  }
  if (post.rootId && thread) {
    const threadPosts = [{ id: thread.root.id, userId: thread.root.userId }, ...thread.replies];
    for (const tp of threadPosts) {
      const profile = profiles.get(tp.userId);
      if (!profile || audience.crtUserIds.has(tp.userId)) continue;
      const isRoot = tp.id === thread.root.id;
      if (isRoot && thread.root.props.from_webhook === 'true' && (thread.root.props.override_username ?? '') !== '') continue;
      const comments = profile.user.notifyProps.comments;
      if (comments === 'any' || (comments === 'root' && isRoot)) {
        addMention(results, tp.userId, isRoot ? MentionType.Comment : MentionType.Thread);
      }
    }
  }
  if (!fromWebhook) results.mentions.delete(post.userId);
  return { results, keywords };
}

/**
 * Every username a text could @-mention, lower case: its runs of username characters, each
 * also cut at its dots, dashes and underscores (a mention may end in punctuation). A superset:
 * the members it names are the only ones a post can mention by @username.
 */
export function mentionableUsernames(text: string): string[] {
  const names = new Set<string>();
  for (const run of text.toLowerCase().match(/[a-z0-9._-]+/g) ?? []) {
    for (let i = 1; i <= run.length; i++) if (i === run.length || '._-'.includes(run[i])) names.add(run.slice(0, i));
  }
  return [...names];
}
