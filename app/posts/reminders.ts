/**
 * Post reminders (Mattermost's SetPostReminder / CheckPostReminders). Setting one stores
 * (post, user, target_time in Unix seconds), replacing the user's earlier reminder on that
 * post, and tells the user with an ephemeral post. When it is due, the system bot sends the
 * user a `reminder` post in their direct channel with it.
 *
 * Every server process runs the scheduler; a due row is claimed by deleting it inside the
 * transaction that writes the reminder post, so it fires once across a cluster, and a crash
 * before the commit leaves it for the next tick. Rows live in the database: a restart resumes.
 */
import { claimReminder, getReminderPostContext, listDueReminders, upsertPostReminder, type ReminderPostContext } from '../../db/queries/postExtras';
import { getUserById } from '../../db/queries/users';
import type { ServerContext } from '../../server/context';
import { AppError } from '../../server/http/appError';
import { getSystemBot } from '../bots/systemBot';
import { getOrCreateDirectChannel } from '../channels/direct';
import { standInSession } from '../sessions/types';
import { createPost } from './createPost';
import { sendEphemeralPost } from './ephemeral';

export const REMINDER_POST_TYPE = 'reminder';

function permalink(siteUrl: string, ctx: ReminderPostContext): string {
  return ctx.teamName ? `${siteUrl}/${ctx.teamName}/pl/${ctx.postId}` : `${siteUrl}/pl/${ctx.postId}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 time in UTC ("02 Jan 06 15:04 UTC"), as Mattermost formats the target time. */
function rfc822(seconds: number): string {
  const d = new Date(seconds * 1000);
  if (Number.isNaN(d.getTime())) return String(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCFullYear() % 100)} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())} UTC`;
}

export async function setPostReminder(server: ServerContext, postId: string, userId: string, targetTime: number): Promise<void> {
  const ctx = await getReminderPostContext(server.db, postId);
  if (!ctx) throw new AppError('app.post.get.app_error', 'Unable to get the post.', 404);
  await upsertPostReminder(server.db, { postId, userId, targetTime });
  const link = permalink(server.config.get().ServiceSettings.SiteURL, ctx);
  sendEphemeralPost(server, userId, {
    user_id: userId,
    channel_id: ctx.channelId,
    root_id: postId,
    message: `Reminder set for ${rfc822(targetTime)}: ${link} (a message from @${ctx.username}).`,
    props: { target_time: targetTime, team_name: ctx.teamName, post_id: postId, username: ctx.username, type: REMINDER_POST_TYPE },
  });
}

export type ReminderLog = (msg: string, err?: unknown) => void;

/** Sends every reminder due at `nowSeconds`; answers how many were sent by this process. */
export async function firePostReminders(server: ServerContext, nowSeconds: number, log: ReminderLog): Promise<number> {
  const due = await listDueReminders(server.db, nowSeconds);
  if (due.length === 0) return 0;
  const bot = await getSystemBot(server);
  const botSession = standInSession({ id: bot.user.id, roles: 'system_user system_admin' });
  const siteUrl = server.config.get().ServiceSettings.SiteURL;
  let sent = 0;
  for (const reminder of due) {
    try {
      const [ctx, user] = await Promise.all([getReminderPostContext(server.db, reminder.postId), getUserById(server.db, reminder.userId)]);
      if (!ctx || !user) {
        // The post (or the user) is gone for good: nobody to remind, nothing to remind of.
        await claimReminder(server.db, reminder, nowSeconds);
        continue;
      }
      const channel = await getOrCreateDirectChannel(server, botSession, reminder.userId, bot.user.id);
      const made = await server.db.transaction(async (tx) => {
        if (!(await claimReminder(tx, reminder, nowSeconds))) return undefined;
        return createPost(
          server,
          {
            channel_id: channel.id,
            type: REMINDER_POST_TYPE,
            message: `Here is your reminder about a message from @${ctx.username}: ${permalink(siteUrl, ctx)}`,
            props: { team_name: ctx.teamName, post_id: ctx.postId, username: ctx.username },
          },
          { userId: bot.user.id, session: null, db: tx },
        );
      });
      if (made) {
        made.publish();
        sent += 1;
      }
    } catch (err) {
      log(`post reminder for post ${reminder.postId} failed`, err);
    }
  }
  return sent;
}

export interface ReminderSchedulerOptions {
  /** How often due reminders are looked for. */
  intervalMs?: number;
  /** The clock, in milliseconds (tests inject one). */
  now?: () => number;
  log?: ReminderLog;
}

export interface ReminderScheduler {
  /** Runs one check now (also what each tick does). */
  tick(): Promise<number>;
  /** No more ticks; resolves once a check in progress has finished. */
  stop(): Promise<void>;
}

/** Checks for due reminders every minute (Mattermost checks every five). */
export function startPostReminderScheduler(server: ServerContext, opts: ReminderSchedulerOptions = {}): ReminderScheduler {
  const now = opts.now ?? Date.now;
  const log = opts.log ?? ((msg: string, err?: unknown) => console.error(msg, err instanceof Error ? err.message : (err ?? '')));
  let running: Promise<number> | null = null;
  let stopped = false;
  const tick = (): Promise<number> => {
    if (stopped) return Promise.resolve(0);
    running ??= firePostReminders(server, Math.floor(now() / 1000), log)
      .catch((err: unknown) => {
        log('post reminders check failed', err);
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const timer = setInterval(() => void tick(), opts.intervalMs ?? 60_000);
  timer.unref();
  return {
    tick,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
