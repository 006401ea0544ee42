/**
 * Slack compatibility of integration posts, as Mattermost applies it to webhook and command
 * responses: <!channel>-style announcements, <@user_id> mentions, <url|text> links, attachment
 * field values as strings, and ids for interactive actions.
 */
import { inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client';
import { users } from '../../db/schema';
import { newId } from '../../server/ids';

export type Attachment = Record<string, unknown> & {
  text?: unknown;
  pretext?: unknown;
  fields?: unknown;
  actions?: unknown;
};

const LINK_WITH_TEXT = /<([^\n<|>]+)\|([^|\n>]+)>/g;

/** Slack `<url|text>` links become Markdown links. */
export function slackLinksToMarkdown(text: string): string {
  return text.replace(LINK_WITH_TEXT, '[$2]($1)');
}

/** `<!channel>`, `<!here>`, `<!all>` become @channel, @here, @all. */
function expandAnnouncements(text: string): string {
  return text.replace(/<!(channel|here|all)>/g, '@$1');
}

/** `<@user_id>` becomes @username when the user exists. */
async function replaceUserIds(db: DbOrTx, text: string): Promise<string> {
  const ids = [...new Set([...text.matchAll(/<@([a-z0-9]{26})>/g)].map((m) => m[1]))];
  if (ids.length === 0) return text;
  const rows = await db.select({ id: users.id, username: users.username }).from(users).where(inArray(users.id, ids));
  const names = new Map(rows.map((r) => [r.id, r.username]));
  return text.replace(/<@([a-z0-9]{26})>/g, (whole, id: string) => (names.has(id) ? `@${names.get(id)}` : whole));
}

export async function processSlackText(db: DbOrTx, text: string): Promise<string> {
  return replaceUserIds(db, expandAnnouncements(text));
}

function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Attachments as Mattermost keeps them: objects only, field values as strings, texts processed. */
export async function processAttachments(db: DbOrTx, raw: unknown): Promise<Attachment[]> {
  if (!Array.isArray(raw)) return [];
  const out: Attachment[] = [];
  for (const item of raw) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const a: Attachment = { ...(item as Attachment) };
    for (const key of ['pretext', 'text'] as const) {
      if (typeof a[key] === 'string') a[key] = slackLinksToMarkdown(await processSlackText(db, a[key] as string));
    }
    if (Array.isArray(a.fields)) {
      a.fields = a.fields
        .filter((f) => f && typeof f === 'object')
        .map((f: Record<string, unknown>) => ({ ...f, value: slackLinksToMarkdown(asString(f.value)) }));
    }
    if (Array.isArray(a.actions)) a.actions = a.actions.filter((x) => x && typeof x === 'object').map(withActionId);
    out.push(a);
  }
  return out;
}

/** Mattermost gives every interactive action an id (letters and digits only). */
function withActionId(action: Record<string, unknown>): Record<string, unknown> {
  const given = typeof action.id === 'string' ? action.id.replace(/[^A-Za-z0-9]/g, '') : '';
  return { ...action, id: given || newId() };
}

/** Adds ids to the actions of attachments already in a post's props (a user's or bot's post). */
export function withActionIds(props: Record<string, unknown>): Record<string, unknown> {
  if (!Array.isArray(props.attachments)) return props;
  const attachments = props.attachments.map((a) => {
    if (!a || typeof a !== 'object' || !Array.isArray((a as Attachment).actions)) return a;
    return { ...(a as Attachment), actions: ((a as Attachment).actions as Array<Record<string, unknown>>).filter((x) => x && typeof x === 'object').map(withActionId) };
  });
  return { ...props, attachments };
}
