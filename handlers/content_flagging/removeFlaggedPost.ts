import type { Handler } from '../../server/http/handler';
import { refuse, fail } from '../../app/licensing/refuse';
import { contentFlaggingLicence } from '../../app/licensing/errors';

/** PUT /content_flagging/post/{post_id}/remove: the Enterprise Advanced licence check comes first, for every caller. */
export const removeFlaggedPost: Handler<'RemoveFlaggedPost'> = async (ctx) => refuse(ctx, fail(contentFlaggingLicence));
