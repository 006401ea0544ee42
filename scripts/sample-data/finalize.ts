import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';

/**
 * Derived state computed in SQL once the rows are in: channel totals, members' read state
 * (most read up to the end, some a few posts behind), threads and their followers, and the
 * default sidebar categories.
 */
export async function finalize(db: Db): Promise<void> {
  await db.execute(sql`
    UPDATE channels c SET total_msg_count = s.total, total_msg_count_root = s.roots, last_post_at = s.last_at, last_root_post_at = s.last_root_at,
      update_at = GREATEST(c.update_at, s.last_at)
    FROM (SELECT channel_id, count(*)::int AS total, count(*) FILTER (WHERE root_id = '')::int AS roots, max(create_at) AS last_at,
            COALESCE(max(create_at) FILTER (WHERE root_id = ''), 0) AS last_root_at FROM posts GROUP BY channel_id) s
    WHERE c.id = s.channel_id`);
  await db.execute(sql`
    UPDATE channel_members m SET
      msg_count = CASE WHEN hashtext(m.user_id || m.channel_id) % 10 = 0 THEN GREATEST(c.total_msg_count - 3, 0) ELSE c.total_msg_count END,
      msg_count_root = CASE WHEN hashtext(m.user_id || m.channel_id) % 10 = 0 THEN GREATEST(c.total_msg_count_root - 3, 0) ELSE c.total_msg_count_root END,
      last_viewed_at = CASE WHEN hashtext(m.user_id || m.channel_id) % 10 = 0 THEN GREATEST(c.last_post_at - 3600000, 0) ELSE c.last_post_at END
    FROM channels c WHERE c.id = m.channel_id`);
  await db.execute(sql`
    INSERT INTO threads (post_id, channel_id, team_id, reply_count, last_reply_at, participants)
    SELECT p.root_id, p.channel_id, max(c.team_id), count(*)::int, max(p.create_at), jsonb_agg(DISTINCT p.user_id)
    FROM posts p JOIN channels c ON c.id = p.channel_id WHERE p.root_id <> '' GROUP BY p.root_id, p.channel_id
    ON CONFLICT (post_id) DO NOTHING`);
  await db.execute(sql`
    INSERT INTO thread_memberships (post_id, user_id, following, last_viewed, last_updated, unread_mentions)
    SELECT t.post_id, u.user_id, true, t.last_reply_at, t.last_reply_at, 0
    FROM threads t CROSS JOIN LATERAL (SELECT DISTINCT user_id FROM posts WHERE id = t.post_id OR root_id = t.post_id) u
    ON CONFLICT DO NOTHING`);
  await db.execute(sql`
    INSERT INTO sidebar_categories (id, user_id, team_id, sort_order, sorting, type, display_name)
    SELECT k.type || '_' || tm.user_id || '_' || tm.team_id, tm.user_id, tm.team_id, k.sort_order, k.sorting, k.type, k.display_name
    FROM team_members tm CROSS JOIN (VALUES ('favorites', 0, '', 'Favorites'), ('channels', 10, '', 'Channels'), ('direct_messages', 20, 'recent', 'Direct Messages'))
      AS k(type, sort_order, sorting, display_name)
    ON CONFLICT DO NOTHING`);
  // Fresh planner statistics: without them PostgreSQL misjudges the bulk-loaded tables.
  await db.execute(sql`ANALYZE`);
}
