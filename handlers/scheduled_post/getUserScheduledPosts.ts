import type { Handler } from '../../server/http/handler';
import { refuseScheduledPosts } from '../../app/drafts/scheduledPosts';

/** Unlicensed, as Mattermost's Team Edition: refused with its licence error. */
export const getUserScheduledPosts: Handler<'GetUserScheduledPosts'> = (ctx) => refuseScheduledPosts(ctx.server);
