import type { Handler } from '../../server/http/handler';
import { refuseScheduledPosts } from '../../app/drafts/scheduledPosts';

/** Unlicensed, as Mattermost's Team Edition: refused with its licence error. */
export const updateScheduledPost: Handler<'UpdateScheduledPost'> = (ctx) => refuseScheduledPosts(ctx.server);
